import { describe, expect, it } from 'vitest'
import { endMsOf, parseCalendarDate, startMsOf } from './calendarDate'
import { formatCalendarDate, formatDateSpan, monthName, writtenAxisLabel } from './formatDate'
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

  it('answers as the regular expression it replaced, on every date shape and thousands of near misses', () => {
    // The reading it had until stop 37: a pattern, then the numbers' ranges.
    const reference = (iso: string) => {
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
      if (!match) return null
      const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part)))
      if (year! < 1) return null
      if (month === undefined) return { iso, year, precision: 'year' }
      if (month < 1 || month > 12) return null
      if (day === undefined) return { iso, year, month, precision: 'month' }
      const last = new Date(Date.UTC(2000, month, 0)).getUTCDate() // February: 29, corrected below
      const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0)
      if (day < 1 || day > (month === 2 && !leap ? 28 : last)) return null
      return { iso, year, month, day, precision: 'day' }
    }
    const inputs = ['0000', '0001', '0000-01-01', '9999-12-31', '2020-', '2020-1-01', '2020/01/01', '2020-01-01 ', ' 2020']
    for (const digits of ['0', '5', '9', '٣', '３', 'a', ':', '/', '-', ' ', '\n', '\uD800']) {
      for (let at = 0; at < 10; at++) {
        const day = '2024-02-29'
        inputs.push(day.slice(0, at) + digits + day.slice(at + 1), day.slice(0, at) + digits + day.slice(at))
        inputs.push(day.slice(0, at), day.slice(0, 7) + digits, day.slice(0, 4) + digits)
      }
    }
    for (let year = 0; year <= 2400; year += 97)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day += 1) {
          const y = String(year).padStart(4, '0')
          const m = String(month).padStart(2, '0')
          inputs.push(y, `${y}-${m}`, `${y}-${m}-${String(day).padStart(2, '0')}`)
        }
    expect(inputs.length).toBeGreaterThan(10_000)
    const differ = inputs.filter((iso) => JSON.stringify(parseCalendarDate(iso)) !== JSON.stringify(reference(iso)))
    expect(differ).toEqual([])
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
    expect(formatDateSpan(span('2025-02-03', '2025-02-04'), 'en')).toBe('Feb 3 – 4, 2025')
    expect(formatDateSpan(span('2025-02-03', '2025-02-04'), 'de')).toBe('3.–4. Feb. 2025')
    expect(formatDateSpan(span('2025', undefined, 'before'), 'es')).toBe('antes de 2025')
    expect(formatDateSpan(span('2025-02', '2025-03-04'), 'en')).toBe('February 2025 – Mar 4, 2025')
  })
})

describe('dates written from tables read as ICU writes them (formatDate.ts)', () => {
  const LANGS = ['en', 'es', 'de'] as const
  const OPTIONS = {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'long' },
    day: { year: 'numeric', month: 'short', day: 'numeric' },
  } as const
  const icu = (lang: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
  const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/gu, ' ')
  // Two years, every month, a one-digit and a two-digit day: every pattern (same day, month, year; across years).
  const isos = ['1999', '2000'].flatMap((y) =>
    Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0')).flatMap((m) => [`${y}-${m}-01`, `${y}-${m}-28`]),
  )
  const precisions = { day: isos, month: [...new Set(isos.map((iso) => iso.slice(0, 7)))], year: ['1000', '1999', '2000', '9999'] }

  it.each(LANGS)('every date and every range of one precision, in %s', (lang) => {
    let compared = 0
    for (const [precision, list] of Object.entries(precisions) as [keyof typeof OPTIONS, string[]][]) {
      const format = icu(lang, OPTIONS[precision])
      for (const [i, startIso] of list.entries()) {
        const start = parseCalendarDate(startIso)!
        expect(formatCalendarDate(start, lang)).toBe(plain(format.format(startMsOf(start))))
        for (const endIso of list.slice(i)) {
          const end = parseCalendarDate(endIso)!
          expect(formatDateSpan(span(startIso, endIso), lang)).toBe(plain(format.formatRange(startMsOf(start), startMsOf(end))))
          compared += 1
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it.each(LANGS)('the month names an axis label shows alone, in %s', (lang) => {
    for (let month = 1; month <= 12; month += 1)
      expect(monthName(month, lang, 'standalone')).toBe(icu(lang, { month: 'short' }).format(Date.UTC(2025, month - 1, 3)))
  })

  it.each(LANGS)('the timeline axis labels the tables write (useVisTimeline.ts), in %s', (lang) => {
    const formats: Intl.DateTimeFormatOptions[] = [
      { year: 'numeric' },
      { month: 'short' },
      { day: 'numeric' },
      { month: 'long', year: 'numeric' },
    ]
    for (const options of formats)
      for (const iso of isos) {
        const ms = startMsOf(parseCalendarDate(iso)!)
        expect(writtenAxisLabel(ms, lang, options)).toBe(plain(icu(lang, options).format(ms)))
      }
    // ICU writes the rest: weekdays, and years before 1000 with their era.
    expect(writtenAxisLabel(Date.UTC(2025, 1, 3), lang, { day: 'numeric', weekday: 'short' })).toBeNull()
    expect(writtenAxisLabel(startMsOf(parseCalendarDate('0300')!), lang, { year: 'numeric' })).toBeNull()
  })

  it('a range whose end comes before its start is still written (by ICU), never dropped', () => {
    expect(formatDateSpan(span('2025-03-04', '2025-02-03'), 'en')).toMatch(/Mar 4|Feb 3/u)
  })
})

describe('far years (issue 15): shown as written, never as another year', () => {
  it.each([
    ['0025-02-27', 'en', 'Feb 27, 25 AD'],
    ['0025-02-27', 'es', '27 feb 25 d. C.'],
    ['0025-02-27', 'de', '27. Feb. 25 n. Chr.'],
    ['0099-12', 'en', 'December 99 AD'],
    ['0001', 'en', '1 AD'],
    ['0700', 'en', '700 AD'],
    ['0999-12-31', 'en', 'Dec 31, 999 AD'],
    ['1000-01-01', 'en', 'Jan 1, 1000'],
    ['9999-12-31', 'en', 'Dec 31, 9999'],
  ] as const)('formats %s in %s as %j', (iso, lang, expected) => {
    const date = parseCalendarDate(iso)!
    expect(formatCalendarDate(date, lang)).toBe(expected)
    expect(new Date(startMsOf(date)).getUTCFullYear()).toBe(date.year)
  })

  it('keeps the year of two-digit years in start, end and ranges', () => {
    const date = parseCalendarDate('0025-02-27')!
    expect(new Date(startMsOf(date)).toISOString()).toBe('0025-02-27T00:00:00.000Z')
    expect(new Date(endMsOf(date)).toISOString()).toBe('0025-02-28T00:00:00.000Z')
    expect(new Date(endMsOf(parseCalendarDate('0099')!)).toISOString()).toBe('0100-01-01T00:00:00.000Z')
    expect(new Date(endMsOf(parseCalendarDate('0012-12')!)).toISOString()).toBe('0013-01-01T00:00:00.000Z')
    expect(formatDateSpan(span('0025-02-03', '0025-02-04'), 'en')).toBe('Feb 3 – 4, 25 AD')
    expect(formatDateSpan(span('0099', '2025'), 'en')).toBe('99 – 2025 AD')
    expect(startMsOf(parseCalendarDate('0099')!)).toBeLessThan(startMsOf(parseCalendarDate('0100')!))
  })

  it('refuses year 0000, which readers would see as 1 BC', () => {
    expect(parseCalendarDate('0000')).toBeNull()
    expect(parseCalendarDate('0000-01-01')).toBeNull()
  })
})
