import { describe, expect, it } from 'vitest'
import {
  decideDayMonthOrder,
  endMsOfImported,
  formatImportedDate,
  isFailure,
  isoOf,
  makeDate,
  makeWhen,
  parseDateText,
  parseEpochMs,
  startMsOfImported,
  type ParsedDateText,
} from './dates'
import type { ImportedDate } from './types'

function parsed(text: string, order: 'dmy' | 'mdy' = 'dmy'): ParsedDateText {
  const result = parseDateText(text, order)
  if (isFailure(result)) throw new Error(`${text}: ${result.reason}`)
  return result
}

function date(value: ReturnType<typeof makeDate>): ImportedDate {
  if (isFailure(value)) throw new Error(value.reason)
  return value
}

describe('imported dates', () => {
  it('counts years 1–99 as themselves, not as 1900–1999 (Date.UTC would)', () => {
    const year99 = date(makeDate(99))
    expect(new Date(startMsOfImported(year99)).getUTCFullYear()).toBe(99)
    expect(new Date(startMsOfImported(date(makeDate(5, 6, 7)))).toISOString()).toBe(
      '0005-06-07T00:00:00.000Z',
    )
    expect(formatImportedDate(year99, 'en')).toBe('99')
  })

  it('reads -300 as 300 BCE (no year 0) and labels the era in en, es and de', () => {
    const bce = parsed('-300').start
    expect(bce).toEqual({ year: -300, precision: 'year' })
    // 300 BCE is astronomical year -299.
    expect(new Date(startMsOfImported(bce)).getUTCFullYear()).toBe(-299)
    expect(formatImportedDate(bce, 'en')).toBe('300 BC')
    expect(formatImportedDate(bce, 'es')).toMatch(/^300 a\.\s?C\.$/)
    expect(formatImportedDate(bce, 'de')).toMatch(/^300 v\.\s?Chr\.$/)
    expect(parsed('300 BCE').start).toEqual(bce)
    expect(isFailure(makeDate(0))).toBe(true)
  })

  it('keeps the precision given: a year, a month or a day, and spans them exactly', () => {
    const month = date(makeDate(2024, 2))
    expect(isoOf(month)).toBe('2024-02')
    expect(endMsOfImported(month) - startMsOfImported(month)).toBe(29 * 86_400_000)
    expect(parsed('1848').start.precision).toBe('year')
    expect(parsed('June 1848').start).toEqual({ year: 1848, month: 6, precision: 'month' })
    expect(parsed('15 January 2023').start).toEqual({ year: 2023, month: 1, day: 15, precision: 'day' })
    expect(parsed('January 15, 2023').start).toEqual({ year: 2023, month: 1, day: 15, precision: 'day' })
    expect(parsed('15-Jan-2023').start).toEqual({ year: 2023, month: 1, day: 15, precision: 'day' })
    expect(parsed('3. März 2020').start).toEqual({ year: 2020, month: 3, day: 3, precision: 'day' })
    expect(parsed('20240115').start).toEqual({ year: 2024, month: 1, day: 15, precision: 'day' })
  })

  it('keeps a time of day as text and never moves the date, whatever the zone', () => {
    expect(parsed('2019-11-23 10:51:06')).toEqual({
      start: { year: 2019, month: 11, day: 23, precision: 'day' },
      time: '10:51:06',
    })
    // 00:30 at +05:00 is the previous day in UTC; the date written is kept.
    expect(parsed('2022-03-01T00:30:00+05:00').start.day).toBe(1)
    expect(parsed('2021-06-01T23:30:00Z')).toMatchObject({
      start: { day: 1 },
      time: '23:30:00 UTC',
      utc: true,
    })
  })

  it('reads epoch milliseconds as the UTC calendar day', () => {
    expect(parseEpochMs(1614886111770)).toEqual({
      start: { year: 2021, month: 3, day: 4, precision: 'day' },
      time: '19:28:31 UTC',
      utc: true,
    })
  })

  it('reads ranges and qualifiers', () => {
    expect(parsed('1790-2010')).toMatchObject({ start: { year: 1790 }, end: { year: 2010 } })
    expect(parsed('1790 – 1800')).toMatchObject({ start: { year: 1790 }, end: { year: 1800 } })
    expect(parsed('c. 1850')).toMatchObject({ start: { year: 1850 }, qualifier: 'circa' })
    expect(parsed('before 1900').qualifier).toBe('before')
  })

  it('refuses dates without a year, impossible days and years the timeline cannot draw, with a reason', () => {
    const noYear = parseDateText('Aug 23')
    expect(isFailure(noYear) && noYear.reason).toBe('has no year')
    expect(isFailure(parseDateText('2023-02-29'))).toBe(true)
    expect(isFailure(parseDateText('2024-02-29'))).toBe(false)
    const far = makeDate(-13_800_000_000)
    expect(isFailure(far) && far.reason).toMatch(/beyond what the timeline can draw/)
  })

  it('decides the day/month order per column and counts the ambiguous rows', () => {
    expect(decideDayMonthOrder(['25/12/2023', '03/04/2024', '01/01/2024'])).toMatchObject({
      order: 'dmy',
      ambiguous: 1,
    })
    expect(decideDayMonthOrder(['12/31/2023', '01/02/2024'])).toMatchObject({ order: 'mdy', ambiguous: 1 })
    expect(parsed('03/04/2024', 'mdy').start).toMatchObject({ month: 3, day: 4 })
    expect(parsed('03/04/2024', 'dmy').start).toMatchObject({ month: 4, day: 3 })
  })

  it('refuses an end before the start', () => {
    const result = makeWhen({ start: date(makeDate(1950)), end: date(makeDate(1940)) })
    expect(isFailure(result)).toBe(true)
  })
})
