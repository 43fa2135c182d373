/**
 * Embedding in a real browser, under the production Content-Security-Policy (the harness serves dist/ with it and
 * reports every violation as a console error): the demo article with two auto-sized embeds, a publisher page on
 * another origin with a hostile sibling frame, malformed embed links, the embed code generator, a sub-path deploy.
 */
import AxeBuilder from '@axe-core/playwright'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../scripts/securityHeaders'
import type { Dataset } from '../../src/data/types'
import { builtDataset } from './fixtures'
import { openPage, serveBuild } from './harness'
import { browserSuite } from './suite'

const suite = browserSuite()
const dataset: Dataset = builtDataset()

async function open(path: string, options: Parameters<typeof openPage>[2] = {}, base = suite.served.url) {
  const watched = await openPage(suite.browser, base, options)
  suite.watched.push(watched)
  watched.page.on('dialog', (dialog) => {
    watched.consoleErrors.push(`unexpected dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await watched.page.goto(`${base}${path}`)
  return watched
}

/** Polls until `check` returns true (or fails with the last value it saw). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!check(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

function frameOf(page: Page, eid: string): Promise<Frame> {
  return until(
    () => Promise.resolve(page.frames().find((frame) => frame.url().includes(`eid=${eid}`)) ?? null),
    (frame) => frame !== null,
  ) as Promise<Frame>
}

/** The height of the iframe's content box (what embed.js sets), without any border the host page leaves on it. */
const frameHeight = (page: Page, id: string) => page.$eval(`#${id}`, (iframe) => iframe.clientHeight)
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0))

/** Waits until the iframe is exactly as tall as its embed's content. */
async function fitsContent(page: Page, id: string, frame: Frame): Promise<number> {
  const pair = await until(
    async () => [await frameHeight(page, id), await contentHeight(frame)] as const,
    ([outer, inner]) => inner > 150 && Math.abs(outer - inner) <= 1,
  )
  return pair[0]
}

async function openDemo(width: number, base = suite.served.url) {
  const watched = await open('demo/article.html', { width, height: 900, reducedMotion: 'reduce' }, base)
  const { page } = watched
  await page.locator('#embed-story').scrollIntoViewIfNeeded()
  const explore = await frameOf(page, 'demo-map')
  const story = await frameOf(page, 'demo-story')
  await explore.waitForSelector('.embed .map-canvas')
  await story.waitForSelector('.embed [data-testid="story-controls"]')
  return { ...watched, explore, story }
}

const someEventId = () => dataset.events[5]?.id ?? ''

describe('the demo article', () => {
  it('sizes both embeds to their own content, independently, as that content changes at 320 px', async () => {
    const { page, explore, story } = await openDemo(320)
    const exploreStart = await fitsContent(page, 'embed-explore', explore)
    const storyStart = await fitsContent(page, 'embed-story', story)
    expect(await explore.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      await explore.evaluate(() => window.innerWidth),
    )

    await explore.getByRole('button', { name: 'List' }).click()
    await explore.waitForSelector('.event-list .event-row')
    const asList = await until(
      () => fitsContent(page, 'embed-explore', explore),
      (height) => height !== exploreStart,
    )
    await explore.locator('.event-list .event-row').first().click()
    await explore.waitForSelector('.detail-panel[data-event-id]')
    const withDetail = await until(
      () => fitsContent(page, 'embed-explore', explore),
      (height) => height > asList + 100,
    )
    expect(await frameHeight(page, 'embed-story')).toBe(storyStart)

    await story.getByRole('button', { name: /next/i }).click()
    await story.waitForSelector('[data-testid="story-controls"][data-step="2"]')
    await fitsContent(page, 'embed-story', story)
    expect(await frameHeight(page, 'embed-explore')).toBe(withDetail)

    // Settled: no more growth (the layout never reads the viewport height, so the new height cannot feed back).
    await page.waitForTimeout(1000)
    expect(await frameHeight(page, 'embed-explore')).toBe(withDetail)
    expect(
      await explore.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
    ).toBe(true)
  })

  it('tells the host page about a selection, as a message and through embed.js as a DOM event', async () => {
    const { page, explore } = await openDemo(1280)
    await page.evaluate(() => {
      const seen: unknown[] = []
      Object.assign(window, { seenMessages: seen })
      const frame = document.getElementById('embed-explore') as HTMLIFrameElement
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow) seen.push(event.data)
      })
    })
    await explore.getByRole('button', { name: 'List' }).click()
    const row = explore.locator('.event-list .event-row').nth(2)
    const id = (await row.getAttribute('data-event-id')) ?? ''
    expect(id).not.toBe('')
    await row.click()
    const messages = await until(
      () => page.evaluate(() => (window as unknown as { seenMessages: { type?: string }[] }).seenMessages),
      (seen) => seen.some((message) => message.type === 'frontera:select'),
    )
    expect(messages).toContainEqual({ type: 'frontera:select', version: 1, eid: 'demo-map', eventId: id })
    await page.waitForFunction(
      (eventId) => document.getElementById('host-selection')?.textContent.includes(eventId) ?? false,
      id,
    )
  })

  it('opens the full view in a new tab with the same state', async () => {
    const { page, context, explore } = await openDemo(1280)
    await explore.getByRole('button', { name: 'Timeline' }).click()
    await explore.locator('.embed-lang select').selectOption('de')
    const link = explore.locator('a.embed-open')
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()])
    await popup.waitForSelector('.app-header')
    const url = new URL(popup.url())
    expect(url.searchParams.get('embed')).toBeNull()
    expect(url.searchParams.get('view')).toBe('timeline')
    expect(url.searchParams.get('lang')).toBe('de')
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de')
    expect(page.url()).toContain('demo/article.html')
    await popup.close()
  })

  it('has no axe violations (WCAG 2.2 AA), the embeds included', async () => {
    const { page, explore } = await openDemo(1280)
    await explore.getByRole('button', { name: 'List' }).click()
    await explore.locator('.event-list .event-row').first().click()
    await explore.waitForSelector('.detail-panel[data-event-id]')
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    // axe really looked inside the frames
    const checkedInFrames = [...results.passes, ...results.incomplete].some((rule) =>
      rule.nodes.some((node) => node.target.length > 1),
    )
    expect(checkedInFrames).toBe(true)
  })

  it('works from a sub-path such as /news/frontera/', async () => {
    const prefixed = await serveBuild('dist', { basePath: '/news/frontera/' })
    try {
      const { page, explore, story } = await openDemo(768, prefixed.url)
      await fitsContent(page, 'embed-explore', explore)
      await fitsContent(page, 'embed-story', story)
      expect(explore.url()).toContain('/news/frontera/?embed=1')
      const requested = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      )
      for (const url of requested) expect(url.startsWith(prefixed.url)).toBe(true)
    } finally {
      await prefixed.close()
    }
  })
})

describe('an embed link', () => {
  it('is served with the CSP header (frame-ancestors only works there) and an HTML file without inline script', async () => {
    const { page } = await open('?embed=1', { reducedMotion: 'reduce' })
    const response = await page.request.get(`${suite.served.url}?embed=1`)
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers()['x-frame-options']).toBeUndefined()
    const html = await response.text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u)
    await page.waitForSelector('.embed .map-canvas')
  })

  it('falls back safely from markup, impossible dates, unknown ids, overlong values and a remote dataset', async () => {
    const params = new URLSearchParams([
      ['embed', '1'],
      ['view', '<script>alert(1)</script>'],
      ['event', '<img src=x onerror=alert(1)>'],
      ['from', '2025-13-45'],
      ['to', '2500-01-01'],
      ['lang', '"><svg onload=alert(1)>'],
      ['theme', 'javascript:alert(1)'],
      ['story', 'no-such-story'],
      ['eid', '../../x'],
      ['q', 'x'.repeat(5000)],
      ['data', 'https://evil.example/data.json'],
      ['onload', 'alert(1)'],
    ])
    const { page } = await open(`?${params.toString()}`, { width: 600 })
    await page.waitForSelector('.embed .map-canvas')
    const notice = page.locator('[data-testid="problem-notice"]')
    await notice.waitFor()
    await notice.locator('summary').click()
    const text = (await notice.textContent()) ?? ''
    for (const field of ['view', 'event', 'from/to', 'lang', 'theme', 'story', 'q'])
      expect(text).toContain(field)
    expect(text).toContain('<img src=x')
    expect(await page.$$('img[src="x"], svg[onload], script:not([src])')).toHaveLength(0)
    expect(await page.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(await page.$$('[data-selected="true"]')).toHaveLength(0)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  it('never sizes itself by the viewport height', async () => {
    const heights: number[] = []
    for (const height of [400, 1400]) {
      const { page } = await open(`?embed=1&event=${someEventId()}`, {
        width: 700,
        height,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.embed .detail-panel[data-event-id]')
      await page.waitForTimeout(300)
      heights.push(
        await page.evaluate(() =>
          Math.round(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
        ),
      )
    }
    expect(heights[0]).toBeGreaterThan(400)
    expect(heights[0]).toBe(heights[1])
  })

  it('blocks injected inline script under the policy, and reports it', async () => {
    const watched = await openPage(suite.browser, suite.served.url)
    await watched.page.goto(`${suite.served.url}?embed=1`)
    await watched.page.waitForSelector('.embed')
    const ran = await watched.page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.head.append(script)
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false
    })
    expect(ran).toBe(false)
    await until(
      () => Promise.resolve(watched.consoleErrors),
      (errors) => errors.some((error) => /Content Security Policy/u.test(error)),
    )
    await watched.context.close()
  })
})

/**
 * A plain page server for other origins (another port on 127.0.0.1 is another origin, and staying on loopback keeps
 * Chrome's private-network rules out of the way). It sends no CSP: publishers' pages have their own policies.
 */
async function servePages(
  pages: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const body = pages[request.url ?? '']
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}

type Site = Awaited<ReturnType<typeof servePages>>
/** Set up in the publisher tests' beforeAll. */
let evilSite: Site
let publisherSite: Site

async function servePublisherAndAdvert(): Promise<void> {
  evilSite = await servePages({
    '/ad.html': '<!doctype html><title>ad</title><p>ad</p>',
    '/hijacked.html': '<p>x</p>',
  })
  const sandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'
  publisherSite = await servePages({
    '/article.html': `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Publisher</title>
      <body><main><h1>Article</h1>
      <iframe id="one" title="Frontera one" src="${suite.served.url}?embed=1&amp;eid=one" width="100%" height="300"
        sandbox="${sandbox}" data-frontera-embed></iframe>
      <iframe id="two" title="Frontera two" src="${suite.served.url}?embed=1&amp;eid=two&amp;view=list" width="100%"
        height="300" sandbox="${sandbox}" data-frontera-embed></iframe>
      <iframe id="evil" title="Advert" src="${evilSite.origin}/ad.html" width="300" height="100"></iframe>
      <script src="${suite.served.url}embed.js"></script></main></body></html>`,
  })
}

/** A publisher's page on another origin, with two of our embeds, embed.js, and an advert frame from a third origin. */
async function openPublisherPage(): Promise<{ page: Page; explore: Frame; evil: Frame }> {
  const watched = await openPage(suite.browser, suite.served.url, {
    width: 1000,
    height: 900,
    reducedMotion: 'reduce',
  })
  const { page } = watched
  // This page has three origins by design; anything beyond them counts as a request leaving the origin.
  const foreign: string[] = []
  suite.watched.push({ ...watched, foreignRequests: foreign })
  const allowed = new Set([new URL(suite.served.url).origin, publisherSite.origin, evilSite.origin])
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith('data:') && !allowed.has(new URL(url).origin)) foreign.push(url)
  })
  await page.goto(`${publisherSite.origin}/article.html`)
  const explore = await frameOf(page, 'one')
  await explore.waitForSelector('.embed .map-canvas')
  const list = await frameOf(page, 'two')
  await list.waitForSelector('.embed .event-list .event-row')
  await fitsContent(page, 'one', explore)
  await fitsContent(page, 'two', list)
  const evil = await until(
    () => Promise.resolve(page.frames().find((frame) => frame.url().startsWith(evilSite.origin)) ?? null),
    (frame) => frame !== null,
  )
  return { page, explore, evil: evil as Frame }
}

describe('a publisher page on another origin', () => {
  beforeAll(servePublisherAndAdvert)
  afterAll(async () => {
    await evilSite.close()
    await publisherSite.close()
  })

  it('ignores forged resize messages from a sibling frame, from the page itself and from a hijacked frame', async () => {
    const { page, explore, evil } = await openPublisherPage()
    const before = [await frameHeight(page, 'one'), await frameHeight(page, 'two')]
    await evil.evaluate(() => {
      window.parent.postMessage({ type: 'frontera:resize', version: 1, height: 4321, eid: 'one' }, '*')
      window.parent.postMessage({ type: 'frontera:resize', version: 1, height: '100px;position:fixed' }, '*')
    })
    await page.evaluate(() => {
      window.postMessage({ type: 'frontera:resize', version: 1, height: 4321, eid: 'two' }, '*')
    })
    await page.waitForTimeout(500)
    expect([await frameHeight(page, 'one'), await frameHeight(page, 'two')]).toEqual(before)

    // Frame "two" navigated away to another origin: its iframe still says our src, so embed.js ignores it.
    const two = await frameOf(page, 'two')
    await two.goto(`${evilSite.origin}/hijacked.html`)
    const hijacked = page.frames().find((frame) => frame.url() === `${evilSite.origin}/hijacked.html`)
    await hijacked?.evaluate(() => {
      window.parent.postMessage({ type: 'frontera:resize', version: 1, height: 4321 }, '*')
    })
    await page.waitForTimeout(500)
    expect(await frameHeight(page, 'two')).toBe(before[1])
    expect(await frameHeight(page, 'one')).toBe(before[0])
    expect(await explore.evaluate(() => document.querySelector('.embed') !== null)).toBe(true)
  })

  it('lets only the parent set the view, and only with valid values', async () => {
    const { page, explore, evil } = await openPublisherPage()
    const id = someEventId()
    await evil.evaluate((eventId) => {
      window.parent.frames[0]?.postMessage(
        { type: 'frontera:set', version: 1, event: eventId, view: 'list' },
        '*',
      )
    }, id)
    await page.waitForTimeout(500)
    expect(await explore.$$('[data-selected="true"]')).toHaveLength(0)
    expect(await explore.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )

    await page.evaluate(() => {
      const target = (document.getElementById('one') as HTMLIFrameElement).contentWindow
      for (const data of [
        null,
        'frontera:set',
        [],
        { type: 'frontera:set', version: 2, view: 'list' },
        { type: 'frontera:set', version: 1, event: '<img src=x onerror=alert(1)>' },
        { type: 'frontera:set', version: 1, view: 'list', url: 'https://evil.example' },
        { type: 'frontera:set', version: 1, eid: 'two', view: 'list' },
      ])
        target?.postMessage(data, '*')
    })
    await page.waitForTimeout(500)
    expect(await explore.$$('[data-selected="true"]')).toHaveLength(0)
    expect(await explore.$$('img[src="x"]')).toHaveLength(0)
    expect(await explore.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )

    await page.evaluate((eventId) => {
      const target = (document.getElementById('one') as HTMLIFrameElement).contentWindow
      target?.postMessage({ type: 'frontera:set', version: 1, eid: 'one', event: eventId, view: 'list' }, '*')
    }, id)
    await explore.waitForSelector(`.detail-panel[data-event-id="${id}"]`)
    expect(
      await explore.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true')
    await fitsContent(page, 'one', explore)
    expect(page.url()).toBe(`${publisherSite.origin}/article.html`)
  })
})

describe('the embed code generator', () => {
  it('loads on demand and builds the snippet for the current state; Escape closes it and returns focus', async () => {
    const id = someEventId()
    const { page, context } = await open(`?event=${id}&lang=de`, { width: 1280, reducedMotion: 'reduce' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(suite.served.url).origin,
    })
    await page.waitForSelector('.app-header')
    const scriptsBefore = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    )
    expect(scriptsBefore.some((url) => url.includes('EmbedDialog'))).toBe(false)

    // The embed code generator is in the header's Share menu (issue 9: print, export and embed in one menu).
    await page.click('.tools-menu > summary')
    const button = page.getByRole('button', { name: 'Einbetten' })
    await button.click()
    const dialog = page.getByRole('dialog', { name: 'Diese Ansicht einbetten' })
    await dialog.waitFor()
    expect(
      await page.evaluate(() => document.querySelector('dialog')?.contains(document.activeElement)),
    ).toBe(true)

    const code = dialog.getByRole('textbox', { name: 'Einbettungscode' })
    expect(await code.getAttribute('readonly')).not.toBeNull()
    const snippet = await code.inputValue()
    expect(snippet).toContain(`?embed=1&amp;event=${id}&amp;lang=de&amp;eid=frontera"`)
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    )
    expect(snippet).toContain('loading="lazy"')
    expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"')
    expect(snippet).toContain(`<script async src="${suite.served.url}embed.js"></script>`)

    await dialog.getByLabel('Ansicht').selectOption('list')
    await until(
      () => code.inputValue(),
      (value) => value.includes('view=list'),
    )
    const preview = await until(
      () => Promise.resolve(page.frames().find((frame) => frame.url().includes('view=list')) ?? null),
      (frame) => frame !== null,
    )
    await preview?.waitForSelector('.embed .event-list .event-row')
    expect(preview?.url()).toBe(srcOf(await code.inputValue()))

    await dialog.getByRole('button', { name: 'Code kopieren' }).click()
    await dialog.getByText('Code kopiert').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue())

    for (let step = 0; step < 25; step++) {
      await page.keyboard.press('Tab')
      const inside = await page.evaluate(() => {
        const active = document.activeElement
        return active === document.body || (document.querySelector('dialog')?.contains(active) ?? false)
      })
      expect(inside).toBe(true)
    }

    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Einbetten')
  })
})

/** The src attribute of the first iframe in a snippet, with its entities decoded. */
function srcOf(snippet: string): string {
  const match = /src="([^"]*)"/u.exec(snippet)
  return (match?.[1] ?? '').replaceAll('&amp;', '&')
}
