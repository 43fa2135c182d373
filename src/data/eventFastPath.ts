/**
 * The event schema's answer for a row that is plainly right, without zod: the validator's hot path. zod/mini checks a
 * row through its general machinery (about half of the validation time at 100,000 events, and the browser's CSP
 * leaves it no JIT); most rows of a published file are well formed, and for those this gives the same output as
 * `eventSchema.safeParse(row).data`. It answers only when every check passes with nothing to change: texts already
 * trimmed, no unknown key, no `undefined`, plain objects and arrays, keys in the schema's order. Anything else, right or
 * wrong, gets `undefined`, and the caller asks zod, whose answer and messages stay the only ones. So this may refuse a
 * row zod accepts (it then costs a little more), but must never accept one zod refuses or differ from its output:
 * eventFastPath.test.ts holds it to that on the bundled data, synthetic rows and thousands of broken variants of them.
 *
 * What it outputs is the row's own objects and lists (only the event's outer object is new, for the lists zod
 * defaults): being exactly what zod would build, they need no copy. With a copy of each, a load made every nested
 * object twice; without, a 100,000-event load read its data sooner (median of 5 loads: data received 2,180 -> 2,030
 * ms) and drew sooner (2,790 -> 2,700 ms).
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

/** An object's keys in the schema's order (zod outputs them in it), each with its place. */
type Keys = ReadonlyMap<string, number>

/**
 * A plain object (as JSON.parse makes) whose keys are all in `allowed`. Kept as it is (`inPlace`), it must be what zod
 * outputs: an ordinary object with its keys in the schema's order.
 */
function plain(value: unknown, allowed: Keys, inPlace: boolean): Plain | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && (inPlace || prototype !== null)) return null
  let last = -1
  for (const key of Object.keys(value)) {
    const at = allowed.get(key)
    if (at === undefined || (inPlace && at < last)) return null
    last = at
  }
  return value as Plain
}

const keys = (...names: string[]): Keys => new Map(names.map((name, at) => [name, at]))
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

/** A nested object, output as it is. */
function object(value: unknown, allowed: Keys): Plain {
  return plain(value, allowed, true) ?? fail()
}

/** A text that zod's `text(limit)` passes unchanged: within the limit, trimmed, not empty. */
function text(value: unknown, limit: number): string {
  if (typeof value !== 'string' || value.length > limit || value.length === 0 || value !== value.trim()) fail()
  return value
}

function localized(value: unknown, limit: number): { en: string; es: string; de: string } {
  const given = object(value, LOCALIZED_KEYS)
  text(given.en, limit)
  text(given.es, limit)
  text(given.de, limit)
  return given as { en: string; es: string; de: string }
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

/** A list, output as it is: an ordinary array whose every item is output as it is. */
function list<T>(value: unknown, item: (value: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min || Object.getPrototypeOf(value) !== Array.prototype) fail()
  // Indexed, as zod reads arrays: a hole reads as undefined and fails its item.
  for (let index = 0; index < value.length; index++) item(value[index])
  return value as T[]
}

/** An optional key: absent stays absent; present must be right (present but undefined is left to zod). */
function optional<T>(given: Plain, key: string, read: (value: unknown) => T): T | undefined {
  if (!(key in given)) return undefined
  return read(given[key])
}

/** The event's outer object in zod's order (its shape's keys), optional keys only when given. */
function withOptional<T extends object>(out: T, key: string, value: unknown): T {
  if (value !== undefined) (out as Plain)[key] = value
  return out
}

function place(value: unknown): RawEvent['places'][number] {
  const given = object(value, PLACE_KEYS)
  localized(given.name, SHORT)
  number(given.lat, -90, 90)
  number(given.lon, -180, 180)
  oneOf(given.precision, PLACE_PRECISIONS)
  oneOf(given.role, PLACE_ROLES)
  optional(given, 'note', (note) => localized(note, LONG))
  return given as RawEvent['places'][number]
}

function claim(value: unknown): RawEvent['claim'] {
  const given = object(value, CLAIM_KEYS)
  const status = oneOf(given.status, CLAIM_STATUSES)
  const note = optional(given, 'note', (n) => localized(n, LONG))
  if (status !== 'confirmed' && note === undefined) fail()
  return given as RawEvent['claim']
}

function source(value: unknown): RawEvent['sources'][number] {
  const given = object(value, SOURCE_KEYS)
  text(given.publisher, SHORT)
  text(given.title, SHORT)
  webUrl(given.url)
  optional(given, 'published', calendarDate)
  optional(given, 'undated', (undated) => (undated === true ? true : fail()))
  if (typeof given.language !== 'string' || !LANGUAGE_PATTERN.test(given.language)) fail()
  oneOf(given.kind, SOURCE_KINDS)
  return given as RawEvent['sources'][number]
}

function correction(value: unknown): RawEvent['corrections'][number] {
  const given = object(value, CORRECTION_KEYS)
  oneOf(given.origin, CORRECTION_ORIGINS)
  localized(given.said, LONG)
  localized(given.correct, LONG)
  webUrl(given.sourceUrl)
  return given as RawEvent['corrections'][number]
}

function relation(value: unknown): RawEvent['relations'][number] {
  const given = object(value, RELATION_KEYS)
  oneOf(given.type, RELATION_TYPES)
  id(given.id)
  return given as RawEvent['relations'][number]
}

/** A list with a default: absent is `[]`. */
function defaulted<T>(given: Plain, key: string, item: (value: unknown) => T): T[] {
  return key in given ? list(given[key], item) : []
}

/** The row as `eventSchema` would output it, when it is plainly right; otherwise undefined (ask zod). */
export function readPlainEvent(row: unknown): RawEvent | undefined {
  try {
    const given = plain(row, EVENT_KEYS, false) ?? fail()
    const out: Plain = {}
    withOptional(
      out,
      '$schema',
      optional(given, '$schema', (value) => (typeof value === 'string' && value.length <= SHORT ? value : fail())),
    )
    out.id = id(given.id)
    const date = object(given.date, DATE_KEYS)
    calendarDate(date.start)
    optional(date, 'end', calendarDate)
    optional(date, 'qualifier', (value) => oneOf(value, DATE_QUALIFIERS))
    out.date = date
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
