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

/** "c.", "antes de", "vor"… */
export function qualifierWord(qualifier: NonNullable<DateSpan['qualifier']>, lang: Lang): string {
  return QUALIFIER_WORDS[lang][qualifier]
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(lang: Lang, precision: CalendarDate['precision']): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, OPTIONS[precision])
    formatters.set(key, formatter)
  }
  return formatter
}

/** "27 Feb 2025", "June 2020", "2020" in the UI language; always in UTC so the calendar day never moves. */
export function formatCalendarDate(date: CalendarDate, lang: Lang): string {
  return formatterFor(lang, date.precision).format(startMsOf(date))
}

/** A span with its precision and qualifier: "c. June 2020", "3–4 Feb 2025", "Feb 2025 – Mar 2025". */
export function formatDateSpan(span: DateSpan, lang: Lang): string {
  const { start, end, qualifier } = span
  let text: string
  if (end && end.precision === start.precision) {
    text = formatterFor(lang, start.precision).formatRange(startMsOf(start), startMsOf(end))
  } else if (end) {
    text = `${formatCalendarDate(start, lang)} – ${formatCalendarDate(end, lang)}`
  } else {
    text = formatCalendarDate(start, lang)
  }
  return qualifier ? `${QUALIFIER_WORDS[lang][qualifier]} ${text}` : text
}
