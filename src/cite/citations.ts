/**
 * Citations of one event page in Frontera, as text segments (some italic) in APA 7, MLA 9 and Chicago 17
 * (bibliography) style. Frontera is both the author and the site; the page has no publication date, so APA writes
 * "n.d." and every style gives the date accessed. Pure: the page URL and the day are passed in.
 */
import type { Lang } from '../data/types'

export const PUBLISHER = 'Frontera'

/** A run of citation text; `italic` marks a title that the style sets in italics. */
export type Segment = { text: string; italic?: true }
export type Citation = readonly Segment[]
export type CitationStyle = 'apa' | 'mla' | 'chicago'
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago']

/** A calendar day in the reader's time zone: the day they looked at the page. */
export type Day = { year: number; month: number; day: number }

export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }
}

/**
 * The stable link to an event: the current page's address with only `?event=<id>` (and `lang` when it is not
 * English), so filters, windows and views never leak into a citation.
 */
export function permalink(pageHref: string, eventId: string, lang: Lang, dataset?: string): string {
  const url = new URL(pageHref)
  url.search = ''
  url.hash = ''
  // A published dataset's event (?dataset=<name>) is only found in that dataset.
  if (dataset) url.searchParams.set('dataset', dataset)
  url.searchParams.set('event', eventId)
  if (lang !== 'en') url.searchParams.set('lang', lang)
  return url.toString()
}

const WORDS: Record<
  Lang,
  { noDate: string; retrieved: (date: string, url: string) => string; accessed: string }
> = {
  en: { noDate: 'n.d.', retrieved: (date, url) => `Retrieved ${date}, from ${url}`, accessed: 'Accessed' },
  es: {
    noDate: 's. f.',
    retrieved: (date, url) => `Recuperado el ${date}, de ${url}`,
    accessed: 'Consultado el',
  },
  de: {
    noDate: 'o. J.',
    retrieved: (date, url) => `Abgerufen am ${date}, von ${url}`,
    accessed: 'Zugriff am',
  },
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** MLA 9 abbreviates months longer than four letters ("Sept.", but "June" and "July"). */
const MONTHS_MLA = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
]
const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
]

/** "March 5, 2026" (APA, Chicago), "5 Mar. 2026" (MLA), "5 de marzo de 2026", "5. März 2026". */
function formatDay(day: Day, lang: Lang, style: CitationStyle): string {
  const index = day.month - 1
  if (lang === 'es') return `${day.day} de ${MONTHS_ES[index] ?? ''} de ${day.year}`
  if (lang === 'de') return `${day.day}. ${MONTHS_DE[index] ?? ''} ${day.year}`
  if (style === 'mla') return `${day.day} ${MONTHS_MLA[index] ?? ''} ${day.year}`
  return `${MONTHS_EN[index] ?? ''} ${day.day}, ${day.year}`
}

/** Ends a title with a full stop unless it already ends with punctuation (". ", "? ", "! "). */
function closed(title: string): string {
  return /[.?!]$/u.test(title) ? title : `${title}.`
}

/** Puts the sentence's full stop or comma inside the closing quotation mark, as MLA and Chicago do. */
function quoted(title: string, closing: '.' | ','): string {
  return /[.?!]$/u.test(title) ? `“${title}”` : `“${title}${closing}”`
}

export type CitationInput = { title: string; url: string; accessed: Day; lang: Lang }

/** One citation of the event page in the given style. */
export function citeEvent(style: CitationStyle, { title, url, accessed, lang }: CitationInput): Citation {
  const words = WORDS[lang]
  const clean = title.trim()
  switch (style) {
    case 'apa':
      // Group author = site name, so the site name is left out; a retrieval date because the page can change.
      return [
        { text: `${PUBLISHER}. (${words.noDate}). ` },
        { text: closed(clean), italic: true },
        { text: ` ${words.retrieved(formatDay(accessed, lang, 'apa'), url)}` },
      ]
    case 'mla':
      // Author and publisher are the same organisation: MLA starts with the title.
      return [
        { text: `${quoted(clean, '.')} ` },
        { text: PUBLISHER, italic: true },
        { text: `, ${url}. ${words.accessed} ${formatDay(accessed, lang, 'mla')}.` },
      ]
    case 'chicago':
      return [
        {
          text: `${PUBLISHER}. ${quoted(clean, '.')} ${words.accessed} ${formatDay(accessed, lang, 'chicago')}. ${url}.`,
        },
      ]
  }
}

/** The citation as plain text, for the clipboard. */
export function citationText(citation: Citation): string {
  return citation.map((segment) => segment.text).join('')
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * The citation as an HTML fragment for the clipboard's text/html flavour, so word processors keep the italics. Every
 * character of the text is escaped; it is never inserted into this page.
 */
export function citationHtml(citation: Citation): string {
  return citation
    .map((segment) => {
      const text = segment.text.replace(/[&<>"']/gu, (character) => HTML_ESCAPES[character] ?? character)
      return segment.italic ? `<i>${text}</i>` : text
    })
    .join('')
}
