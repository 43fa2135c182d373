/**
 * Dates of imported files, kept at exactly the precision they are given (year, month or day), with their qualifiers.
 * A time of day is kept as text and never moves the date; nothing is shifted into anyone's time zone. Years 1–999 and
 * BCE years work: `Date.UTC(99, 0, 1)` would be 1999, so days are counted with `setUTCFullYear`, which takes the
 * year as given. Historical years have no year 0 (−300 is 300 BCE); the proleptic Gregorian calendar is used throughout.
 */
import type { DatePrecision, ImportedDate, ImportedWhen } from './types'

/** Years the timeline can draw: JavaScript dates reach ±8.64e15 ms, about 271,800 years either side of 1970. */
export const MIN_YEAR = -271000
export const MAX_YEAR = 275000

export type DateFailure = { reason: string; hint: string }
export type ParsedDateText = {
  start: ImportedDate
  end?: ImportedDate
  qualifier?: ImportedWhen['qualifier']
  time?: string
  endTime?: string
  utc?: boolean
}
export type DayMonthOrder = 'dmy' | 'mdy'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Astronomical year numbering (1 BCE = 0), which is what Date counts in. */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year
}

function daysInMonth(year: number, month: number): number {
  const y = astronomicalYear(year)
  const isLeap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

function msOf(astroYear: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(astroYear, month - 1, day)
  return date.getTime()
}

/** Milliseconds (UTC) of the first day the date covers. */
export function startMsOfImported(date: ImportedDate): number {
  return msOf(astronomicalYear(date.year), date.month ?? 1, date.day ?? 1)
}

/** Milliseconds (UTC) just after the last day the date covers. */
export function endMsOfImported(date: ImportedDate): number {
  const y = astronomicalYear(date.year)
  if (date.precision === 'year') return msOf(y + 1, 1, 1)
  if (date.precision === 'month') return msOf(y, (date.month ?? 1) + 1, 1)
  return msOf(y, date.month ?? 1, (date.day ?? 1) + 1)
}

/** Builds a checked date from numbers; a reason when it cannot exist or cannot be drawn. */
export function makeDate(year: number, month?: number, day?: number): ImportedDate | DateFailure {
  if (!Number.isInteger(year))
    return { reason: 'is not a whole year', hint: 'write the year as digits, e.g. 1848' }
  if (year === 0) {
    return { reason: 'is year 0, which the calendar does not have', hint: 'use 1 for 1 CE or -1 for 1 BCE' }
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      reason: `is beyond what the timeline can draw (years ${MIN_YEAR} to ${MAX_YEAR})`,
      hint: 'keep such a row in the text of another event',
    }
  }
  if (month === undefined) {
    if (day !== undefined)
      return { reason: 'has a day but no month', hint: 'add the month or remove the day' }
    return { year, precision: 'year' }
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { reason: 'has a month that is not 1–12', hint: 'check the month' }
  }
  if (day === undefined) return { year, month, precision: 'month' }
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return { reason: `has a day that month does not have`, hint: 'check the day and the month' }
  }
  return { year, month, day, precision: 'day' }
}

export function isFailure(value: object): value is DateFailure {
  return 'reason' in value
}

/** The span of a start (and end): a reason when the end is before the start. */
export function makeWhen(
  parsed: ParsedDateText,
  extra: { display?: string } = {},
): { when: ImportedWhen; swapped?: false } | DateFailure {
  const startMs = startMsOfImported(parsed.start)
  const end = parsed.end
  if (end && startMsOfImported(end) < startMs) {
    return {
      reason: `ends (${isoOf(end)}) before it starts (${isoOf(parsed.start)})`,
      hint: 'swap start and end, or fix the typo',
    }
  }
  const when: ImportedWhen = {
    start: parsed.start,
    startMs,
    endMs: endMsOfImported(end ?? parsed.start),
  }
  if (end) when.end = end
  if (parsed.qualifier) when.qualifier = parsed.qualifier
  if (parsed.time) when.time = parsed.time
  if (parsed.endTime) when.endTime = parsed.endTime
  if (parsed.utc) when.utc = true
  if (extra.display) when.display = extra.display
  return { when }
}

/** `-0300`, `0602-03`, `2008-01-16`: ISO 8601 with historical years as written (for messages and exports). */
export function isoOf(date: ImportedDate): string {
  const year = `${date.year < 0 ? '-' : ''}${String(Math.abs(date.year)).padStart(4, '0')}`
  if (date.precision === 'year') return year
  const month = String(date.month).padStart(2, '0')
  if (date.precision === 'month') return `${year}-${month}`
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`
}

/** Number from a TimelineJS part: 1815, "1815", "-300", " 05 "; undefined when empty; NaN when not a number. */
export function partNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return Number.NaN
  const text = value.trim()
  if (text === '') return undefined
  return /^[-+]?\d+$/.test(text) ? Number(text) : Number.NaN
}

/** A time of day from parts (hour, minute, second, millisecond), as text: "06:45:56". */
export function timeFromParts(parts: {
  hour?: unknown
  minute?: unknown
  second?: unknown
  millisecond?: unknown
}): string | undefined {
  const hour = partNumber(parts.hour)
  if (hour === undefined || Number.isNaN(hour)) return undefined
  const two = (value: unknown) => {
    const n = partNumber(value)
    return n === undefined || Number.isNaN(n) ? undefined : String(n).padStart(2, '0')
  }
  const minute = two(parts.minute) ?? '00'
  const second = two(parts.second)
  const ms = partNumber(parts.millisecond)
  let text = `${String(hour).padStart(2, '0')}:${minute}`
  if (second !== undefined) text += `:${second}`
  if (second !== undefined && ms !== undefined && !Number.isNaN(ms)) text += `.${String(ms).padStart(3, '0')}`
  return text
}

/** Year, month and day given as separate values (TimelineJS): year only, year and month, or all three. */
export function dateFromParts(
  year: unknown,
  month: unknown,
  day: unknown,
): ImportedDate | DateFailure | undefined {
  const y = partNumber(year)
  const m = partNumber(month)
  const d = partNumber(day)
  if (y === undefined) {
    if (m !== undefined || d !== undefined) {
      return {
        reason: 'has a month or day but no year',
        hint: 'add the year; a date without a year cannot be placed',
      }
    }
    return undefined
  }
  if (Number.isNaN(y))
    return {
      reason: 'has a year that is not a number',
      hint: 'write the year as digits, e.g. 1848 or -300 for 300 BCE',
    }
  if (Number.isNaN(m ?? 0) || Number.isNaN(d ?? 0)) {
    return { reason: 'has a month or day that is not a number', hint: 'write months and days as numbers' }
  }
  return makeDate(y, m, d)
}

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  ['january', 'jan', 'enero', 'ene', 'januar', 'jänner', 'janvier', 'janv'],
  ['february', 'feb', 'febrero', 'februar', 'février', 'févr'],
  ['march', 'mar', 'marzo', 'märz', 'mars'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr'],
  ['may', 'mayo', 'mai'],
  ['june', 'jun', 'junio', 'juni', 'juin'],
  ['july', 'jul', 'julio', 'juli', 'juillet', 'juil'],
  ['august', 'aug', 'agosto', 'ago', 'août'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set', 'septembre'],
  ['october', 'oct', 'octubre', 'oktober', 'okt', 'octobre'],
  ['november', 'nov', 'noviembre', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezember', 'dez', 'décembre', 'déc'],
]
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1
})

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')]
}

const ISO_DATE = /^([-+]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/
const ISO_DATETIME =
  /^([-+]?\d{4,6})-(\d{2})-(\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i
const SLASHED = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const ERA = /^(.*?)\s*\b(BCE|BC|B\.C\.E?\.|AD|A\.D\.|CE|C\.E\.|a\.\s?C\.|d\.\s?C\.|v\.\s?Chr\.|n\.\s?Chr\.)$/i
const QUALIFIERS: [RegExp, NonNullable<ImportedWhen['qualifier']>][] = [
  [/^(?:c\.|ca\.?|circa|approx\.?|about|around|~|hacia|um)\s*/i, 'circa'],
  [/^(?:before|antes de|vor)\s+/i, 'before'],
  [/^(?:after|después de|nach)\s+/i, 'after'],
]

/**
 * A date written as text: ISO dates and date-times (`2008-01-16`, `2019-11-23 10:51:06`, `…T10:51Z`), `1848`,
 * `-300`, `300 BCE`, `June 1848`, `15 January 2023`, `January 15, 2023`, `15-Jan-2023`, `2023/01/15`, numeric
 * `03/04/2023` in the given day/month order, ranges `1790-2010` and `1790 – 2010`, and the qualifiers `c.`,
 * `before`, `after`. The date is always the calendar date written; a time of day is returned as text.
 */
export function parseDateText(input: string, order: DayMonthOrder = 'dmy'): ParsedDateText | DateFailure {
  let text = input.trim().replace(/\s+/g, ' ')
  if (text === '') return { reason: 'is empty', hint: 'add a date' }
  let qualifier: ImportedWhen['qualifier']
  for (const [pattern, name] of QUALIFIERS) {
    if (pattern.test(text)) {
      qualifier = name
      text = text.replace(pattern, '')
      break
    }
  }
  const withQualifier = (parsed: ParsedDateText | DateFailure): ParsedDateText | DateFailure =>
    qualifier && !isFailure(parsed) ? { ...parsed, qualifier } : parsed

  // A range of two years or two dates: "1790-2010", "1790 – 2010", "1943-06 to 1946".
  const range =
    /^(.+?)\s*(?:\s[-–—]\s|–|—|\bto\b|\bbis\b|\bal\b)\s*(.+)$/.exec(text) ??
    /^(\d{3,4})-(\d{3,4})$/.exec(text)
  if (range?.[1] && range[2] && !ISO_DATE.test(text)) {
    const start = parseSingle(range[1], order)
    const end = parseSingle(range[2], order)
    if (isFailure(start)) return start
    if (isFailure(end)) return end
    const parsed: ParsedDateText = { start: start.start, end: end.start }
    if (start.time) parsed.time = start.time
    if (end.time) parsed.endTime = end.time
    if (start.utc || end.utc) parsed.utc = true
    return withQualifier(parsed)
  }
  return withQualifier(parseSingle(text, order))
}

function parseSingle(input: string, order: DayMonthOrder): ParsedDateText | DateFailure {
  let text = input.trim()
  let bce = false
  const era = ERA.exec(text)
  if (era?.[1] !== undefined && era[2]) {
    const word = era[2].toLowerCase().replace(/[\s.]/g, '')
    bce = word === 'bce' || word === 'bc' || word === 'ac' || word === 'vchr'
    text = era[1].trim()
  }
  const wrap = (date: ImportedDate | DateFailure, extra: Partial<ParsedDateText> = {}) => {
    if (isFailure(date)) return date
    if (bce) {
      const again = makeDate(-Math.abs(date.year), date.month, date.day)
      return isFailure(again) ? again : { start: again, ...extra }
    }
    return { start: date, ...extra }
  }

  // 8 digits in one: YYYYMMDD (GDELT SQLDATE and many exports).
  if (/^\d{8}$/.test(text)) {
    return wrap(makeDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))))
  }
  const iso = ISO_DATE.exec(text)
  if (iso?.[1]) {
    const month = iso[2] === undefined ? undefined : Number(iso[2])
    const day = iso[3] === undefined ? undefined : Number(iso[3])
    return wrap(makeDate(Number(iso[1]), month, day))
  }
  const dateTime = ISO_DATETIME.exec(text)
  if (dateTime?.[1] && dateTime[4]) {
    const zone = dateTime[5]
    const utc = zone !== undefined && /^(z|utc|gmt|[+-]00:?00)$/i.test(zone)
    const time = zone ? `${dateTime[4]} ${utc ? 'UTC' : zone}` : dateTime[4]
    return wrap(
      makeDate(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3])),
      utc ? { time, utc } : { time },
    )
  }
  const slashed = SLASHED.exec(text)
  if (slashed?.[1] && slashed[2]) {
    return wrap(
      makeDate(
        Number(slashed[1]),
        Number(slashed[2]),
        slashed[3] === undefined ? undefined : Number(slashed[3]),
      ),
    )
  }
  const numeric = NUMERIC.exec(text)
  if (numeric?.[1] && numeric[2] && numeric[3]) {
    const first = Number(numeric[1])
    const second = Number(numeric[2])
    const [day, month] = order === 'dmy' ? [first, second] : [second, first]
    return wrap(makeDate(Number(numeric[3]), month, day))
  }
  // Words: "15 January 2023", "January 15, 2023", "15-Jan-2023", "June 1848", "1 de enero de 2023", "3. März 2020".
  const words = text
    .replace(/,/g, ' ')
    .replace(/\b(de|del)\b/gi, ' ')
    .split(/[\s/-]+|(?<=\d)\.(?=\s|$)/)
    .filter((word) => word !== '')
  let year: number | undefined
  let month: number | undefined
  let day: number | undefined
  for (const word of words) {
    const name = monthNumber(word)
    if (name !== undefined && month === undefined) month = name
    else if (/^\d{3,6}$/.test(word) && year === undefined) year = Number(word)
    else if (/^\d{1,2}(?:st|nd|rd|th|\.)?$/i.test(word) && day === undefined) day = parseInt(word, 10)
    else if (/^\d{1,2}$/.test(word) && year === undefined) year = Number(word)
    else
      return { reason: 'is not a date this importer reads', hint: 'write it as YYYY-MM-DD, YYYY-MM or YYYY' }
  }
  if (month !== undefined && year === undefined) {
    return {
      reason: 'has no year',
      hint: 'add the year; a date without a year cannot be placed on the timeline',
    }
  }
  if (year === undefined) {
    return { reason: 'is not a date this importer reads', hint: 'write it as YYYY-MM-DD, YYYY-MM or YYYY' }
  }
  if (day !== undefined && month === undefined) {
    return { reason: 'is not a date this importer reads', hint: 'write it as YYYY-MM-DD, YYYY-MM or YYYY' }
  }
  return wrap(makeDate(year, month, day))
}

/** An instant in epoch milliseconds: its UTC calendar day, and the UTC time of day as text. */
export function parseEpochMs(value: number): ParsedDateText | DateFailure {
  const date = new Date(value)
  if (!Number.isFinite(value) || Number.isNaN(date.getTime())) {
    return { reason: 'is not a time the timeline can draw', hint: 'give epoch milliseconds or an ISO date' }
  }
  const astro = date.getUTCFullYear()
  const made = makeDate(astro <= 0 ? astro - 1 : astro, date.getUTCMonth() + 1, date.getUTCDate())
  if (isFailure(made)) return made
  const time = `${date.toISOString().slice(11, 19)} UTC`
  return { start: made, time, utc: true }
}

/**
 * Decides the day/month order of a column of numeric dates (`03/04/2023`): a first number over 12 proves day-first,
 * a second number over 12 proves month-first. Rows where both are ≤ 12 are ambiguous and counted.
 */
export function decideDayMonthOrder(values: Iterable<string>): {
  order: DayMonthOrder
  ambiguous: number
  decidedBy: string
} {
  let dayFirst = 0
  let monthFirst = 0
  let ambiguous = 0
  for (const value of values) {
    const match = NUMERIC.exec(value.trim())
    if (!match?.[1] || !match[2]) continue
    const first = Number(match[1])
    const second = Number(match[2])
    if (first > 12 && second <= 12) dayFirst++
    else if (second > 12 && first <= 12) monthFirst++
    else if (first <= 12 && second <= 12 && first !== second) ambiguous++
  }
  if (monthFirst > dayFirst) {
    return { order: 'mdy', ambiguous, decidedBy: `${monthFirst} rows have a second number over 12` }
  }
  if (dayFirst > 0)
    return { order: 'dmy', ambiguous, decidedBy: `${dayFirst} rows have a first number over 12` }
  return { order: 'dmy', ambiguous, decidedBy: 'no row decides it; day first is assumed' }
}

/** Whether a column holds numeric dates at all (so its order matters). */
export function hasNumericDates(values: Iterable<string>): boolean {
  for (const value of values) if (NUMERIC.test(value.trim())) return true
  return false
}

const ERA_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
}

/** "300 BC", "300 a. C.", "300 v. Chr."; "602", "June 1848" — in the given language, in UTC. */
export function formatImportedDate(date: ImportedDate, lang: string): string {
  const options =
    date.year < 1 ? { ...ERA_OPTIONS[date.precision], era: 'short' as const } : ERA_OPTIONS[date.precision]
  return new Intl.DateTimeFormat(lang, options).format(startMsOfImported(date))
}

export function precisionOf(value: ParsedDateText): DatePrecision {
  return value.start.precision
}
