/**
 * Calendar dates (not instants): `2020`, `2020-06`, `2025-02-27`. They are turned into numbers once, at load, with
 * Date.UTC and formatted with timeZone 'UTC', so no local time zone can move them by a day.
 */
export type DatePrecision = 'year' | 'month' | 'day'

export type CalendarDate = {
  iso: string
  year: number
  month?: number
  day?: number
  precision: DatePrecision
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including impossible days. */
export function parseCalendarDate(iso: string): CalendarDate | null {
  const match = ISO_PARTIAL.exec(iso)
  if (!match) return null
  const year = Number(match[1])
  if (match[2] === undefined) return { iso, year, precision: 'year' }
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  if (match[3] === undefined) return { iso, year, month, precision: 'month' }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { iso, year, month, day, precision: 'day' }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar (what Date.UTC uses). */
function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** Milliseconds (UTC) of the first day the date covers. */
export function startMsOf(date: CalendarDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)
}

/** Milliseconds (UTC) just after the last day the date covers (exclusive end). */
export function endMsOf(date: CalendarDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1)
  if (date.precision === 'month') return Date.UTC(date.year, date.month ?? 1, 1)
  return Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1)
}

/** True when `b` begins before `a` begins (used for "end not before start"). */
export function isBefore(b: CalendarDate, a: CalendarDate): boolean {
  return startMsOf(b) < startMsOf(a)
}
