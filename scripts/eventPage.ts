/**
 * The static page of one event in one language, as HTML (pure: no file system). Written by scripts/eventPages.ts
 * for every event and language at build time, so that a link to an event unfurls in chats and social networks,
 * search engines see its content, and a reader without JavaScript can read it and follow its sources.
 *
 * Where the pages live (paths relative to the site root, i.e. SITE_URL or the folder of index.html):
 *   events/<id>/            English (the default, and x-default)
 *   events/<id>/es/         Spanish
 *   events/<id>/de/         German
 *   events/<id>/card.png    the social card (1200×630), one per event, the same in every language
 * Links between the site's own files are relative, so the pages work from any folder; canonical, og:url, og:image,
 * hreflang and the JSON-LD URLs are absolute when the build sets SITE_URL (social networks need that).
 *
 * Every string from the dataset goes through the escaping builder of scripts/html.ts as text; source links are
 * written only for http(s) URLs.
 */
import { formatCalendarDate, formatDateSpan } from '../src/data/formatDate'
import { parseCalendarDate } from '../src/data/calendarDate'
import { DEFAULT_PAGE_LANG, eventPagePath } from '../src/data/eventPagePath'
import { placeNames } from '../src/data/localize'
import { relatedEvents } from '../src/data/queries'
import { LANGS } from '../src/data/schema'
import type { Dataset, EventRecord, Lang } from '../src/data/types'
import { ALL_MESSAGES } from '../src/i18n/allMessages'
import type { Messages } from '../src/i18n/messages'
import { categoryStyle, SHAPES } from '../src/ui/categoryStyle'
import { STATUS_MARK } from '../src/ui/statusMark'
import { h, isWebUrl, jsonLd, renderDocument, type Child, type Element } from './html'

export { eventPagePath }
export const DEFAULT_LANG: Lang = DEFAULT_PAGE_LANG
export const PAGE_LANGS: readonly Lang[] = LANGS
export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630
const SITE_NAME = 'Frontera'
const DESCRIPTION_MAX = 160
const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_MX', de: 'de_DE' }
export type Site = {
  /** Absolute base URL of the deployed site, ending in "/" (SITE_URL); undefined: relative links only. */
  siteUrl?: string | undefined
  /** The stylesheet's path from the site root, e.g. "assets/event-page-1a2b3c4d.css". */
  stylesheet: string
  /** The dataset's date (YYYY-MM-DD), used as the pages' dateModified. */
  generated?: string | undefined
}

/** The pages' icon (a blue dot), so browsers do not ask for a missing /favicon.ico. */
export const ICON_PATH = 'events/icon.svg'
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="${SHAPES.circle}" fill="#0b5cad"/></svg>\n`

export function cardPath(id: string): string {
  return `${eventPagePath(id, DEFAULT_LANG)}card.png`
}

/** The app on this event: "?event=<id>" (plus "&lang=…" but for English, as the app writes its own links). */
export function appQuery(id: string, lang: Lang): string {
  const params = new URLSearchParams({ event: id })
  if (lang !== DEFAULT_LANG) params.set('lang', lang)
  return `?${params.toString()}`
}

/** SITE_URL as given, checked (http(s), no query or fragment) and ending in "/"; undefined when unset or empty. */
export function normalizeSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (!isWebUrl(trimmed))
    throw new Error(`SITE_URL must be an absolute http(s) URL, not ${JSON.stringify(value)}`)
  const url = new URL(trimmed)
  if (url.search || url.hash)
    throw new Error(`SITE_URL must not have a query or fragment: ${JSON.stringify(value)}`)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/** "A summary that is cut at a word…" of at most `max` characters. */
export function shorten(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`
}

export function renderEventPage(event: EventRecord, dataset: Dataset, lang: Lang, site: Site): string {
  const messages = ALL_MESSAGES[lang]
  const pagePath = eventPagePath(event.id, lang)
  const up = '../'.repeat(pagePath.split('/').filter(Boolean).length)
  /** A link to a file of the site from this page: relative, always. */
  const local = (path: string) => `${up}${path}`
  /** A URL for other sites (canonical, Open Graph): absolute with SITE_URL, else relative. */
  const external = (path: string) => (site.siteUrl ? `${site.siteUrl}${path}` : local(path))
  const category = dataset.categories.find((c) => c.id === event.category)
  const categoryLabel = category?.label[lang] ?? event.category
  const title = event.title[lang]
  const description = shorten(event.summary[lang])
  const url = external(pagePath)
  const image = external(cardPath(event.id))
  const imageAlt = messages.eventPage.cardAlt(categoryLabel, shorten(placeNames(event.places, lang), 100))

  const head = h(
    'head',
    {},
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, `${title} · ${SITE_NAME}`),
    h('meta', { name: 'description', content: description }),
    h('meta', { name: 'referrer', content: 'strict-origin-when-cross-origin' }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('link', { rel: 'icon', type: 'image/svg+xml', href: local(ICON_PATH) }),
    h('link', { rel: 'canonical', href: url }),
    PAGE_LANGS.map((other) =>
      h('link', { rel: 'alternate', hreflang: other, href: external(eventPagePath(event.id, other)) }),
    ),
    h('link', {
      rel: 'alternate',
      hreflang: 'x-default',
      href: external(eventPagePath(event.id, DEFAULT_LANG)),
    }),
    h('link', { rel: 'stylesheet', href: local(site.stylesheet) }),
    h('meta', { property: 'og:type', content: 'article' }),
    h('meta', { property: 'og:site_name', content: SITE_NAME }),
    h('meta', { property: 'og:title', content: title }),
    h('meta', { property: 'og:description', content: description }),
    h('meta', { property: 'og:url', content: url }),
    h('meta', { property: 'og:image', content: image }),
    h('meta', { property: 'og:image:type', content: 'image/png' }),
    h('meta', { property: 'og:image:width', content: CARD_WIDTH }),
    h('meta', { property: 'og:image:height', content: CARD_HEIGHT }),
    h('meta', { property: 'og:image:alt', content: imageAlt }),
    h('meta', { property: 'og:locale', content: OG_LOCALE[lang] }),
    PAGE_LANGS.filter((other) => other !== lang).map((other) =>
      h('meta', { property: 'og:locale:alternate', content: OG_LOCALE[other] }),
    ),
    h('meta', { property: 'article:section', content: categoryLabel }),
    h('meta', { name: 'twitter:card', content: 'summary_large_image' }),
    h('meta', { name: 'twitter:title', content: title }),
    h('meta', { name: 'twitter:description', content: description }),
    h('meta', { name: 'twitter:image', content: image }),
    h('meta', { name: 'twitter:image:alt', content: imageAlt }),
    jsonLd(structuredData(event, lang, { url, image, categoryLabel, description, site, external })),
  )

  const body = h(
    'body',
    {},
    h(
      'header',
      { class: 'site-header' },
      h(
        'p',
        { class: 'site-name' },
        h('a', { href: local('') }, SITE_NAME),
        ' ',
        h('span', { class: 'tagline' }, messages.appTagline),
      ),
      languageNav(event.id, lang, messages, local),
    ),
    h('main', { id: 'main' }, eventArticle(event, dataset, lang, messages, { categoryLabel, local })),
    h(
      'footer',
      { class: 'site-footer' },
      h(
        'p',
        {},
        messages.eventPage.aboutPage,
        ' ',
        h('a', { href: local('') }, messages.eventPage.allEvents),
      ),
    ),
  )

  return renderDocument(h('html', { lang, dir: 'ltr' }, head, body))
}

function languageNav(id: string, lang: Lang, messages: Messages, local: (path: string) => string): Element {
  return h(
    'nav',
    { class: 'languages', 'aria-label': messages.eventPage.otherLanguages },
    h(
      'ul',
      {},
      PAGE_LANGS.map((other) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: local(eventPagePath(id, other)),
              lang: other,
              hreflang: other,
              'aria-current': other === lang ? 'page' : null,
            },
            messages.eventPage.languageNames[other],
          ),
        ),
      ),
    ),
  )
}

function eventArticle(
  event: EventRecord,
  dataset: Dataset,
  lang: Lang,
  messages: Messages,
  { categoryLabel, local }: { categoryLabel: string; local: (path: string) => string },
): Element {
  const byId = new Map(dataset.events.map((other) => [other.id, other]))
  const related = relatedEvents(event, byId, dataset.events)
  const actorName = new Map(dataset.actors.map((actor) => [actor.id, actor.name[lang]]))
  const style = categoryStyle(event.category)
  return h(
    'article',
    { class: 'event', 'data-event-id': event.id, 'aria-labelledby': 'event-title' },
    h(
      'p',
      { class: 'kicker' },
      h(
        'svg',
        {
          class: 'category-icon',
          width: 18,
          height: 18,
          viewBox: '0 0 16 16',
          'aria-hidden': 'true',
          focusable: 'false',
        },
        h('path', { d: SHAPES[style.shape], fill: style.color, stroke: '#fff', 'stroke-width': 1 }),
      ),
      ' ',
      h('span', { class: 'visually-hidden' }, `${messages.eventPage.category}: `),
      categoryLabel,
    ),
    h('h1', { id: 'event-title' }, event.title[lang]),
    h(
      'p',
      { class: 'date' },
      h('time', { datetime: event.when.start.iso }, formatDateSpan(event.when, lang)),
    ),
    h(
      'div',
      { class: 'claim' },
      h('p', {}, claimBadge(event, messages)),
      event.claim.note ? h('p', { class: 'claim-note' }, event.claim.note[lang]) : null,
    ),
    h('p', { class: 'summary' }, event.summary[lang]),
    h(
      'p',
      { class: 'open-app' },
      h('a', { href: local(appQuery(event.id, lang)), class: 'button' }, messages.eventPage.openInApp),
    ),
    section(
      'places',
      messages.places,
      h(
        'ul',
        {},
        event.places.map((place) =>
          h(
            'li',
            {},
            place.name[lang],
            ' ',
            h(
              'span',
              { class: 'muted' },
              `(${messages.role[place.role]}, ${messages.precision[place.precision]})`,
            ),
            place.note ? h('span', { class: 'muted' }, ` — ${place.note[lang]}`) : null,
          ),
        ),
      ),
    ),
    event.actors.length > 0
      ? section(
          'actors',
          messages.actors,
          h('p', {}, event.actors.map((id) => actorName.get(id) ?? id).join(', ')),
        )
      : null,
    section(
      'sources',
      messages.sources,
      h(
        'ol',
        { class: 'sources' },
        event.sources.map((source) =>
          h(
            'li',
            {},
            sourceLink(source.url, source.title),
            h(
              'span',
              { class: 'muted' },
              ` — ${source.publisher}, ${sourceDate(source.published, lang, messages)} · ${messages.sourceKind[source.kind]} · ${source.language.toUpperCase()}`,
            ),
            // The address, printed: a reader of paper can still find the source.
            h('span', { class: 'print-url' }, ` ${source.url}`),
          ),
        ),
      ),
    ),
    event.corrections.length > 0
      ? section(
          'corrections',
          messages.corrections,
          h(
            'ul',
            { class: 'corrections' },
            event.corrections.map((correction) =>
              h(
                'li',
                {},
                h(
                  'p',
                  {},
                  h('strong', {}, messages.said),
                  ` (${correction.origin === 'seed' ? messages.fromSeed : messages.fromReporting}): `,
                  h('s', {}, correction.said[lang]),
                ),
                h(
                  'p',
                  {},
                  h('strong', {}, `${messages.correct}:`),
                  ` ${correction.correct[lang]} `,
                  sourceLink(correction.sourceUrl, `[${messages.sources}]`),
                ),
              ),
            ),
          ),
        )
      : null,
    related.length > 0
      ? section(
          'related',
          messages.related,
          h(
            'ul',
            {},
            related.map(({ type, direction, event: other }) =>
              h(
                'li',
                {},
                `${messages.relation[type as keyof Messages['relation']][direction]}: `,
                h('a', { href: local(eventPagePath(other.id, lang)) }, other.title[lang]),
                ' ',
                h('span', { class: 'muted' }, `(${formatDateSpan(other.when, lang)})`),
              ),
            ),
          ),
        )
      : null,
  )
}

function section(id: string, heading: string, ...content: Child[]): Element {
  return h(
    'section',
    { 'aria-labelledby': `heading-${id}` },
    h('h2', { id: `heading-${id}` }, heading),
    ...content,
  )
}

/** The claim status as a badge: its mark and word, and "Status:" for screen readers (also scripts/chronology.ts). */
export function claimBadge(event: EventRecord, messages: Messages): Child[] {
  return [
    h('span', { class: 'visually-hidden' }, `${messages.claimStatus}: `),
    h(
      'span',
      { class: `status-badge status-${event.claim.status}` },
      h('span', { 'aria-hidden': 'true' }, `${STATUS_MARK[event.claim.status]} `),
      messages.status[event.claim.status],
    ),
  ]
}

/** A source as a real link when its URL is http(s) (the schema insists), else as plain text. */
export function sourceLink(href: string, text: string): Element {
  return isWebUrl(href) ? h('a', { href, rel: 'noopener noreferrer' }, text) : h('span', {}, text)
}

export function sourceDate(published: string | undefined, lang: Lang, messages: Messages): string {
  const date = published === undefined ? null : parseCalendarDate(published)
  return date ? `${messages.published} ${formatCalendarDate(date, lang)}` : messages.undated
}

/**
 * schema.org data: the page is a NewsArticle about an Event; the event's sources are its citations. Dates keep the
 * dataset's precision ("2025-02" stays a month: ISO 8601 allows reduced precision).
 */
function structuredData(
  event: EventRecord,
  lang: Lang,
  {
    url,
    image,
    categoryLabel,
    description,
    site,
    external,
  }: {
    url: string
    image: string
    categoryLabel: string
    description: string
    site: Site
    external: (path: string) => string
  },
): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: SITE_NAME, url: external('') }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: event.title[lang],
    description,
    articleBody: event.summary[lang],
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
    image: [image],
    articleSection: categoryLabel,
    ...(site.generated ? { dateModified: site.generated } : {}),
    author: publisher,
    publisher,
    isAccessibleForFree: true,
    about: {
      '@type': 'Event',
      name: event.title[lang],
      description: event.summary[lang],
      startDate: event.when.start.iso,
      ...(event.when.end ? { endDate: event.when.end.iso } : {}),
      location: event.places.map((place) => ({
        '@type': 'Place',
        name: place.name[lang],
        geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
      })),
    },
    citation: event.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
      inLanguage: source.language,
      ...(source.published ? { datePublished: source.published } : {}),
    })),
  }
}
