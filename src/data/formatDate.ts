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
 * Makes the language's date formats ahead of their first use. The first date format a page makes costs 40–80 ms in
 * Chromium on a 2-core machine (ICU loads its locale data once per page process; later ones take under 2 ms): made
 * while the page waits for its dataset and code (main.tsx, when the main thread is idle), that is not paid inside
 * the first render, where every row, item and card formats a date. Doing it twice costs nothing.
 */
export function prepareDateFormats(lang: Lang): void {
  for (const precision of ['day', 'month', 'year'] as const) formatterFor(lang, precision).format(0)
}

/** "27 Feb 2025", "June 2020", "2020" in the UI language; always in UTC so the calendar day never moves. */
export function formatCalendarDate(date: CalendarDate, lang: Lang): string {
  return normalizeSpaces(formatterFor(lang, date.precision, date.year < ERA_BEFORE_YEAR).format(startMsOf(date)))
}

/** A span with its precision and qualifier: "c. June 2020", "3–4 Feb 2025", "Feb 2025 – Mar 2025". */
export function formatDateSpan(span: DateSpan, lang: Lang): string {
  if (span.undated) return NO_DATE[lang]
  const { start, end, qualifier } = span
  let text: string
  if (end && end.precision === start.precision) {
    const era = start.year < ERA_BEFORE_YEAR || end.year < ERA_BEFORE_YEAR
    text = formatterFor(lang, start.precision, era).formatRange(startMsOf(start), startMsOf(end))
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
