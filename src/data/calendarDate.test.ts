import { describe, expect, it } from 'vitest'
import { endMsOf, parseCalendarDate, startMsOf } from './calendarDate'
import { formatCalendarDate, formatDateSpan } from './formatDate'
import type { DateSpan } from './types'

// The suite runs under TZ=America/Los_Angeles and TZ=Pacific/Kiritimati (npm run test:tz), 26 hours apart.
const span = (start: string, end?: string, qualifier?: DateSpan['qualifier']): DateSpan => {
  const s = parseCalendarDate(start)!
  const e = end ? parseCalendarDate(end)! : undefined
  return { start: s, ...(e ? { end: e } : {}), ...(qualifier ? { qualifier } : {}), startMs: startMsOf(s), endMs: endMsOf(e ?? s) }
}

describe('parseCalendarDate', () => {
  it.each([
    ['2020', 'year'],
    ['2020-06', 'month'],
    ['2025-02-27', 'day'],
    ['2024-02-29', 'day'],
    ['2000-02-29', 'day'],
    ['2025-04-30', 'day'],
    ['2025-12-31', 'day'],
  ])('reads %s with %s precision', (iso, precision) => {
    expect(parseCalendarDate(iso)?.precision).toBe(precision)
  })

  it.each(['2025-02-30', '2023-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-13', '25-02-27', '2025-2-7', '2025-02-27T00:00', ''])('rejects %j', (iso) => {
    expect(parseCalendarDate(iso)).toBeNull()
  })
})

describe('calendar dates never shift by a day', () => {
  it(`keeps 27 Feb 2025 on the 27th in ${process.env.TZ ?? 'the local zone'}`, () => {
    const date = parseCalendarDate('2025-02-27')!
    expect(new Date(startMsOf(date)).getUTCDate()).toBe(27)
    expect(formatCalendarDate(date, 'en')).toBe('Feb 27, 2025')
    expect(formatCalendarDate(date, 'es')).toBe('27 feb 2025')
    expect(formatCalendarDate(date, 'de')).toBe('27. Feb. 2025')
  })

  it('keeps New Year and month ends in their year and month', () => {
    expect(formatCalendarDate(parseCalendarDate('2025-01-01')!, 'en')).toBe('Jan 1, 2025')
    expect(formatCalendarDate(parseCalendarDate('2024-12-31')!, 'en')).toBe('Dec 31, 2024')
    expect(formatCalendarDate(parseCalendarDate('2020')!, 'de')).toBe('2020')
    expect(formatCalendarDate(parseCalendarDate('2020-06')!, 'es')).toBe('junio de 2020')
  })

  it('covers whole days, months and years', () => {
    expect(endMsOf(parseCalendarDate('2025-02-28')!) - startMsOf(parseCalendarDate('2025-02-28')!)).toBe(86_400_000)
    expect(endMsOf(parseCalendarDate('2024-02')!)).toBe(Date.UTC(2024, 2, 1))
  })
})

describe('formatDateSpan', () => {
  it('shows qualifiers and ranges in the UI language', () => {
    expect(formatDateSpan(span('2020-06', undefined, 'circa'), 'en')).toBe('c. June 2020')
    expect(formatDateSpan(span('2025-02-03', '2025-02-04'), 'en')).toBe('Feb 3\u2009–\u20094, 2025')
    expect(formatDateSpan(span('2025-02-03', '2025-02-04'), 'de')).toBe('3.–4. Feb. 2025')
    expect(formatDateSpan(span('2025', undefined, 'before'), 'es')).toBe('antes de 2025')
    expect(formatDateSpan(span('2025-02', '2025-03-04'), 'en')).toBe('February 2025 – Mar 4, 2025')
  })
})
