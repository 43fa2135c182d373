/**
 * The event schema's answer for a row that is plainly right, without zod: the validator's hot path. zod/mini checks a
 * row through its general machinery (about half of the validation time at 100,000 events, and the browser's CSP
 * leaves it no JIT); most rows of a published file are well formed, and for those this gives the same output as
 * `eventSchema.safeParse(row).data`. It answers only when every check passes with nothing to change: texts already
 * trimmed, no unknown key, no `undefined`, plain objects and arrays. Anything else, right or wrong, gets `undefined`,
 * and the caller asks zod, whose answer and messages stay the only ones. So this may refuse a row zod accepts (it then
 * costs a little more), but must never accept one zod refuses or differ from its output: eventFastPath.test.ts holds
 * it to that on the bundled data, synthetic rows and thousands of broken variants of them.
 */
import { parseCalendarDate } from './calendarDate'
import {
  CORRECTION_ORIGINS,
  DATE_QUALIFIERS,
  ID_MAX_LENGTH,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  SOURCE_KINDS,
  TEXT_LIMITS,
  URL_MAX_LENGTH,
  type RawEvent,
} from './schema'
import { CLAIM_STATUSES, PLACE_PRECISIONS, PLACE_ROLES, RELATION_TYPES } from './vocabulary'

const SHORT = TEXT_LIMITS.short
const LONG = TEXT_LIMITS.long

type Plain = Record<string, unknown>

/** A plain object (as JSON.parse makes) whose keys are all in `allowed`. */
function plain(value: unknown, allowed: ReadonlySet<string>): Plain | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null) return null
  for (const key of Object.keys(value)) if (!allowed.has(key)) return null
  return value as Plain
}

const keys = (...names: string[]): ReadonlySet<string> => new Set(names)
const EVENT_KEYS = keys(
  '$schema',
  'id',
  'date',
  'title',
  'summary',
  'category',
  'places',
  'actors',
  'tags',
  'claim',
  'sources',
  'corrections',
  'relations',
)
const DATE_KEYS = keys('start', 'end', 'qualifier')
const LOCALIZED_KEYS = keys('en', 'es', 'de')
const PLACE_KEYS = keys('name', 'lat', 'lon', 'precision', 'role', 'note')
const CLAIM_KEYS = keys('status', 'note')
const SOURCE_KEYS = keys('publisher', 'title', 'url', 'published', 'undated', 'language', 'kind')
const CORRECTION_KEYS = keys('origin', 'said', 'correct', 'sourceUrl')
const RELATION_KEYS = keys('type', 'id')

/** Thrown inside, caught once: the row is not plainly right. */
const NOT_PLAIN = Symbol('not plain')

function fail(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a private marker, caught in readPlainEvent
  throw NOT_PLAIN
}

function object(value: unknown, allowed: ReadonlySet<string>): Plain {
  return plain(value, allowed) ?? fail()
}

/** A text that zod's `text(limit)` passes unchanged: within the limit, trimmed, not empty. */
function text(value: unknown, limit: number): string {
  if (typeof value !== 'string' || value.length > limit || value.length === 0 || value !== value.trim()) fail()
  return value
}

function localized(value: unknown, limit: number): { en: string; es: string; de: string } {
  const given = object(value, LOCALIZED_KEYS)
  return { en: text(given.en, limit), es: text(given.es, limit), de: text(given.de, limit) }
}

function id(value: unknown): string {
  if (typeof value !== 'string' || value.length > ID_MAX_LENGTH || !ID_PATTERN.test(value)) fail()
  return value
}

/** What calendarDateSchema passes: its pattern and its year 0000 are parseCalendarDate's own checks too. */
function calendarDate(value: unknown): string {
  if (typeof value !== 'string' || parseCalendarDate(value) === null) fail()
  return value
}

function webUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > URL_MAX_LENGTH || !/^https?:\/\//i.test(value) || !URL.canParse(value)) fail()
  return value
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail()
  return value as T
}

function number(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail()
  return value
}

function list<T>(value: unknown, item: (value: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min) fail()
  const out: T[] = []
  // Indexed, as zod reads arrays: a hole reads as undefined and fails its item.
  for (let index = 0; index < value.length; index++) out.push(item(value[index]))
  return out
}

/** An optional key: absent stays absent; present must be right (present but undefined is left to zod). */
function optional<T>(given: Plain, key: string, read: (value: unknown) => T): T | undefined {
  if (!(key in given)) return undefined
  return read(given[key])
}

/** The output in zod's order (its shape's keys), optional keys only when given. */
function withOptional<T extends object>(out: T, key: string, value: unknown): T {
  if (value !== undefined) (out as Plain)[key] = value
  return out
}

function place(value: unknown): RawEvent['places'][number] {
  const given = object(value, PLACE_KEYS)
  const out = {
    name: localized(given.name, SHORT),
    lat: number(given.lat, -90, 90),
    lon: number(given.lon, -180, 180),
    precision: oneOf(given.precision, PLACE_PRECISIONS),
    role: oneOf(given.role, PLACE_ROLES),
  }
  return withOptional(out, 'note', optional(given, 'note', (note) => localized(note, LONG)))
}

function claim(value: unknown): RawEvent['claim'] {
  const given = object(value, CLAIM_KEYS)
  const out = { status: oneOf(given.status, CLAIM_STATUSES) }
  const note = optional(given, 'note', (n) => localized(n, LONG))
  if (out.status !== 'confirmed' && note === undefined) fail()
  return withOptional(out, 'note', note)
}

function source(value: unknown): RawEvent['sources'][number] {
  const given = object(value, SOURCE_KEYS)
  const out: Plain = { publisher: text(given.publisher, SHORT), title: text(given.title, SHORT), url: webUrl(given.url) }
  withOptional(out, 'published', optional(given, 'published', calendarDate))
  withOptional(
    out,
    'undated',
    optional(given, 'undated', (undated) => (undated === true ? true : fail())),
  )
  if (typeof given.language !== 'string' || !LANGUAGE_PATTERN.test(given.language)) fail()
  out.language = given.language
  out.kind = oneOf(given.kind, SOURCE_KINDS)
  return out as RawEvent['sources'][number]
}

function correction(value: unknown): RawEvent['corrections'][number] {
  const given = object(value, CORRECTION_KEYS)
  return {
    origin: oneOf(given.origin, CORRECTION_ORIGINS),
    said: localized(given.said, LONG),
    correct: localized(given.correct, LONG),
    sourceUrl: webUrl(given.sourceUrl),
  }
}

function relation(value: unknown): RawEvent['relations'][number] {
  const given = object(value, RELATION_KEYS)
  return { type: oneOf(given.type, RELATION_TYPES), id: id(given.id) }
}

/** A list with a default: absent is `[]`. */
function defaulted<T>(given: Plain, key: string, item: (value: unknown) => T): T[] {
  return key in given ? list(given[key], item) : []
}

/** The row as `eventSchema` would output it, when it is plainly right; otherwise undefined (ask zod). */
export function readPlainEvent(row: unknown): RawEvent | undefined {
  try {
    const given = object(row, EVENT_KEYS)
    const out: Plain = {}
    withOptional(
      out,
      '$schema',
      optional(given, '$schema', (value) => (typeof value === 'string' && value.length <= SHORT ? value : fail())),
    )
    out.id = id(given.id)
    const date = object(given.date, DATE_KEYS)
    out.date = withOptional(
      withOptional({ start: calendarDate(date.start) }, 'end', optional(date, 'end', calendarDate)),
      'qualifier',
      optional(date, 'qualifier', (value) => oneOf(value, DATE_QUALIFIERS)),
    )
    out.title = localized(given.title, SHORT)
    out.summary = localized(given.summary, LONG)
    out.category = id(given.category)
    out.places = list(given.places, place, 1)
    out.actors = defaulted(given, 'actors', id)
    out.tags = defaulted(given, 'tags', id)
    out.claim = claim(given.claim)
    out.sources = list(given.sources, source, 1)
    out.corrections = defaulted(given, 'corrections', correction)
    out.relations = defaulted(given, 'relations', relation)
    return out as RawEvent
  } catch (error) {
    if (error === NOT_PLAIN) return undefined
    throw error
  }
}
