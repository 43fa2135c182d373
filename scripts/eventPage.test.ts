// @vitest-environment jsdom
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EventRecord, Lang } from '../src/data/types'
import { validateDataset } from '../src/data/validateDataset'
import {
  appQuery,
  cardPath,
  eventPagePath,
  normalizeSiteUrl,
  PAGE_LANGS,
  renderEventPage,
  shorten,
  type Site,
} from './eventPage'
import { readDataDir } from './readDataDir'
import { renderRobots, renderSitemap } from './sitemap'
import { cardSvg, renderCardPng, type Basemap } from './socialCard'

// The real bundled dataset, read and validated as build-data does.
const { dataset } = validateDataset(readDataDir(resolve('data')).input)
const SITE_URL = 'https://news.example.org/frontera/'
const site: Site = {
  siteUrl: SITE_URL,
  stylesheet: 'assets/event-page-0123abcd.css',
  generated: '2026-12-01',
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}
function meta(document: Document, key: string): string | null | undefined {
  return document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')
}
function jsonLdOf(document: Document): Record<string, unknown> {
  const scripts = document.querySelectorAll('script')
  expect(scripts).toHaveLength(1)
  expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json')
  return JSON.parse(scripts[0]!.textContent) as Record<string, unknown>
}

describe('every event page of the bundled dataset', () => {
  it('has the dataset', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(40)
  })

  // One test per event, each with a generous timeout: parsing 3 pages is quick, but the machine may be busy.
  it.each(dataset.events.map((event) => [event.id, event] as const))(
    '%s: title, description, Open Graph, Twitter, canonical, hreflang and valid JSON-LD, in every language',
    (_id, event) => {
      for (const lang of PAGE_LANGS) {
        const where = `${event.id} (${lang})`
        const document = parse(renderEventPage(event, dataset, lang, site))
        const url = SITE_URL + eventPagePath(event.id, lang)
        const title = event.title[lang]
        expect(document.documentElement.lang, where).toBe(lang)
        expect(document.title, where).toBe(`${title} · Frontera`)
        const description = meta(document, 'description')
        expect(description, where).toBeTruthy()
        expect(description!.length, where).toBeLessThanOrEqual(160)
        expect(meta(document, 'og:title'), where).toBe(title)
        expect(meta(document, 'og:description'), where).toBe(description)
        expect(meta(document, 'og:url'), where).toBe(url)
        expect(meta(document, 'og:image'), where).toBe(SITE_URL + cardPath(event.id))
        expect(meta(document, 'og:type'), where).toBe('article')
        expect(meta(document, 'og:locale'), where).toMatch(new RegExp(`^${lang}_[A-Z]{2}$`, 'u'))
        expect(document.querySelectorAll('meta[property="og:locale:alternate"]'), where).toHaveLength(2)
        expect(meta(document, 'twitter:card'), where).toBe('summary_large_image')
        expect(meta(document, 'twitter:image'), where).toBe(SITE_URL + cardPath(event.id))
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), where).toBe(url)
        const alternates: Record<string, string | null> = {}
        for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]'))
          alternates[link.getAttribute('hreflang') ?? ''] = link.getAttribute('href')
        expect(alternates, where).toEqual({
          en: `${SITE_URL}events/${event.id}/`,
          es: `${SITE_URL}events/${event.id}/es/`,
          de: `${SITE_URL}events/${event.id}/de/`,
          'x-default': `${SITE_URL}events/${event.id}/`,
        })
        checkJsonLd(jsonLdOf(document), event, lang, url, where)
        checkBody(document, event, lang, where)
      }
    },
    60_000,
  )

  it('uses relative links only when SITE_URL is not set', () => {
    const event = dataset.events[0]!
    const document = parse(renderEventPage(event, dataset, 'es', { stylesheet: site.stylesheet }))
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `../../../events/${event.id}/es/`,
    )
    expect(meta(document, 'og:image')).toBe(`../../../events/${event.id}/card.png`)
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
      `../../../${site.stylesheet}`,
    )
    // Outside the article (whose sources are other sites), nothing names an absolute address.
    const absolute = [...document.querySelectorAll('[href], [content]')]
      .filter((element) => !element.closest('article'))
      .map((element) => element.getAttribute('href') ?? element.getAttribute('content') ?? '')
      .filter((value) => /^https?:/u.test(value))
    expect(absolute).toEqual([])
  })
})

function checkJsonLd(
  data: Record<string, unknown>,
  event: EventRecord,
  lang: Lang,
  url: string,
  where: string,
) {
  expect(data['@context'], where).toBe('https://schema.org')
  expect(data['@type'], where).toBe('NewsArticle')
  expect(data.headline, where).toBe(event.title[lang])
  expect(data.inLanguage, where).toBe(lang)
  expect(data.url, where).toBe(url)
  expect(data.image, where).toEqual([SITE_URL + cardPath(event.id)])
  expect(data.dateModified, where).toBe('2026-12-01')
  const about = data.about as Record<string, unknown>
  expect(about['@type'], where).toBe('Event')
  expect(about.startDate, where).toBe(event.when.start.iso)
  expect(about.endDate, where).toBe(event.when.end?.iso)
  expect(about.location, where).toHaveLength(event.places.length)
  const citation = data.citation as Record<string, unknown>[]
  expect(
    citation.map((source) => source['@type']),
    where,
  ).toEqual(event.sources.map(() => 'CreativeWork'))
  expect(
    citation.map((source) => source.url),
    where,
  ).toEqual(event.sources.map((source) => source.url))
  expect(
    citation.map((source) => source.name),
    where,
  ).toEqual(event.sources.map((source) => source.title))
}

function checkBody(document: Document, event: EventRecord, lang: Lang, where: string) {
  const article = document.querySelector(`article[data-event-id="${event.id}"]`)
  expect(article, where).not.toBeNull()
  expect(document.querySelector('h1')?.textContent, where).toBe(event.title[lang])
  expect(document.querySelector('time')?.getAttribute('datetime'), where).toBe(event.when.start.iso)
  expect(document.querySelector('.summary')?.textContent, where).toBe(event.summary[lang])
  expect(document.querySelector('.status-badge')?.className, where).toContain(`status-${event.claim.status}`)
  if (event.claim.note)
    expect(document.querySelector('.claim-note')?.textContent, where).toBe(event.claim.note[lang])
  const sources = [...document.querySelectorAll('ol.sources > li > a')]
  expect(
    sources.map((a) => a.getAttribute('href')),
    where,
  ).toEqual(event.sources.map((source) => source.url))
  for (const a of sources) expect(a.getAttribute('rel'), where).toBe('noopener noreferrer')
  expect(document.querySelectorAll('ul.corrections > li'), where).toHaveLength(event.corrections.length)
  const depth = lang === 'en' ? '../../' : '../../../'
  expect(document.querySelector('.open-app a')?.getAttribute('href'), where).toBe(
    depth + appQuery(event.id, lang),
  )
  // No inline style or script: the strict CSP holds.
  expect(
    document.querySelectorAll('style, [style], script:not([type="application/ld+json"])'),
    where,
  ).toHaveLength(0)
}

describe('the pages with hostile data', () => {
  const NASTY = '</script><script>alert(1)</script><img src=x onerror=alert(1)> "\' &amp;'
  const real = dataset.events[0]!
  const hostile: EventRecord = {
    ...real,
    title: { en: NASTY, es: NASTY, de: NASTY },
    summary: { en: NASTY, es: NASTY, de: NASTY },
    claim: { status: 'disputed', note: { en: NASTY, es: NASTY, de: NASTY } },
    places: real.places.map((place) => ({ ...place, name: { en: NASTY, es: NASTY, de: NASTY } })),
    sources: [
      { ...real.sources[0]!, title: NASTY, publisher: NASTY, url: 'javascript:alert(1)' },
      { ...real.sources[0]!, title: NASTY, publisher: NASTY, url: 'https://example.org/?q="><script>' },
    ],
    corrections: [
      {
        origin: 'seed',
        said: { en: NASTY, es: NASTY, de: NASTY },
        correct: { en: NASTY, es: NASTY, de: NASTY },
        sourceUrl: 'data:text/html,x',
      },
    ],
  }

  it('shows them as text, never as markup or a link to a non-http(s) URL', () => {
    const html = renderEventPage(hostile, dataset, 'en', site)
    const document = parse(html)
    expect(document.querySelector('h1')?.textContent).toBe(NASTY)
    expect(document.title).toBe(`${NASTY} · Frontera`)
    expect(meta(document, 'og:title')).toBe(NASTY)
    expect(document.querySelector('.claim-note')?.textContent).toBe(NASTY)
    expect(document.querySelectorAll('img, style')).toHaveLength(0)
    expect(document.querySelectorAll('script')).toHaveLength(1)
    expect(jsonLdOf(document).headline as string).toBe(NASTY)
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect(links.some((href) => /^(?:javascript|data):/iu.test(href))).toBe(false)
    expect(document.querySelectorAll('ol.sources > li > a')).toHaveLength(1)
    expect(document.querySelector('ol.sources > li > a')?.getAttribute('href')).toBe(
      'https://example.org/?q="><script>',
    )
    for (const element of document.querySelectorAll('*'))
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([])
  })
})

describe('site settings', () => {
  it('normalizes SITE_URL and refuses anything but an http(s) base', () => {
    expect(normalizeSiteUrl(undefined)).toBeUndefined()
    expect(normalizeSiteUrl(' ')).toBeUndefined()
    expect(normalizeSiteUrl('https://example.org')).toBe('https://example.org/')
    expect(normalizeSiteUrl('https://example.org/frontera')).toBe('https://example.org/frontera/')
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow(/SITE_URL/)
    expect(() => normalizeSiteUrl('example.org')).toThrow(/SITE_URL/)
    expect(() => normalizeSiteUrl('https://example.org/?x=1')).toThrow(/query/)
  })

  it('refuses an event id that could leave the events folder', () => {
    expect(() => eventPagePath('../../etc', 'en')).toThrow(/unsafe/)
    expect(eventPagePath('a-1', 'de')).toBe('events/a-1/de/')
  })

  it('shortens descriptions at a word', () => {
    expect(shorten('short')).toBe('short')
    const long = shorten('word '.repeat(100))
    expect(long.length).toBeLessThanOrEqual(160)
    expect(long.endsWith('word…')).toBe(true)
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists the app and every event page in every language, with its alternates', () => {
    const xml = renderSitemap(dataset.events, SITE_URL, '2026-12-01')
    const document = new DOMParser().parseFromString(xml, 'application/xml')
    expect(document.querySelector('parsererror')).toBeNull()
    const urls = [...document.getElementsByTagName('url')]
    expect(urls).toHaveLength(1 + dataset.events.length * PAGE_LANGS.length)
    expect(urls[0]!.getElementsByTagName('loc')[0]?.textContent).toBe(SITE_URL)
    const locs = new Set(urls.map((url) => url.getElementsByTagName('loc')[0]?.textContent))
    for (const event of dataset.events)
      for (const lang of PAGE_LANGS) expect(locs.has(SITE_URL + eventPagePath(event.id, lang))).toBe(true)
    for (const url of urls.slice(1)) {
      const links = url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')
      expect([...links].map((link) => link.getAttribute('hreflang'))).toEqual(['en', 'es', 'de', 'x-default'])
      expect(url.getElementsByTagName('lastmod')[0]?.textContent).toBe('2026-12-01')
    }
  })

  it('robots.txt names the sitemap when the site address is known', () => {
    expect(renderRobots(SITE_URL)).toContain(`Sitemap: ${SITE_URL}sitemap.xml`)
    expect(renderRobots(undefined)).not.toContain('Sitemap:')
    expect(renderRobots(undefined)).toContain('User-agent: *')
  })
})

describe('the social card', () => {
  // A one-square basemap: the real one is built by `npm run build-basemap`, which runs after the unit tests.
  const basemap: Basemap = {
    features: [
      {
        properties: { kind: 'country' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-120, 15],
              [-85, 15],
              [-85, 45],
              [-120, 45],
              [-120, 15],
            ],
          ],
        },
      },
    ],
  }

  it('is a 1200×630 PNG drawn from the basemap with a marker for every place', () => {
    const event = dataset.events.find((candidate) => candidate.places.length > 1) ?? dataset.events[0]!
    const svg = cardSvg(event, basemap)
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(document.querySelector('parsererror')).toBeNull()
    expect(document.documentElement.getAttribute('width')).toBe('1200')
    expect(document.documentElement.getAttribute('height')).toBe('630')
    expect(document.querySelectorAll('g')).toHaveLength(event.places.length)
    expect(document.querySelectorAll('text, script')).toHaveLength(0)
    const png = renderCardPng(svg)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(630)
  })
})
