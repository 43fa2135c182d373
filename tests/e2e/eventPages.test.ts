/**
 * The static event pages (scripts/eventPages.ts) in the production build, served with the production headers:
 * readable with JavaScript off, no request outside the origin, no CSP violation, axe-clean, and their link into the
 * app opens the app on the event.
 */
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appQuery, eventPagePath, PAGE_LANGS } from '../../scripts/eventPage'
import { builtDataset } from './fixtures'
import { openPage, type Watched, WAIT_LIMIT_MS } from './harness'
import { browserSuite } from './suite'

const suite = browserSuite()
/** Per test, and for waits: generous, because the machine running the tests may be busy. */
const LONG = 240_000
const dataset = builtDataset()
/** An event with several sources, corrections and related events. */
const EVENT_ID = '2025-02-27-transfer-of-29'
const event = dataset.events.find((candidate) => candidate.id === EVENT_ID)!

/** A page whose console errors (CSP violations included) and foreign requests the suite checks after all tests. */
async function watchedPage(): Promise<Watched> {
  const watched = await openPage(suite.browser, suite.served.url)
  watched.context.setDefaultTimeout(LONG)
  suite.watched.push(watched)
  return watched
}

describe('event pages', () => {
  it('are written for every event in every language', () => {
    expect(event).toBeDefined()
    for (const each of dataset.events)
      for (const lang of PAGE_LANGS)
        expect(readFileSync(`dist/${eventPagePath(each.id, lang)}index.html`, 'utf8')).toContain(
          `data-event-id="${each.id}"`,
        )
  })

  it(
    'are readable with JavaScript disabled, with working source links, and ask nothing of another origin',
    async () => {
      const context = await suite.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
      })
      const page = await context.newPage()
      const origin = new URL(suite.served.url).origin
      const requests: string[] = []
      const failed: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
      })
      try {
        const response = await page.goto(`${suite.served.url}${eventPagePath(EVENT_ID, 'es')}`)
        expect(response?.status()).toBe(200)
        // Served under the production policy: scripts only from the origin, no inline styles.
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
        expect(await page.locator('h1').textContent()).toBe(event.title.es)
        expect(await page.locator('.summary').textContent()).toBe(event.summary.es)
        expect(await page.locator('.status-badge').isVisible()).toBe(true)
        const sources = page.locator('ol.sources > li > a')
        expect(await sources.count()).toBe(event.sources.length)
        for (const [index, source] of event.sources.entries()) {
          const link = sources.nth(index)
          expect(await link.isVisible()).toBe(true)
          expect(await link.textContent()).toBe(source.title)
          expect(await link.getAttribute('href')).toBe(source.url)
          expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
        }
        // The stylesheet applies (the page is not bare HTML): the article is a centred column on a phone.
        const box = await page.locator('article.event').boundingBox()
        expect(box!.width).toBeLessThan(375)
        expect(box!.x).toBeGreaterThan(0)
        // Site links work without scripts: to the related event's page, then to another language.
        const related = dataset.events.find((other) => other.id === event.relations[0]?.id)!
        await page.getByRole('link', { name: related.title.es }).click()
        await page.waitForURL(`**/${eventPagePath(related.id, 'es')}`, { timeout: LONG })
        expect(await page.locator('h1').textContent()).toBe(related.title.es)
        await page.getByRole('link', { name: 'Deutsch' }).click()
        await page.waitForURL(`**/${eventPagePath(related.id, 'de')}`, { timeout: LONG })
        expect(await page.locator('h1').textContent()).toBe(related.title.de)
        expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
        expect(failed).toEqual([])
      } finally {
        await context.close()
      }
    },
    LONG,
  )

  it.each([
    ['en', 'light'],
    ['de', 'dark'],
  ] as const)(
    'run cleanly under the strict CSP, carry parsable JSON-LD and pass axe (%s, %s)',
    async (lang, colorScheme) => {
      const watched = await watchedPage()
      const { page } = watched
      await page.emulateMedia({ colorScheme })
      await page.goto(`${suite.served.url}${eventPagePath(EVENT_ID, lang)}`)
      await page.waitForLoadState('load')
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      ) as Record<string, unknown>
      expect(data['@type']).toBe('NewsArticle')
      expect(data.headline).toBe(event.title[lang])
      expect((data.citation as unknown[]).length).toBe(event.sources.length)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
      // The social card the page names is there.
      const card = await page.request.get(
        new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!, page.url()).href,
      )
      expect(card.status()).toBe(200)
      expect(card.headers()['content-type']).toBe('image/png')
    },
    LONG,
  )

  it(
    'print without the navigation and with the sources’ addresses',
    async () => {
      const watched = await watchedPage()
      const { page } = watched
      await page.goto(`${suite.served.url}${eventPagePath(EVENT_ID, 'en')}`)
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('nav.languages').isVisible()).toBe(false)
      expect(await page.locator('.open-app').isVisible()).toBe(false)
      expect(await page.locator('.print-url').first().isVisible()).toBe(true)
      expect(await page.locator('.print-url').first().textContent()).toContain(event.sources[0]!.url)
    },
    LONG,
  )

  it(
    'open the app on their event, and the app’s ?event= links keep working next to the service worker',
    async () => {
      const watched = await watchedPage()
      const { page } = watched
      await page.goto(`${suite.served.url}${eventPagePath(EVENT_ID, 'es')}`)
      const open = page.locator('.open-app a')
      expect(await open.getAttribute('href')).toBe(`../../../${appQuery(EVENT_ID, 'es')}`)
      await open.click()
      await page.waitForSelector(`.detail-panel[data-event-id="${EVENT_ID}"]`, { timeout: LONG })
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(EVENT_ID)
      // The app names the event's page as its canonical URL, and forgets it when the selection is cleared.
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        `${suite.served.url}${eventPagePath(EVENT_ID, 'es')}`,
      )
      await page.locator('.detail-close').click()
      await page.waitForFunction(() => document.querySelector('link[rel="canonical"]') === null)
      expect(await page.locator('.detail-panel[data-event-id]').count()).toBe(0)
      // The app installs its service worker; event pages still load through it, and are not in its precache.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      await page.goto(`${suite.served.url}${eventPagePath(EVENT_ID, 'de')}`)
      expect(await page.locator('h1').textContent()).toBe(event.title.de)
      const precached = await page.evaluate(async () => {
        const keys = await caches.keys()
        const cache = await caches.open(keys.find((key) => key.startsWith('frontera-'))!)
        return (await cache.keys()).map((request) => new URL(request.url).pathname)
      })
      expect(precached).toContain('/index.html')
      expect(
        precached.filter((path) => path.startsWith('/events/') && !path.startsWith(`/events/${EVENT_ID}/`)),
      ).toEqual([])
    },
    LONG,
  )

  it(
    'has robots.txt',
    async () => {
      const watched = await watchedPage()
      const robots = await watched.page.request.get(`${suite.served.url}robots.txt`)
      expect(robots.status()).toBe(200)
      expect(await robots.text()).toContain('User-agent: *')
    },
    LONG,
  )

  it(
    'would report a CSP violation, so "no violation" above means something',
    async () => {
      const watched = await openPage(suite.browser, suite.served.url) // not watched by the suite: it errs on purpose
      watched.context.setDefaultTimeout(LONG)
      try {
        await watched.page.goto(`${suite.served.url}${eventPagePath(EVENT_ID, 'en')}`)
        await watched.page.evaluate(() => {
          const style = document.createElement('style')
          style.textContent = 'body { color: red }'
          document.head.append(style)
        })
        await expect
          .poll(() => watched.consoleErrors.join('\n'), { timeout: WAIT_LIMIT_MS })
          .toContain('Content Security Policy violation: style-src')
      } finally {
        await watched.context.close()
      }
    },
    LONG,
  )
})
