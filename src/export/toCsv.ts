/**
 * Events as CSV (RFC 4180): comma-separated, CRLF line ends, fields with a quote, comma or line break quoted with
 * doubled quotes. A cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) is neutralised with a leading single quote (OWASP "CSV injection").
 */
import type { Actor, EventRecord, Lang } from '../data/types'

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'qualifier',
  'title',
  'summary',
  'category',
  'places',
  'actors',
  'claim status',
  'sources',
] as const

const FORMULA_START = /^[=+\-@\t\r]/u
const NEEDS_QUOTES = /[",\r\n]/u

/** One cell: neutralised if it could start a formula, then quoted if it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(',')
}

/**
 * The events, one row each, in the given language. Category and claim status are the dataset's ids (the same as in
 * links and the JSON export); actors are written by name in the same language, sources as their URLs separated by
 * spaces.
 */
export function toCsv(events: readonly EventRecord[], lang: Lang, actors: readonly Actor[] = []): string {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name[lang]]))
  const rows = events.map((event) =>
    csvRow([
      event.id,
      event.when.start.iso,
      event.when.end?.iso ?? '',
      event.when.qualifier ?? '',
      event.title[lang],
      event.summary[lang],
      event.category,
      event.places.map((place) => place.name[lang]).join('; '),
      event.actors.map((id) => actorNames.get(id) ?? id).join('; '),
      event.claim.status,
      event.sources.map((source) => source.url).join(' '),
    ]),
  )
  return [csvRow(CSV_COLUMNS), ...rows].join('\r\n') + '\r\n'
}
