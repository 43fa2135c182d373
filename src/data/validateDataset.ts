/**
 * The one validator, shared by `npm run validate-data` and the app's loader. It checks every row on its own, keeps
 * the good ones, and reports each problem with its row, field, value and a hint. Errors make the CLI fail;
 * warnings do not.
 */
import type { z } from 'zod/mini'
import { auditEvent, relationCircles } from './auditChecks'
import { readPlainEvent } from './eventFastPath'
import { endMsOf, isBefore, parseCalendarDate, startMsOf, type CalendarDate } from './calendarDate'
import { stripForbiddenKeys } from './forbiddenKeys'
import { showValue } from './vocabulary'

export { showValue }
import {
  actorSchema,
  categorySchema,
  datasetFileSchema,
  eventSchema,
  periodSchema,
  type Actor,
  type Category,
  type RawEvent,
  type RawPlace,
} from './schema'
import type { Dataset, DateSpan, EventRecord, Period, Problem } from './types'
import { validateStories } from './validateStories'

export type ValidationResult = {
  dataset: Dataset
  problems: Problem[]
  /**
   * The events by id, where the validator made that index as it read them (exactly the events of `dataset.events`,
   * copies included): the store takes it instead of making another (at 100,000 events that was about 60 ms).
   */
  eventsById?: ReadonlyMap<string, EventRecord>
}

/** Roughly North America, Central America and the Caribbean; places outside it need a `note`. */
export const REGION_BOUNDS = { minLat: 5, maxLat: 72, minLon: -170, maxLon: -52 } as const

export function validateDataset(input: unknown): ValidationResult {
  const validation = startValidation(input)
  if ('dataset' in validation) return validation
  validation.rows.forEach((row, index) => {
    validation.addEvent(row, index)
  })
  return validation.finish()
}

/** A dataset file being validated event by event (all at once by validateDataset, or as they stream in). */
export type DatasetValidation = {
  /** The file's events as given (none when they stream in separately). */
  rows: readonly unknown[]
  addEvent: (row: unknown, index: number) => void
  problems: Problem[]
  finish: () => ValidationResult
}

/**
 * Checks the file's shape and everything but the events (categories, actors, periods), and returns the validation to
 * feed the events to; or the result at once when the file's shape is wrong.
 */
export function startValidation(input: unknown): DatasetValidation | ValidationResult {
  const problems = stripForbiddenKeys(input)
  const empty: Dataset = { categories: [], actors: [], periods: [], events: [], stories: [] }
  const file = datasetFileSchema.safeParse(input)
  if (!file.success) {
    problems.push(...zodProblems(file.error, input, '(dataset file)'))
    return { dataset: empty, problems }
  }
  const categories = validateRows(file.data.categories, 'categories', categorySchema, problems)
  const actors = validateRows(file.data.actors, 'actors', actorSchema, problems)
  const periods = validateRows(file.data.periods, 'periods', periodSchema, problems).map(
    (period): Period => ({ ...period, when: toDateSpan(period) }),
  )
  const events = eventValidation(categories, actors, problems)
  return {
    rows: file.data.events,
    addEvent: events.add,
    problems,
    finish: () => {
      const { events: valid, byId } = events.finish()
      const stories = validateStories(file.data.stories, byId, problems)
      return { dataset: { categories, actors, periods, events: valid, stories }, problems, eventsById: byId }
    },
  }
}

function validateRows<T extends { id: string }>(
  rows: readonly unknown[],
  name: string,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
): T[] {
  const seen = new Set<string>()
  const valid: T[] = []
  rows.forEach((row, index) => {
    const label = rowLabel(name, row, index)
    let result: ReturnType<typeof schema.safeParse>
    try {
      result = schema.safeParse(row)
    } catch (error) {
      problems.push(unreadable(label, error))
      return
    }
    if (!result.success) {
      problems.push(...zodProblems(result.error, row, label))
      return
    }
    if (seen.has(result.data.id)) {
      problems.push(duplicate(label, result.data.id))
      return
    }
    seen.add(result.data.id)
    valid.push(result.data)
  })
  return valid
}

function eventValidation(
  categories: readonly Category[],
  actors: readonly Actor[],
  problems: Problem[],
): {
  add: (row: unknown, index: number) => void
  finish: () => { events: EventRecord[]; byId: ReadonlyMap<string, EventRecord> }
} {
  const categoryIds = new Set(categories.map((category) => category.id))
  const actorIds = new Set(actors.map((actor) => actor.id))
  const byId = new Map<string, EventRecord>()

  // Any row, however built, costs only itself: whatever a check throws becomes a problem for that row.
  const add = (row: unknown, index: number): void => {
    try {
      addRow(row, index)
    } catch (error) {
      problems.push(unreadable(rowLabel('events', row, index), error))
    }
  }

  const addRow = (row: unknown, index: number): void => {
    const label = rowLabel('events', row, index)
    // A plainly right row is read without zod (eventFastPath.ts); zod answers every other, with its messages.
    const plainEvent = readPlainEvent(row)
    const result = plainEvent ? { success: true as const, data: plainEvent } : eventSchema.safeParse(row)
    if (!result.success) {
      problems.push(...zodProblems(result.error, row, label))
      return
    }
    const raw = result.data
    const rowProblems: Problem[] = []
    const error = (field: string, value: unknown, message: string, hint?: string) => {
      rowProblems.push(problem('error', label, field, value, message, hint))
    }

    if (byId.has(raw.id)) {
      problems.push(duplicate(label, raw.id))
      return
    }
    const start = parseCalendarDate(raw.date.start)
    const end = raw.date.end === undefined ? undefined : parseCalendarDate(raw.date.end)
    if (start && end && isBefore(end, start)) {
      error('date.end', raw.date.end, `ends before it starts (${raw.date.start})`, 'swap start and end, or fix the typo')
    }
    if (!categoryIds.has(raw.category)) {
      error('category', raw.category, 'is not a category in categories.json', `use one of: ${[...categoryIds].join(', ')}`)
    }
    raw.places.forEach((place, placeIndex) => {
      checkPlace(place, `places[${placeIndex}]`, label, rowProblems)
    })
    if (rowProblems.some((p) => p.severity === 'error')) {
      problems.push(...rowProblems)
      return
    }
    problems.push(...rowProblems)

    // Broken references are errors, but only the reference is dropped: the event itself is good.
    const knownActors = raw.actors.filter((actorId, actorIndex) => {
      if (actorIds.has(actorId)) return true
      problems.push(
        problem('error', label, `actors[${actorIndex}]`, actorId, 'is not an actor in actors.json', 'add the actor or fix the id'),
      )
      return false
    })
    const sourceUrls = new Set(raw.sources.map((source) => source.url))
    const corrections = raw.corrections.filter((correction, correctionIndex) => {
      if (sourceUrls.has(correction.sourceUrl)) return true
      problems.push(
        problem(
          'error',
          label,
          `corrections[${correctionIndex}].sourceUrl`,
          correction.sourceUrl,
          'is not the url of one of this event’s sources',
          'add the source to "sources" or use its exact url',
        ),
      )
      return false
    })
    problems.push(...auditEvent(raw, label))
    byId.set(raw.id, toEventRecord(raw, knownActors, corrections, start, end))
  }

  // Relations can point forwards, so they are checked once every event is known.
  const finish = () => {
  for (const [id, event] of byId) {
    if (event.relations.length === 0) continue // most events: nothing to check, no copy
    const relations = event.relations.filter((relation, relationIndex) => {
      if (byId.has(relation.id) && relation.id !== id) return true
      problems.push(
        problem(
          'error',
          `event "${id}"`,
          `relations[${relationIndex}].id`,
          relation.id,
          relation.id === id ? 'points to the event itself' : 'points to no event in the dataset',
          'check the id of the related event',
        ),
      )
      return false
    })
    if (relations.length !== event.relations.length) byId.set(id, { ...event, relations })
  }
  problems.push(...relationCircles(byId))
  // The index holds the same events as the list (the copies made above replaced their originals in it).
  return { events: [...byId.values()].sort(compareEvents), byId }
  }
  return { add, finish }
}

function checkPlace(place: RawPlace, field: string, label: string, problems: Problem[]): void {
  if (isInRegion(place.lat, place.lon)) return
  if (isInRegion(place.lon, place.lat)) {
    problems.push(
      problem('error', label, field, { lat: place.lat, lon: place.lon }, 'latitude and longitude look swapped', 'exchange the values of "lat" and "lon"'),
    )
    return
  }
  if (place.note === undefined) {
    problems.push(
      problem(
        'warning',
        label,
        field,
        { lat: place.lat, lon: place.lon },
        'lies outside North America and the Caribbean',
        'check the coordinates, or add a "note" ({ "en", "es", "de" }) saying why the event is placed there',
      ),
    )
  }
}

function isInRegion(lat: number, lon: number): boolean {
  const b = REGION_BOUNDS
  return lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon
}

type DateInput = { start: string; end?: string | undefined; qualifier?: DateSpan['qualifier'] | undefined }

function toDateSpan(input: DateInput): DateSpan {
  const start = parseCalendarDate(input.start)
  const end = input.end === undefined ? undefined : (parseCalendarDate(input.end) ?? undefined)
  return spanOf(input, start, end)
}

/** The span of already parsed dates (validateEvents parses them once for its own checks). */
function spanOf(input: DateInput, start: CalendarDate | null, end: CalendarDate | undefined): DateSpan {
  if (!start) throw new Error(`toDateSpan: unchecked date ${input.start}`) // the schema has checked it already
  return {
    start,
    ...(end ? { end } : {}),
    ...(input.qualifier ? { qualifier: input.qualifier } : {}),
    startMs: startMsOf(start),
    endMs: endMsOf(end ?? start),
  }
}

/**
 * The event as the app keeps it: one new object of one shape, its values (zod's fresh output, owned here) taken over
 * without copies. Not `raw` completed in place: deleting `date` from it put every event into V8's dictionary mode,
 * and every later pass over the events read them through hash lookups (100,000 events in Node: reading a few fields
 * of each 20 times 560 -> 150 ms, sorting them 52 -> 20 ms, heap 511 -> 437 MB).
 * The `satisfies` clause fails to compile when the schema gains a field that is not carried over here.
 */
function toEventRecord(
  raw: RawEvent,
  actors: string[],
  corrections: RawEvent['corrections'],
  start: CalendarDate | null,
  end: CalendarDate | null | undefined,
): EventRecord {
  return {
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    category: raw.category,
    places: raw.places,
    actors,
    tags: raw.tags,
    claim: raw.claim as EventRecord['claim'], // zod types an absent note as `undefined`; it leaves the key out
    sources: raw.sources,
    corrections,
    relations: raw.relations,
    when: spanOf(raw.date, start, end ?? undefined),
  } satisfies Record<Exclude<keyof RawEvent, '$schema' | 'date'>, unknown> & { when: DateSpan }
}

function compareEvents(a: EventRecord, b: EventRecord): number {
  return a.when.startMs - b.when.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function rowLabel(name: string, row: unknown, index: number): string {
  const id = row !== null && typeof row === 'object' ? (row as Record<string, unknown>).id : undefined
  const singular = name === 'categories' ? 'category' : name.replace(/s$/, '')
  return typeof id === 'string' && id.length > 0 && id.length <= 100
    ? `${singular} "${id}" (${name}[${index}])`
    : `${name}[${index}]`
}

function unreadable(label: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error)
  return problem('error', label, '(row)', '(not shown)', `could not be checked: ${reason}`, 'the row was skipped; simplify it')
}

function duplicate(label: string, id: string): Problem {
  return problem('error', label, 'id', id, 'repeats the id of an earlier row', 'ids must be unique; this row was skipped')
}

export function problem(
  severity: Problem['severity'],
  row: string,
  field: string,
  value: unknown,
  message: string,
  hint?: string,
): Problem {
  return { severity, row, field, value: showValue(value), message, ...(hint ? { hint } : {}) }
}

export function zodProblems(error: z.core.$ZodError, input: unknown, row: string): Problem[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path)
    const value = valueAt(input, issue.path)
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ')
      return problem('error', row, field ? `${field}.${keys}` : keys, keys, 'is not a known field', 'remove it or check its spelling (see data/README.md)')
    }
    const hint =
      issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : issue.code === 'invalid_value'
          ? `use one of: ${issue.values.map(String).join(', ')}`
          : undefined
    return problem('error', row, field || '(row)', value, issue.message, hint)
  })
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
