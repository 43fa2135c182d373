/**
 * An imported dataset (the "imported" profile, types.ts) as the app's Dataset, so "Your data" opens in the same
 * linked map, timeline and list as the curated dataset — without inventing content:
 * - the file's one language fills the three language slots (the UI stays in the reader's language);
 * - the claim status is "not-assessed"; places and sources stay optional (an event without a place is not on the map,
 *   one without a date is not on the timeline: it is listed after the dated ones, marked "no date");
 * - sources the file names without a link, its links, media, time of day, own date wording, place precision and
 *   other columns stay with the event (`imported`) and are shown in its details;
 * - ids are made safe for the app (lower-case letters, digits and hyphens; unique), the file's id stays in `locator`.
 * The curated dataset's validator is not involved: nothing here can loosen it.
 */
import type { CalendarDate } from '../data/calendarDate'
import { nextTask } from '../data/nextTask'
import type {
  Actor,
  Category,
  Dataset,
  DateSpan,
  EventRecord,
  ImportedDetails,
  LocalizedText,
  Period,
} from '../data/types'
import { importedEraSchema, importedEventSchema } from './profile'
import { slug } from './report'
import type { ImportedDataset, ImportedDate, ImportedEra, ImportedEvent, ImportedWhen } from './types'

/** The category of events whose file gives none (a label in the UI's three languages, not data). */
export const UNCATEGORIZED: Category = {
  id: 'uncategorized',
  label: { en: 'No category', es: 'Sin categoría', de: 'Ohne Kategorie' },
}

export type ShownImport = {
  dataset: Dataset
  /** Stored events that failed the profile's check (a storage written by another version, or tampered with). */
  dropped: { locator: string; message: string }[]
}

const same = (text: string): LocalizedText => ({ en: text, es: text, de: text })

function uniqueIds(): (wanted: string, fallback: string) => string {
  const used = new Set<string>()
  return (wanted, fallback) => {
    // Lower-case letters, digits and single hyphens, like the curated ids: safe in URLs, DOM ids and selectors.
    const base = slug(wanted) || fallback
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

function pad(value: number, length: number): string {
  return String(Math.abs(value)).padStart(length, '0')
}

/** The file's date as the app's calendar date: years are astronomical (300 BCE is −299), as Intl's era expects. */
function calendarDate(date: ImportedDate): CalendarDate {
  const year = date.year < 0 ? date.year + 1 : date.year
  const yearText = `${year < 0 ? '-' : ''}${pad(year, 4)}`
  const iso =
    date.precision === 'year'
      ? yearText
      : date.precision === 'month'
        ? `${yearText}-${pad(date.month ?? 1, 2)}`
        : `${yearText}-${pad(date.month ?? 1, 2)}-${pad(date.day ?? 1, 2)}`
  return {
    iso,
    year,
    precision: date.precision,
    ...(date.month !== undefined ? { month: date.month } : {}),
    ...(date.day !== undefined ? { day: date.day } : {}),
  }
}

function dateSpan(when: ImportedWhen): DateSpan {
  return {
    start: calendarDate(when.start),
    ...(when.end ? { end: calendarDate(when.end) } : {}),
    ...(when.qualifier ? { qualifier: when.qualifier } : {}),
    startMs: when.startMs,
    endMs: when.endMs,
  }
}

/** Where undated events sit in the chronological order: at the end, without widening the dataset's time extent. */
function undatedSpan(atMs: number): DateSpan {
  const date = new Date(atMs)
  const start: CalendarDate = {
    iso: date.toISOString().slice(0, 10),
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    precision: 'day',
  }
  return { start, startMs: atMs, endMs: atMs, undated: true }
}

function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** Events checked or converted between two points where a caller may pause (importedToDatasetInSlices). */
const STEP_EVENTS = 256

/**
 * The imported dataset as the app's Dataset. Events are checked one by one against the imported profile (what comes
 * back from storage is input like any file); one that fails is left out and named in `dropped`.
 */
export function importedToDataset(imported: ImportedDataset): ShownImport {
  const steps = conversionSteps(imported)
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * The same, a slice at a time: it lets the page handle its input and draw after every `budgetMs` of work, so that
 * 100,000 events (about a second of checking and converting) never block the page for long.
 */
export async function importedToDatasetInSlices(
  imported: ImportedDataset,
  budgetMs = 40,
): Promise<ShownImport> {
  const steps = conversionSteps(imported)
  let sliceStart = performance.now()
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    if (performance.now() - sliceStart > budgetMs) {
      await nextTask()
      sliceStart = performance.now()
    }
  }
}

/** importedToDataset's work, pausing (yield) after every STEP_EVENTS events checked or converted. */
function* conversionSteps(imported: ImportedDataset): Generator<void, ShownImport, void> {
  const dropped: ShownImport['dropped'] = []
  const valid: ImportedEvent[] = []
  for (let index = 0; index < imported.events.length; index++) {
    if (index % STEP_EVENTS === STEP_EVENTS - 1) yield
    const event: unknown = imported.events[index]
    const checked = importedEventSchema.safeParse(event)
    if (checked.success) valid.push(checked.data as ImportedEvent)
    else {
      const locator =
        typeof event === 'object' &&
        event !== null &&
        typeof (event as { locator?: unknown }).locator === 'string'
          ? (event as { locator: string }).locator
          : `events[${index}]`
      dropped.push({ locator, message: checked.error.issues[0]?.message ?? 'is not an imported event' })
    }
  }

  const categoryId = new Map<string, string>()
  const categories: Category[] = []
  const nextCategory = uniqueIds()
  for (const category of imported.categories) {
    const id = nextCategory(category.id, `category-${categories.length + 1}`)
    categories.push({ id, label: same(category.label) })
    categoryId.set(category.id, id)
    categoryId.set(category.label, id)
  }
  const actorId = new Map<string, string>()
  const actors: Actor[] = []
  const nextActor = uniqueIds()
  for (const actor of imported.actors) {
    const id = nextActor(actor.id, `actor-${actors.length + 1}`)
    // An actor's kind and country are not in the file: they are left at "organization" and no country, so the
    // timeline puts the event in its "Other" lane rather than in a country's.
    actors.push({ id, name: same(actor.name), kind: 'organization', country: '' })
    actorId.set(actor.id, id)
    actorId.set(actor.name, id)
  }
  const groupLabel = new Map(
    imported.groups.flatMap((group) => [
      [group.id, group.label] as const,
      [group.label, group.label] as const,
    ]),
  )

  const dated = valid.filter((event) => event.when)
  const lastEndMs = dated.reduce((max, event) => Math.max(max, event.when?.endMs ?? max), -Infinity)
  const undatedAt = Number.isFinite(lastEndMs) ? lastEndMs : Date.UTC(2000, 0, 1)
  const nextEvent = uniqueIds()
  const ordered = [...dated, ...valid.filter((event) => !event.when)]
  const events: EventRecord[] = []
  for (const [index, event] of ordered.entries()) {
    if (index % STEP_EVENTS === STEP_EVENTS - 1) yield
    const category =
      (event.category !== undefined ? categoryId.get(event.category) : undefined) ?? UNCATEGORIZED.id
    const details: ImportedDetails = {
      locator: event.locator,
      undated: !event.when,
      links: event.links,
      sourceNames: event.sources
        .filter((source) => !source.url && source.name)
        .map((source) => source.name ?? ''),
      ...(event.when?.display ? { display: event.when.display } : {}),
      ...(event.when?.time ? { time: event.when.time } : {}),
      ...(event.when?.endTime ? { endTime: event.when.endTime } : {}),
      ...(event.when?.utc ? { utc: true } : {}),
      ...(event.place ? { placePrecision: event.place.precisionInFile ?? event.place.precision } : {}),
      ...(event.media ? { media: event.media } : {}),
      ...(event.group ? { group: groupLabel.get(event.group) ?? event.group } : {}),
      ...(event.extra ? { extra: event.extra } : {}),
    }
    events.push({
      id: nextEvent(event.id, `row-${index + 1}`),
      when: event.when ? dateSpan(event.when) : undatedSpan(undatedAt),
      title: same(event.title),
      summary: same(event.text),
      category,
      places: event.place
        ? [
            {
              name: same(event.place.name ?? `${event.place.lat.toFixed(4)}, ${event.place.lon.toFixed(4)}`),
              lat: event.place.lat,
              lon: event.place.lon,
              // "not given" is drawn as a point; the details show the file's own precision (placePrecision).
              precision: event.place.precision === 'not given' ? 'point' : event.place.precision,
              role: 'occurred' as const,
            },
          ]
        : [],
      actors: event.actors.flatMap((name) => {
        const id = actorId.get(name)
        return id ? [id] : []
      }),
      tags: event.tags,
      claim: { status: 'not-assessed' as const },
      sources: event.sources.flatMap((source) =>
        source.url
          ? [
              {
                publisher: sourceLabel(source.url),
                title: source.name ?? source.url,
                url: source.url,
                language: /^[a-z]{2}$/.test(imported.language) ? imported.language : 'und',
                kind: 'other' as const,
              },
            ]
          : [],
      ),
      corrections: [],
      relations: [],
      imported: details,
    })
  }
  // The app's views find windows by binary search over the start dates: the order is checked here, not assumed of a
  // stored or published file (which may have been edited by hand). Undated rows stay last, in file order.
  events.sort(
    (a, b) =>
      Number(a.when.undated ?? false) - Number(b.when.undated ?? false) ||
      (a.when.undated ? 0 : a.when.startMs - b.when.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  )
  if (
    events.some((event) => event.category === UNCATEGORIZED.id) &&
    !categories.some((category) => category.id === UNCATEGORIZED.id)
  )
    categories.push(UNCATEGORIZED)
  // The file's eras become context bands in their own lane, as its title and era rows are not events.
  const nextEra = uniqueIds()
  const periods: Period[] = []
  imported.eras.forEach((era: unknown, index) => {
    const checked = importedEraSchema.safeParse(era)
    if (!checked.success) {
      dropped.push({
        locator: `eras[${index}]`,
        message: checked.error.issues[0]?.message ?? 'is not an era',
      })
      return
    }
    const { id, label, when } = checked.data as ImportedEra
    periods.push({
      id: nextEra(id, `era-${index + 1}`),
      label: same(label),
      country: '',
      sources: [],
      when: dateSpan(when),
      lane: 'era',
    })
  })
  return { dataset: { categories, actors, periods, events, stories: [] }, dropped }
}
