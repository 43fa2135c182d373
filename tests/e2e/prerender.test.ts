/**
 * The content in the first HTML (issue 14, scripts/prerender.ts): the chronology readable with JavaScript off, the
 * explorer readable before its scripts run, taken over by the app without new list nodes and without layout shift,
 * and neither the explorer's code nor its content in an embed.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { eventPagePath } from '../../scripts/eventPage'
import { formatDateSpan } from '../../src/data/formatDate'
import { ALL_MESSAGES } from '../../src/i18n/allMessages'
import { builtDataset } from './fixtures'
import { openPage, PRERENDERED_ROOT } from './harness'
import { browserSuite } from './suite'

const suite = browserSuite()
/** Per test, and for waits: generous, because the machine running the tests may be busy. */
const LONG = 240_000
const dataset = builtDataset()

/** Layout shifts (CLS) as the page reports them, from its first paint: installed before any page script. */
const RECORD_LAYOUT_SHIFTS = `window.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`

describe('the prerendered page', () => {
  it(
    'shows the whole chronology with JavaScript off: dates, titles, claim status, summaries and source links',
    async () => {
      const context = await suite.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
      })
      const page = await context.newPage()
      const origin = new URL(suite.served.url).origin
      const requests: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      try {
        const response = await page.goto(suite.served.url)
        expect(response?.status()).toBe(200)
        // The explorer, which needs its scripts, is hidden; the chronology is shown instead.
        expect(await page.locator('#root').isVisible()).toBe(false)
        const items = page.locator('.static-chronology-events > li')
        const shown = await items.evaluateAll((elements) =>
          elements.map((item) => ({
            id: item.getAttribute('data-event-id'),
            title: item.querySelector('h3')?.textContent,
            date: item.querySelector('time')?.textContent,
            status: item.querySelector('.status-badge')?.textContent,
            paragraphs: [...item.querySelectorAll('p')].map((p) => p.textContent),
            sources: [...item.querySelectorAll('.static-chronology-sources a')].map((a) =>
              a.getAttribute('href'),
            ),
          })),
        )
        expect(shown.map((item) => item.id)).toEqual(dataset.events.map((event) => event.id))
        for (const [index, event] of dataset.events.entries()) {
          const item = shown[index]!
          expect(item.title).toBe(event.title.en)
          expect(item.date).toBe(formatDateSpan(event.when, 'en'))
          expect(item.status).toContain(ALL_MESSAGES.en.status[event.claim.status])
          expect(item.paragraphs).toContain(event.summary.en)
          expect(item.sources).toEqual(event.sources.map((source) => source.url))
        }
        expect(await items.first().locator('h3').isVisible()).toBe(true)
        expect(await items.first().locator('.static-chronology-sources a').first().isVisible()).toBe(true)
        // Each event's own page, which works without scripts too (tests/e2e/eventPages.test.ts).
        const event = dataset.events[0]!
        await items.first().getByRole('link', { name: 'Event page' }).click()
        await page.waitForURL(`**/${eventPagePath(event.id, 'en')}`, { timeout: LONG })
        expect(await page.locator('h1').textContent()).toBe(event.title.en)
        expect(await page.locator('ol.sources > li > a').first().getAttribute('href')).toBe(
          event.sources[0]!.url,
        )
        expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
      } finally {
        await context.close()
      }
    },
    LONG,
  )

  it(
    'is readable before the scripts run, and the app takes over the same nodes without a layout shift',
    async () => {
      // The entry script is held back until the prerendered page has been looked at.
      const { page, release, loading } = await openHeldBack(1280, '')
      await page.waitForSelector('#root[data-prerendered] .event-list .event-row')
      expect(await page.locator(PRERENDERED_ROOT).count()).toBe(1)
      const before = await prerenderedRows(page)
      // Every event is there, in order, and the first rows are on screen.
      expect(before.ids).toEqual(dataset.events.map((event) => event.id))
      expect(before.firstVisible).toBe(true)
      expect(await page.locator('.intro-card h2').isVisible()).toBe(true)
      release()
      await loading
      await page.waitForSelector('.event-list.is-placed')
      await page.waitForSelector('.leaflet-container .leaflet-marker-icon')
      await page.waitForSelector('.timeline-canvas .vis-item')
      const after = await page.evaluate<{
        same: boolean[]
        header: boolean
        intro: boolean
        redrawn: string | null
        shift: number
      }>(`(() => {
        const rows = [...document.querySelectorAll('.event-list .event-row')]
        return {
          same: rows.map((row) => window.__prerenderedRows.includes(row)),
          header: document.querySelector('.app-header') === window.__prerenderedHeader,
          intro: document.querySelector('.intro-card') === window.__prerenderedIntro,
          redrawn: document.documentElement.dataset.hydration ?? null,
          shift: window.__layoutShift,
        }
      })()`)
      expect(after.redrawn).toBeNull()
      // The rows on screen now are the very nodes of the prerendered page (the rest were let go by the list's
      // virtualisation, which keeps one screenful).
      expect(after.same.length).toBeGreaterThan(5)
      expect(after.same.every(Boolean)).toBe(true)
      expect(after.header).toBe(true)
      expect(after.intro).toBe(true)
      expect(after.shift).toBeLessThanOrEqual(0.05)
      // And the app answers on them: a click on a prerendered row selects its event.
      const first = dataset.events[0]!
      await page.locator(`.event-row[data-event-id="${first.id}"]`).click()
      await page.waitForSelector(`.event-row[data-event-id="${first.id}"][aria-selected="true"]`)
      expect(await page.locator('#detail-region h2').first().textContent()).toBe(first.title.en)
    },
    LONG,
  )

  it(
    "names no script or data in its HTML: the prelude starts them, and the page's preloads are the ones used",
    async () => {
      const html = await (await fetch(suite.served.url)).text()
      expect(html).not.toMatch(/<script type="module"|rel="modulepreload"|rel="preload"/u)
      const page = await suite.open('')
      await page.waitForSelector('#root:not([data-prerendered]) .event-list.is-placed')
      await page.waitForSelector('.timeline-canvas .vis-item')
      const asked = await page.evaluate<{
        entry: string
        data: number
        entries: number
        preloaded: string[]
      }>(`(() => {
        const entry = document.querySelector('script[type="module"]').src
        const names = performance.getEntriesByType('resource').map((resource) => resource.name)
        return {
          entry: new URL(entry).pathname,
          entries: names.filter((name) => name === entry).length,
          data: names.filter((name) => new URL(name).pathname === '/data/frontera.json').length,
          preloaded: [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map(
            (link) => new URL(link.href).pathname,
          ),
        }
      })()`)
      expect(asked.entry).toMatch(/^\/assets\/index-[^/]+\.js$/u)
      expect(asked.preloaded).toEqual(expect.arrayContaining([asked.entry, '/data/frontera.json']))
      // Each downloaded once: the preload's request is the one the module script and main.tsx's fetch used.
      expect(asked.entries).toBe(1)
      expect(asked.data).toBe(1)
    },
    LONG,
  )

  it.each([
    ['a phone', 375, '.layout-phone'],
    ['a tablet', 768, '.layout-explore'],
  ])(
    'on %s (%i px) shows the list first, offers no control that does nothing yet, and its layout does not shift',
    async (_name, width, layout) => {
      const { page, release, loading } = await openHeldBack(width, '')
      await page.waitForSelector('#root[data-prerendered] .event-list .event-row')
      // The chronology is readable; the view tabs (which would say "Map" over the list) are not offered yet, nor on a
      // phone the desktop's tools.
      expect(await page.locator('.event-list .event-row').first().isVisible()).toBe(true)
      expect(await page.locator('.map-panel').isVisible()).toBe(false)
      expect(await page.locator('.view-tabs').isVisible()).toBe(false)
      expect(await page.locator('.header-tools').isVisible()).toBe(width > 640)
      release()
      await loading
      await page.waitForSelector(`${layout} .leaflet-container .leaflet-marker-icon`)
      await page.waitForSelector(`${layout} .timeline-canvas .vis-item`)
      expect(await page.locator(`${layout} .view-tabs`).isVisible()).toBe(true)
      expect(await page.evaluate('document.documentElement.dataset.hydration ?? null')).toBeNull()
      expect(await page.evaluate('window.__layoutShift')).toBeLessThanOrEqual(0.05)
    },
    LONG,
  )

  it.each([
    ['es', 'Cargando los datos…'],
    ['de', 'Daten werden geladen …'],
  ])(
    'never shows the English page first to a link in another language (%s)',
    async (lang, loadingLine) => {
      const { page, release, loading } = await openHeldBack(1280, `?lang=${lang}`)
      await page.waitForSelector('#root[data-prerendered] .event-list .event-row', { state: 'attached' })
      // Before any of the app's code has run: no English on screen, the loading line in the reader's language.
      const before = await page.evaluate<{ lang: string | null; visibleText: string; line: string }>(`(() => {
        const root = document.getElementById('root')
        return {
          lang: document.documentElement.getAttribute('lang'),
          visibleText: root.innerText.trim(),
          line: getComputedStyle(root, '::before').content,
        }
      })()`)
      expect(before.lang).toBe(lang)
      expect(before.visibleText).toBe('')
      expect(before.line).toBe(JSON.stringify(loadingLine))
      expect(await page.locator('.layout-explore').isVisible()).toBe(false)
      release()
      await loading
      // The app's page, in the language, replaces it.
      await page.waitForSelector('#root:not([data-prerendered]) .layout-explore .event-list .event-row')
      expect(await page.locator('.layout-explore').isVisible()).toBe(true)
      const first = dataset.events[0]!
      expect(await page.locator(`.event-row[data-event-id="${first.id}"]`).first().textContent()).toContain(
        first.title[lang as 'es' | 'de'],
      )
      expect(
        await page.evaluate(`getComputedStyle(document.getElementById('root'), '::before').content`),
      ).toBe('none')
    },
    LONG,
  )

  it(
    'is drawn afresh for a link to another state; an embed loads neither the explorer nor its code, and embed.html has neither',
    async () => {
      const event = dataset.events[5]!
      const linked = await suite.open(`?event=${event.id}&lang=es`)
      await linked.waitForSelector(`.event-row[data-event-id="${event.id}"][aria-selected="true"]`)
      expect(await linked.locator('#detail-region h2').first().textContent()).toBe(event.title.es)
      expect(await linked.locator('html').getAttribute('lang')).toBe('es')

      const watched = await openPage(suite.browser, suite.served.url, { width: 600, height: 500 })
      suite.watched.push(watched)
      const requested: string[] = []
      watched.page.on('request', (request) => requested.push(new URL(request.url()).pathname))
      await watched.page.goto(`${suite.served.url}?embed=1&view=map`)
      await watched.page.waitForSelector('.embed .leaflet-container')
      expect(await watched.page.locator('.layout-explore').count()).toBe(0)
      // index.html links the explorer's stylesheets for its first paint (3 kB gzip); the explorer's code stays out.
      expect(requested.filter((path) => /\/assets\/App-[^/]*\.js$/u.test(path))).toEqual([])
      // The page the embed code names (embed.html) carries neither the explorer's render nor the chronology.
      const embedPage = await watched.page.request.get(`${suite.served.url}embed.html`)
      expect(embedPage.status()).toBe(200)
      const embedHtml = await embedPage.text()
      expect(embedHtml).not.toContain('data-prerendered')
      expect(embedHtml).not.toContain('static-chronology')
      expect(embedHtml).not.toContain('prelude-')
      expect(embedHtml).not.toMatch(/assets\/App-[^"]*\.css/u)
      expect(embedHtml.length).toBeLessThan(4000)
    },
    LONG,
  )
})

/**
 * Opens the app's page with its entry script held back until `release()`, recording layout shifts from the first
 * paint: the prerendered page can be looked at before any of the app's code runs. `loading` resolves once the app has
 * started (harness.ts).
 */
async function openHeldBack(
  width: number,
  search: string,
): Promise<{ page: Page; release: () => void; loading: Promise<unknown> }> {
  const watched = await openPage(suite.browser, suite.served.url, { width, height: 800 })
  suite.watched.push(watched)
  const { page } = watched
  await page.addInitScript(RECORD_LAYOUT_SHIFTS)
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/index-[^/]*\.js$/u, async (route) => {
    await held
    await route.continue()
  })
  return { page, release, loading: page.goto(`${suite.served.url}${search}`) }
}

/** The prerendered rows, kept in the page for comparison once the app has started. */
async function prerenderedRows(page: Page): Promise<{ ids: string[]; firstVisible: boolean }> {
  return page.evaluate<{ ids: string[]; firstVisible: boolean }>(`(() => {
    window.__prerenderedRows = [...document.querySelectorAll('.event-list .event-row')]
    window.__prerenderedHeader = document.querySelector('.app-header')
    window.__prerenderedIntro = document.querySelector('.intro-card')
    const first = window.__prerenderedRows[0].getBoundingClientRect()
    return {
      ids: window.__prerenderedRows.map((row) => row.dataset.eventId),
      firstVisible: first.height > 0 && first.top >= 0 && first.bottom <= window.innerHeight,
    }
  })()`)
}
