/**
 * Calendar dates (not instants): `2020`, `2020-06`, `2025-02-27`. They are turned into numbers once, at load, in UTC
 * and formatted with timeZone 'UTC', so no local time zone can move them by a day. Years 0001–9999 are read as
 * written (Date.UTC alone would turn 0025 into 1925); year 0000 is refused, as readers would see it as 1 BC.
 */
export type DatePrecision = 'year' | 'month' | 'day'

export type CalendarDate = {
  iso: string
  year: number
  month?: number
  day?: number
  precision: DatePrecision
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits, as /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/ reads them); returns null
 * for anything else, including impossible days. Read character by character: it runs two or three times per event as
 * a dataset loads, and a regular expression's match array was most of its cost.
 */
export function parseCalendarDate(iso: string): CalendarDate | null {
  const length = iso.length
  if (length !== 4 && length !== 7 && length !== 10) return null
  const year = digitsAt(iso, 0, 4)
  if (year < 1) return null
  if (length === 4) return { iso, year, precision: 'year' }
  if (iso.charCodeAt(4) !== HYPHEN) return null
  const month = digitsAt(iso, 5, 7)
  if (month < 1 || month > 12) return null
  if (length === 7) return { iso, year, month, precision: 'month' }
  if (iso.charCodeAt(7) !== HYPHEN) return null
  const day = digitsAt(iso, 8, 10)
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { iso, year, month, day, precision: 'day' }
}

const HYPHEN = 0x2d

/** The number the ASCII digits from `start` to `end` spell, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 0x30
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar (what Date.UTC uses). */
function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/**
 * Date.UTC for any year: Date.UTC maps the years 0–99 to 1900–1999, so those are set with setUTCFullYear, which takes
 * the year as given. (Month and day overflow into the next month or year in both.)
 */
export function utcMs(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day)
  return new Date(0).setUTCFullYear(year, monthIndex, day)
}

/** Milliseconds (UTC) of the first day the date covers. */
export function startMsOf(date: CalendarDate): number {
  return utcMs(date.year, (date.month ?? 1) - 1, date.day ?? 1)
}

/** Milliseconds (UTC) just after the last day the date covers (exclusive end). */
export function endMsOf(date: CalendarDate): number {
  if (date.precision === 'year') return utcMs(date.year + 1, 0, 1)
  if (date.precision === 'month') return utcMs(date.year, date.month ?? 1, 1)
  return utcMs(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1)
}

/** True when `b` begins before `a` begins (used for "end not before start"). */
export function isBefore(b: CalendarDate, a: CalendarDate): boolean {
  return startMsOf(b) < startMsOf(a)
}
