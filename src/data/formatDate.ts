import type { CalendarDate } from './calendarDate'
import { startMsOf } from './calendarDate'
import type { DateSpan, Lang } from './types'

const OPTIONS: Record<CalendarDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
}

const QUALIFIER_WORDS: Record<Lang, Record<NonNullable<DateSpan['qualifier']>, string>> = {
  en: { circa: 'c.', before: 'before', after: 'after' },
  es: { circa: 'hacia', before: 'antes de', after: 'después de' },
  de: { circa: 'um', before: 'vor', after: 'nach' },
}

/** What an imported row without a usable date shows where a date would be. */
const NO_DATE: Record<Lang, string> = { en: 'No date', es: 'Sin fecha', de: 'Ohne Datum' }

/** "c.", "antes de", "vor"… */
export function qualifierWord(qualifier: NonNullable<DateSpan['qualifier']>, lang: Lang): string {
  return QUALIFIER_WORDS[lang][qualifier]
}

/** Years before 1000 carry the era ("25 AD", "25 d. C.", "25 n. Chr."), so "Feb 27, 25" cannot be read as 2025. */
const ERA_BEFORE_YEAR = 1000

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(lang: Lang, precision: CalendarDate['precision'], era = false): Intl.DateTimeFormat {
  const key = `${lang}:${precision}:${era}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, era ? { ...OPTIONS[precision], era: 'short' } : OPTIONS[precision])
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * The month names and the patterns of the three UI languages' dates, as ICU writes them for OPTIONS (and for their
 * ranges): written out here instead of asked of `Intl.DateTimeFormat`, because the first date format a page makes
 * costs 40–80 ms in Chromium on a 2-core machine (ICU sets up its locale data once per page process), inside the
 * first render, where every row, item and card formats a date. Written here, the prerendered page (built in Node) and
 * every browser also write the same text whatever their ICU version, which hydration requires. calendarDate.test.ts
 * checks every pattern against Node's ICU, month by month. Years before 1000 (with their era) still go to ICU.
 */
const MONTHS: Record<Lang, { short: readonly string[]; long: readonly string[]; standalone: readonly string[] }> = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    standalone: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  es: {
    short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    long: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    standalone: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  },
  de: {
    short: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    long: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    standalone: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  },
}

/** A month's name: "Feb" / "febrero" / "Feb" (the standalone form, as an axis label shows it alone). */
export function monthName(month: number, lang: Lang, width: 'short' | 'long' | 'standalone'): string {
  return MONTHS[lang][width][month - 1] ?? String(month)
}

type Parts = { year: number; month: number; day: number }
const partsOf = (date: CalendarDate): Parts => ({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 })

/** "Feb 3" / "3 feb" / "3. Feb.": a day without its year. */
function dayMonth({ month, day }: Parts, lang: Lang): string {
  const name = monthName(month, lang, 'short')
  return lang === 'en' ? `${name} ${day}` : lang === 'de' ? `${day}. ${name}` : `${day} ${name}`
}

function writtenDate(date: CalendarDate, lang: Lang): string {
  const parts = partsOf(date)
  if (date.precision === 'year') return String(parts.year)
  if (date.precision === 'month') {
    const name = monthName(parts.month, lang, 'long')
    return lang === 'es' ? `${name} de ${parts.year}` : `${name} ${parts.year}`
  }
  return lang === 'en' ? `${dayMonth(parts, 'en')}, ${parts.year}` : `${dayMonth(parts, lang)} ${parts.year}`
}

/** A range of two dates of one precision, as ICU's formatRange writes it; null where the end is before the start. */
function writtenRange(start: CalendarDate, end: CalendarDate, lang: Lang): string | null {
  const a = partsOf(start)
  const b = partsOf(end)
  const order = a.year - b.year || a.month - b.month || a.day - b.day
  if (order > 0) return null
  const sameYear = a.year === b.year
  const sameMonth = sameYear && a.month === b.month
  const dash = lang === 'en' ? ' – ' : '–'
  if (start.precision === 'year' || (start.precision === 'month' && sameMonth) || order === 0) {
    if (a.year === b.year) return writtenDate(start, lang)
    if (start.precision === 'year') return `${a.year}${dash}${b.year}`
  }
  if (!sameYear) return `${writtenDate(start, lang)} – ${writtenDate(end, lang)}`
  if (start.precision === 'month') {
    const months = `${monthName(a.month, lang, 'long')}${dash}${monthName(b.month, lang, 'long')}`
    return lang === 'es' ? `${months} de ${a.year}` : `${months} ${a.year}`
  }
  if (sameMonth) {
    const name = monthName(a.month, lang, 'short')
    if (lang === 'en') return `${name} ${a.day} – ${b.day}, ${a.year}`
    return lang === 'de' ? `${a.day}.–${b.day}. ${name} ${a.year}` : `${a.day}–${b.day} ${name} ${a.year}`
  }
  const days = `${dayMonth(a, lang)} – ${dayMonth(b, lang)}`
  return lang === 'en' ? `${days}, ${a.year}` : `${days} ${a.year}`
}

/** "27 Feb 2025", "June 2020", "2020" in the UI language; always in UTC so the calendar day never moves. */
export function formatCalendarDate(date: CalendarDate, lang: Lang): string {
  if (date.year >= ERA_BEFORE_YEAR) return writtenDate(date, lang)
  return normalizeSpaces(formatterFor(lang, date.precision, true).format(startMsOf(date)))
}

/** A span with its precision and qualifier: "c. June 2020", "3–4 Feb 2025", "Feb 2025 – Mar 2025". */
export function formatDateSpan(span: DateSpan, lang: Lang): string {
  if (span.undated) return NO_DATE[lang]
  const { start, end, qualifier } = span
  let text: string
  if (end && end.precision === start.precision) {
    const era = start.year < ERA_BEFORE_YEAR || end.year < ERA_BEFORE_YEAR
    text =
      (!era && writtenRange(start, end, lang)) ||
      formatterFor(lang, start.precision, era).formatRange(startMsOf(start), startMsOf(end))
  } else if (end) {
    text = `${formatCalendarDate(start, lang)} – ${formatCalendarDate(end, lang)}`
  } else {
    text = formatCalendarDate(start, lang)
  }
  return normalizeSpaces(qualifier ? `${QUALIFIER_WORDS[lang][qualifier]} ${text}` : text)
}

/**
 * ICU versions differ in the spaces they put in dates (a thin space around a range's dash, a narrow no-break space
 * before "AM"): plain spaces instead, so the build (Node) and every browser write the same text, which the
 * prerendered page's hydration requires (src/app/prerender.tsx) and which the static event pages share.
 */
function normalizeSpaces(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/gu, ' ')
}

/**
 * A timeline axis label (useVisTimeline.ts's MINOR and MAJOR formats) from the tables above, so that drawing the
 * axis does not make the page's first ICU date format either; null for the rest (weekdays, years before 1000), which
 * ICU writes.
 */
export function writtenAxisLabel(ms: number, lang: Lang, options: Intl.DateTimeFormatOptions): string | null {
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  if (year < ERA_BEFORE_YEAR || options.era !== undefined || options.weekday !== undefined) return null
  const { year: y, month, day } = options
  if (y === 'numeric' && month === undefined && day === undefined) return String(year)
  if (y === undefined && month === 'short' && day === undefined) return monthName(date.getUTCMonth() + 1, lang, 'standalone')
  if (y === undefined && month === undefined && day === 'numeric') return String(date.getUTCDate())
  if (y === 'numeric' && month === 'long' && day === undefined)
    return writtenDate({ iso: '', year, month: date.getUTCMonth() + 1, precision: 'month' }, lang)
  return null
}
