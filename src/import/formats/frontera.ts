/**
 * Frontera's own files. An imported dataset it exported (`profile: "imported"`) comes back as it was: each event and
 * era is checked against the imported profile, bad ones are skipped with the schema's message. A curated dataset
 * (`data/frontera.json`'s layout) goes through the curated validator, exactly as strict as ever, and keeps one of its
 * three languages; its claim statuses are not carried over (an imported event is always "not assessed").
 */
import { validateDataset } from '../../data/validateDataset'
import type { Lang } from '../../data/types'
import { isFailure, isoOf, makeWhen } from '../dates'
import { importedDatasetFileSchema, importedEraSchema, importedEventSchema } from '../profile'
import type { ImportCollector } from '../report'
import type { ImportedDataset, ImportedEra, ImportedEvent, ImportedLink } from '../types'
import type { z } from 'zod'

type Json = Record<string, unknown>

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
    .join('; ')
}

/** Returns the file-level fields to keep (title, attribution…) for the dataset. */
export function importFronteraImported(file: Json, collector: ImportCollector): Partial<ImportedDataset> {
  const parsed = importedDatasetFileSchema.safeParse(file)
  if (!parsed.success) {
    collector.fileNote(
      'error',
      '(file)',
      '',
      `is not a valid imported Frontera dataset: ${issues(parsed.error)}`,
      'export it again from Frontera',
    )
    return {}
  }
  const data = parsed.data
  if (data.intro) {
    collector.begin('intro')
    // zod's output types allow `undefined` where JSON can only omit a key: the parsed values fit the profile's types.
    collector.title(data.intro as { title: string; text: string; links: ImportedLink[] })
  }
  data.eras.forEach((raw, index) => {
    const locator = `eras[${index}]`
    const era = importedEraSchema.safeParse(raw)
    if (!era.success) {
      collector.skipRow(locator, '(row)', raw, `does not fit the imported profile (${issues(era.error)})`)
      return
    }
    collector.begin(locator)
    const { label, when } = era.data as ImportedEra
    const made = makeWhen(when, when.display ? { display: when.display } : {})
    if (isFailure(made)) {
      collector.skip('when', isoOf(when.start), made.reason, made.hint)
      return
    }
    collector.era({ label, when: made.when })
  })
  collector.expectRows(data.events.length)
  data.events.forEach((raw, index) => {
    const locator = `events[${index}]`
    const event = importedEventSchema.safeParse(raw)
    if (!event.success) {
      collector.skipRow(locator, '(row)', raw, `does not fit the imported profile (${issues(event.error)})`)
      return
    }
    const scope = collector.begin(`${locator} "${event.data.title.slice(0, 40)}"`)
    const { locator: _oldLocator, claim: _claim, ...rest } = event.data as ImportedEvent
    if (!rest.when && !rest.place) {
      collector.skip('(row)', '', 'it has no date and no place')
      return
    }
    if (rest.when) {
      // The numbers are recomputed, never trusted from the file.
      const when = makeWhen(rest.when, rest.when.display ? { display: rest.when.display } : {})
      if (isFailure(when)) {
        scope.note(
          'warning',
          'when',
          isoOf(rest.when.start),
          `${when.reason}; the row is not on the timeline`,
          when.hint,
        )
        delete rest.when
      } else rest.when = when.when
    }
    collector.event(rest)
  })
  return {
    title: data.title,
    language: data.language,
    attribution: data.attribution,
    ...(data.licence ? { licence: data.licence } : {}),
    categories: data.categories,
    groups: data.groups,
    actors: data.actors,
  }
}

/** A curated Frontera dataset: validated as strictly as the app does, then kept in one language. */
export function importFronteraCurated(
  file: Json,
  collector: ImportCollector,
  lang: Lang,
): Partial<ImportedDataset> {
  const rows = Array.isArray(file.events) ? (file.events as unknown[]) : []
  const { dataset, problems } = validateDataset(file)
  const byId = new Map(dataset.events.map((event) => [event.id, event]))
  const taken = new Set<string>()
  const categoryLabels = new Map(dataset.categories.map((category) => [category.id, category.label[lang]]))
  const actorNames = new Map(dataset.actors.map((actor) => [actor.id, actor.name[lang]]))
  for (const problem of problems) {
    if (!/^events\[|^event "/.test(problem.row))
      collector.fileNote(
        problem.severity,
        `${problem.row} ${problem.field}`,
        problem.value,
        problem.message,
        problem.hint,
      )
  }
  collector.fileNote(
    'info',
    'language',
    lang,
    `one language is kept (${lang}); the others and the claim statuses are not imported`,
  )
  collector.expectRows(rows.length)
  rows.forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null ? (raw as Json).id : undefined
    const mine = problems.filter((p) => p.row === `events[${index}]` || p.row.endsWith(`(events[${index}])`))
    const event = typeof id === 'string' && !taken.has(id) ? byId.get(id) : undefined
    const scope = collector.begin(`events[${index}]${typeof id === 'string' ? ` "${id.slice(0, 60)}"` : ''}`)
    for (const problem of mine)
      if (event || problem.severity === 'warning')
        scope.note(
          problem.severity === 'error' ? 'warning' : problem.severity,
          problem.field,
          problem.value,
          problem.message,
          problem.hint,
        )
    if (!event) {
      const first = mine.find((p) => p.severity === 'error')
      collector.skip(
        first?.field ?? '(row)',
        first?.value ?? '',
        first?.message ?? 'did not pass the curated validator',
        first?.hint,
      )
      return
    }
    taken.add(event.id)
    const place = event.places[0]
    if (event.places.length > 1)
      scope.note('info', 'places', event.places.length, 'only the first place is kept')
    const start = {
      year: event.when.start.year,
      ...(event.when.start.month ? { month: event.when.start.month } : {}),
      ...(event.when.start.day ? { day: event.when.start.day } : {}),
      precision: event.when.start.precision,
    }
    const end = event.when.end
      ? {
          year: event.when.end.year,
          ...(event.when.end.month ? { month: event.when.end.month } : {}),
          ...(event.when.end.day ? { day: event.when.end.day } : {}),
          precision: event.when.end.precision,
        }
      : undefined
    const when = makeWhen({
      start,
      ...(end ? { end } : {}),
      ...(event.when.qualifier ? { qualifier: event.when.qualifier } : {}),
    })
    collector.event({
      id: event.id,
      title: event.title[lang],
      text: event.summary[lang],
      links: [],
      ...(isFailure(when) ? {} : { when: when.when }),
      ...(place
        ? { place: { name: place.name[lang], lat: place.lat, lon: place.lon, precision: place.precision } }
        : {}),
      category: categoryLabels.get(event.category) ?? event.category,
      actors: event.actors.map((actorId) => actorNames.get(actorId) ?? actorId),
      tags: event.tags,
      sources: event.sources.map((source) => ({
        name: `${source.publisher}: ${source.title}`,
        url: source.url,
      })),
    })
  })
  return { language: lang }
}
