/**
 * Fixture builders for tests: small raw rows with defaults, turned into real records by the real validator, so a test
 * never holds a record the app could not have loaded. Builders throw when the validator reports an error.
 */
import { parseCalendarDate, startMsOf, endMsOf } from '../data/calendarDate'
import { formatProblem } from '../data/formatProblem'
import type { RawPlace } from '../data/schema'
import type { Dataset, EventRecord, LocalizedText, Problem } from '../data/types'
import { validateDataset } from '../data/validateDataset'

/** The same text in all three languages, marked so a test can tell which language is shown. */
export function text(en: string): LocalizedText {
  return { en, es: `${en} (es)`, de: `${en} (de)` }
}

export type EventInput = {
  id: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; defaults to 2025-01-15. */
  start?: string
  end?: string
  qualifier?: 'circa' | 'before' | 'after'
  /** English title; the other languages get a marked copy. */
  title?: string
  summary?: string
  category?: string
  actors?: string[]
  tags?: string[]
  places?: Partial<RawPlace>[]
  status?: 'confirmed' | 'reported' | 'alleged' | 'disputed' | 'denied'
  claimNote?: string
  sources?: { title?: string; url?: string; publisher?: string; published?: string }[]
  corrections?: { said: string; correct: string; sourceUrl: string; origin?: 'seed' | 'reporting' }[]
  relations?: { type: 'responds-to' | 'part-of' | 'follows-from'; id: string }[]
}

export const CATEGORIES = [
  { id: 'diplomacy', label: text('Diplomacy') },
  { id: 'military', label: text('Military') },
  { id: 'transfer', label: text('Transfer') },
]

/** Actors with their real names in each language (so a test can search for "gobierno de mexico"). */
export const ACTORS = [
  {
    id: 'us-gov',
    name: {
      en: 'Government of the United States',
      es: 'Gobierno de Estados Unidos',
      de: 'Regierung der Vereinigten Staaten',
    },
    kind: 'government',
    country: 'US',
  },
  {
    id: 'mx-gov',
    name: { en: 'Government of Mexico', es: 'Gobierno de México', de: 'Regierung von Mexiko' },
    kind: 'government',
    country: 'MX',
  },
  {
    id: 'un',
    name: { en: 'United Nations', es: 'Naciones Unidas', de: 'Vereinte Nationen' },
    kind: 'organization',
    country: 'CH',
  },
]

const MEXICO_CITY: RawPlace = {
  name: text('Mexico City'),
  lat: 19.43,
  lon: -99.13,
  precision: 'city',
  role: 'occurred',
}

/** A raw event row as it would appear in the dataset file. */
export function rawEvent(input: EventInput): Record<string, unknown> {
  const status = input.status ?? 'confirmed'
  return {
    id: input.id,
    date: {
      start: input.start ?? '2025-01-15',
      ...(input.end === undefined ? {} : { end: input.end }),
      ...(input.qualifier === undefined ? {} : { qualifier: input.qualifier }),
    },
    title: text(input.title ?? `Event ${input.id}`),
    summary: text(input.summary ?? `Summary of ${input.id}.`),
    category: input.category ?? 'diplomacy',
    places: (input.places ?? [{}]).map((place) => ({ ...MEXICO_CITY, ...place })),
    actors: input.actors ?? [],
    tags: input.tags ?? [],
    claim: {
      status,
      ...(status !== 'confirmed' || input.claimNote !== undefined
        ? { note: text(input.claimNote ?? `Who claims what about ${input.id}.`) }
        : {}),
    },
    sources: (input.sources ?? [{}]).map((source, index) => ({
      publisher: source.publisher ?? 'Example News',
      title: source.title ?? `Source ${index + 1} for ${input.id}`,
      url: source.url ?? `https://example.org/${input.id}/${index + 1}`,
      published: source.published ?? '2025-01-16',
      language: 'en',
      kind: 'press',
    })),
    corrections: (input.corrections ?? []).map((correction) => ({
      origin: correction.origin ?? 'seed',
      said: text(correction.said),
      correct: text(correction.correct),
      sourceUrl: correction.sourceUrl,
    })),
    relations: input.relations ?? [],
  }
}

export type DatasetInput = {
  events?: EventInput[]
  periods?: { id: string; label?: string; start: string; end?: string; country: 'US' | 'MX' }[]
  categories?: typeof CATEGORIES
  actors?: typeof ACTORS
  stories?: StoryInput[]
}

export type StoryInput = {
  id: string
  title?: string
  steps: {
    eventId?: string
    from?: string
    to?: string
    map?: { lat: number; lon: number; zoom: number }
    note?: string
    presenterNote?: string
  }[]
}

/** A raw story row as it would appear in data/stories/<id>.json. */
export function rawStory(input: StoryInput): Record<string, unknown> {
  return {
    id: input.id,
    title: text(input.title ?? `Story ${input.id}`),
    summary: text(`Summary of story ${input.id}.`),
    steps: input.steps.map(({ note, presenterNote, ...step }, index) => ({
      ...step,
      note: text(note ?? `Step ${index + 1} of ${input.id}.`),
      ...(presenterNote === undefined ? {} : { presenterNote: text(presenterNote) }),
    })),
  }
}

/** A dataset built through the real validator; throws if any row has an error, so fixtures are always valid. */
export function makeDataset(input: DatasetInput = {}): Dataset {
  const { dataset, problems } = validateDataset({
    categories: input.categories ?? CATEGORIES,
    actors: input.actors ?? ACTORS,
    periods: (input.periods ?? []).map((period) => ({
      id: period.id,
      label: text(period.label ?? period.id),
      start: period.start,
      ...(period.end === undefined ? {} : { end: period.end }),
      country: period.country,
      sources: [
        {
          publisher: 'Example',
          title: 'Term',
          url: 'https://example.org/term',
          published: '2020',
          language: 'en',
          kind: 'official',
        },
      ],
    })),
    events: (input.events ?? [{ id: 'a' }]).map(rawEvent),
    stories: (input.stories ?? []).map(rawStory),
  })
  assertNoErrors(problems)
  return dataset
}

/** One real event record (relations must point to events given in `others`). */
export function makeEvent(input: EventInput, others: EventInput[] = []): EventRecord {
  const event = makeDataset({ events: [input, ...others] }).events.find((e) => e.id === input.id)
  if (!event) throw new Error(`makeEvent: ${input.id} was not kept`)
  return event
}

const DAY_MS = 86_400_000

/**
 * `count` events one day apart from 2000-01-01, sorted as the validator sorts them. One record is validated and the
 * rest are copies with their own id and date, so 100,000 of them cost milliseconds.
 */
export function makeManyEvents(count: number): EventRecord[] {
  const template = makeEvent({ id: 'template' })
  const baseMs = Date.UTC(2000, 0, 1)
  return Array.from({ length: count }, (_, index) => {
    const iso = new Date(baseMs + index * DAY_MS).toISOString().slice(0, 10)
    const start = parseCalendarDate(iso)
    if (!start) throw new Error(`makeManyEvents: bad date ${iso}`)
    const id = `e-${String(index).padStart(6, '0')}`
    return {
      ...template,
      id,
      title: text(`Event ${id}`),
      when: { start, startMs: startMsOf(start), endMs: endMsOf(start) },
    }
  })
}

function assertNoErrors(problems: readonly Problem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) throw new Error(`Invalid fixture:\n${errors.map(formatProblem).join('\n')}`)
}
