/**
 * Reader and classroom features in a real browser: the printed handout, citations, CSV/JSON export of the filtered
 * events, light and dark themes, and offline use through the service worker. Production build, Debian's Chromium.
 */
import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/data/types'
import { validateDataset } from '../../src/data/validateDataset'
import { parseCsv } from '../../src/test/parseCsv'
import { injectManifest, listBuiltFiles } from '../../scripts/serviceWorkerBuild'
import { startStaticServer } from '../../scripts/staticServer'
import { builtDataset } from './fixtures'
import { openPage, serveBuild } from './harness'
import { browserSuite } from './suite'

const suite = browserSuite()
const dataset: Dataset = builtDataset()
const TRANSFER_EVENT = '2025-02-27-transfer-of-29'
const LAZY_CHUNKS = /\/assets\/(PrintHandout|exportSelection|CitePanel)-/u

const open = suite.open

async function openMenu(page: Page): Promise<void> {
  await page.click('.tools-menu > summary')
  await page.waitForSelector('.tools-menu-body', { state: 'visible' })
}

const transferIds = () =>
  dataset.events.filter((event) => event.category === 'transfer').map((event) => event.id)
const squeeze = (text: string) => text.replace(/\s+/gu, '')

describe('loading on demand', () => {
  it('does not fetch the print, export or citation code until it is used', async () => {
    const watched = await openPage(suite.browser, suite.served.url)
    suite.watched.push(watched)
    const requested: string[] = []
    watched.page.on('request', (request) => requested.push(request.url()))
    await watched.page.goto(`${suite.served.url}?event=${TRANSFER_EVENT}`)
    await watched.page.waitForSelector('.detail-panel[data-event-id]')
    await watched.page.waitForTimeout(500)
    expect(requested.filter((url) => LAZY_CHUNKS.test(url))).toEqual([])
    await watched.page.click('.cite-event > summary')
    await watched.page.waitForSelector('.cite-panel')
    expect(
      requested.filter((url) => LAZY_CHUNKS.test(url)).map((url) => /assets\/(\w+)-/u.exec(url)?.[1]),
    ).toEqual(['CitePanel'])
  })
})

describe('print handout', () => {
  it('prints the filtered events as a chronology with a numbered source list, and never shows on screen', async () => {
    const page = await open('?cat=transfer')
    await page.evaluate(() => {
      const record = window as unknown as { printCalls: number }
      record.printCalls = 0
      window.print = () => {
        record.printCalls++
      }
    })
    await openMenu(page)
    await page.getByRole('button', { name: 'Print handout' }).click()
    await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1)
    const handout = page.locator('.print-handout')
    await handout.waitFor({ state: 'attached' })
    await handout.locator('.handout-map path.handout-land').waitFor({ state: 'attached' })

    // On screen: not displayed, so not in the accessibility tree either.
    expect(await handout.isVisible()).toBe(false)
    expect(await page.getByRole('heading', { name: 'Chronology' }).count()).toBe(0)

    // In print: the handout replaces the app, with every filtered event in order and every source once.
    await page.emulateMedia({ media: 'print' })
    expect(await handout.isVisible()).toBe(true)
    expect(await page.locator('.app').isVisible()).toBe(false)
    const ids = await handout
      .locator('.handout-event')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')))
    expect(ids).toEqual(transferIds())
    const events = dataset.events.filter((event) => event.category === 'transfer')
    const urls = [...new Set(events.flatMap((event) => event.sources.map((source) => source.url)))]
    expect(
      await handout
        .locator('.handout-source a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(urls)

    // The map's numbers as printed: none over another or over a mark, none past the map's edge (Mexico City's and
    // Toluca's overlapped, "3, 4" over "2, 5").
    const printedLabels = await handout.locator('.handout-map').evaluate((svg) => {
      const frame = svg.getBoundingClientRect()
      const box = (element: Element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect()
        return { left, top, right, bottom }
      }
      return {
        frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
        labels: [...svg.querySelectorAll('.handout-mark text')].map((text) => ({
          text: text.textContent,
          ...box(text),
        })),
        marks: [...svg.querySelectorAll('.handout-mark circle')].map((circle) => box(circle)),
      }
    })
    type Rect = { left: number; top: number; right: number; bottom: number }
    const overlaps = (a: Rect, b: Rect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
    expect(printedLabels.labels.length).toBeGreaterThan(5)
    for (const [index, label] of printedLabels.labels.entries()) {
      expect(label.left).toBeGreaterThanOrEqual(printedLabels.frame.left)
      expect(label.right).toBeLessThanOrEqual(printedLabels.frame.right)
      for (const other of printedLabels.labels.slice(index + 1))
        expect(overlaps(label, other), `${label.text} over ${other.text}`).toBe(false)
      for (const mark of printedLabels.marks)
        expect(overlaps(label, mark), `${label.text} over a mark`).toBe(false)
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    await page.emulateMedia({ media: 'screen' })
    const dir = mkdtempSync(join(tmpdir(), 'frontera-print-'))
    const pdfPath = join(dir, 'handout.pdf')
    writeFileSync(pdfPath, pdf)
    if (!existsSync('/usr/bin/pdftotext')) return // the DOM checks above still ran; poppler-utils adds the PDF's own text
    execFileSync('pdftotext', ['-layout', pdfPath, join(dir, 'handout.txt')])
    const text = readFileSync(join(dir, 'handout.txt'), 'utf8')
    expect(text).toContain('Chronology')
    expect(text).toContain('Sources')
    expect(text).not.toContain('Event list')
    const flat = squeeze(text)
    for (const [index, event] of events.entries())
      expect(flat).toContain(squeeze(`${index + 1}. ${event.title.en}`))
    expect(flat).toContain(`[${urls.length}]`)
    for (const url of urls) expect(flat).toContain(squeeze(url))
  })
})

describe('citations', () => {
  it('cites the event page with a permalink that keeps only the event and the language', async () => {
    const page = await open(`?event=${TRANSFER_EVENT}&lang=es&cat=transfer&view=list`)
    await page.click('.cite-event > summary')
    const panel = page.locator('.cite-panel')
    await panel.waitFor()
    const expected = `${suite.served.url}?event=${TRANSFER_EVENT}&lang=es`
    expect(await panel.locator('code.cite-text').textContent()).toBe(expected)
    const title = dataset.events.find((event) => event.id === TRANSFER_EVENT)!.title.es
    const apa = await panel.locator('[data-style="apa"] .cite-text').textContent()
    expect(apa).toMatch(
      new RegExp(`^Frontera\\. \\(s\\. f\\.\\)\\. ${title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'),
    )
    expect(apa).toContain(`Recuperado el`)
    expect(apa).toContain(expected)
    expect(await panel.locator('[data-style="mla"] i').textContent()).toBe('Frontera')
    expect(await panel.locator('[data-style="chicago"] .cite-text').textContent()).toContain(`“${title}`)

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.served.url })
    await panel.getByRole('button', { name: /^Copiar APA/u }).click()
    await panel.locator('.cite-status', { hasText: /^Copiado: APA/u }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa)
  })

  it('cites the current view from the Share menu, with its whole link: filters, time window and selection', async () => {
    const page = await open(`?event=${TRANSFER_EVENT}&cat=transfer&from=2025-01&to=2025-06`)
    await openMenu(page)
    await page.click('.cite-view > summary')
    const panel = page.locator('.tools-menu .cite-panel')
    await panel.waitFor()
    const link = new URL((await panel.locator('code.cite-text').textContent())!)
    // The page's own address, with the view's state as the app writes it (the window's months as whole days).
    expect(link.origin + link.pathname).toBe(new URL(page.url()).origin + new URL(page.url()).pathname)
    expect(link.searchParams.get('cat')).toBe('transfer')
    expect(link.searchParams.get('event')).toBe(TRANSFER_EVENT)
    expect(link.searchParams.get('from')).toBe('2025-01-01')
    expect(link.searchParams.get('to')).toBe('2025-06-30')
    const title = dataset.events.find((event) => event.id === TRANSFER_EVENT)!.title.en
    expect(await panel.locator('[data-style="chicago"] .cite-text').textContent()).toContain(`“${title}`)
    const box = await panel.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280)
  })
})

describe('export', () => {
  it('downloads exactly the filtered events as CSV and as dataset JSON', async () => {
    const page = await open('?cat=transfer')
    await openMenu(page)
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(csvDownload.suggestedFilename()).toMatch(/^frontera-events-\d{4}-\d{2}-\d{2}\.csv$/u)
    const csv = readFileSync(await csvDownload.path(), 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]?.[0]).toBe('id')
    expect(rows.slice(1).map((row) => row[0])).toEqual(transferIds())
    expect(new Set(rows.slice(1).map((row) => row[6]))).toEqual(new Set(['transfer']))

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ])
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/u)
    const file = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { events: { id: string }[] }
    expect(file.events.map((event) => event.id)).toEqual(transferIds())
    const again = validateDataset(file)
    expect(again.problems.filter((problem) => problem.severity === 'error')).toEqual([]) // the data's own warnings (undated sources) stay
    expect(again.dataset.events.map((event) => event.id)).toEqual(transferIds())
    await page.locator('.tools-menu-status', { hasText: /^Downloaded frontera-events-/u }).waitFor()
  })
})

describe('themes', () => {
  it('follows the system, switches from the header, and keeps the choice in the link', async () => {
    const page = await open('', { width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light')
    await page.selectOption('.theme-picker select', 'dark')
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark')
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.panel')!).backgroundColor,
    )
    expect(background).toBe('rgb(27, 30, 34)')
    await page.reload()
    await page.waitForSelector('.event-row')
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  })

  it.each(['dark', 'light'])(
    'has no axe violations (WCAG 2.2 AA) in the %s theme with the menus open',
    async (theme) => {
      const page = await open(`?theme=${theme}&event=${TRANSFER_EVENT}`)
      await page.waitForSelector('.detail-panel[data-event-id]')
      await page.click('.cite-event > summary')
      await page.waitForSelector('.cite-panel')
      await openMenu(page)
      // axe reads colours: wait until no transition or animation is running (a condition, not a pause).
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      )
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    },
  )
})

describe('offline', () => {
  it('installs from the HTTP cache what the page downloaded (hashed files), and everything else afresh', async () => {
    const running = await startStaticServer({ root: 'dist', port: 0, host: '127.0.0.1' })
    const asked: string[] = []
    running.server.on('request', (request: { url?: string }) => {
      asked.push(new URL(request.url ?? '/', running.url).pathname)
    })
    const { page, context } = await openPage(suite.browser, running.url)
    try {
      await page.goto(running.url)
      await page.waitForSelector('.event-row')
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      const entry = await page.evaluate(
        () => new URL(document.querySelector<HTMLScriptElement>('script[type="module"]')!.src).pathname,
      )
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys()
        const cache = await caches.open(keys.find((key) => key.startsWith('frontera-'))!)
        return (await cache.keys()).map((request) => new URL(request.url).pathname)
      })
      expect(cached).toEqual(expect.arrayContaining([entry, '/index.html', '/data/frontera.json']))
      const times = (path: string) => asked.filter((asked) => asked === path).length
      expect(times(entry)).toBe(1) // the page's own download: the worker took it from the HTTP cache
      expect(times('/data/frontera.json')).toBe(2) // the page's, and the worker's own (this deployment's copy)
      expect(times('/index.html')).toBe(1) // the worker's (the page asked for "/")
    } finally {
      await context.close()
      await running.close()
    }
  })

  it('reloads without a network once the service worker has cached the app', async () => {
    const own = await serveBuild()
    const watched = await openPage(suite.browser, own.url)
    const { page, context } = watched
    try {
      await page.goto(`${own.url}?event=${TRANSFER_EVENT}`)
      await page.waitForSelector('.event-row')
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      const isControlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null)
      if (!(await isControlled())) {
        await page.reload()
        await page.waitForSelector('.event-row')
      }
      expect(await isControlled()).toBe(true)
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys()
        const cache = await caches.open(keys.find((key) => key.startsWith('frontera-'))!)
        return (await cache.keys()).map((request) => new URL(request.url).pathname)
      })
      expect(cached).toEqual(expect.arrayContaining(['/index.html', '/data/frontera.json', '/basemap.json']))

      await context.setOffline(true)
      await own.close() // nothing left to answer but the cache
      await page.goto(`${own.url}?event=${TRANSFER_EVENT}&lang=de`)
      await page.waitForSelector('.event-row')
      await page.waitForSelector(`.detail-panel[data-event-id="${TRANSFER_EVENT}"]`)
      expect(await page.locator('.event-row').count()).toBeGreaterThan(3)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de')
      expect(watched.foreignRequests).toEqual([])
      // Offline, the browser's own update check of sw.js fails and says so; nothing else may.
      expect(
        watched.consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED|sw\.js/u.test(error)),
      ).toEqual([])
    } finally {
      await context.close()
      await own.close().catch(() => undefined)
    }
  })

  it('installs a new deployment’s worker and drops the old cache once the old pages are closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-deploy-'))
    cpSync('dist', dir, { recursive: true })
    const site = await serveFolder(dir)
    try {
      const first = await openPage(suite.browser, site.url)
      await first.page.goto(site.url)
      await first.page.waitForSelector('.event-row')
      await first.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      const cacheNames = (page: Page) => page.evaluate(() => caches.keys())
      const [oldCache] = await cacheNames(first.page)
      expect(oldCache).toMatch(/^frontera-[0-9a-f]{16}$/u)

      // "Deploy" a new version: same files, new manifest version (as a changed file would give).
      const worker = readFileSync(join(dir, 'sw.js'), 'utf8')
      writeFileSync(
        join(dir, 'sw.js'),
        injectManifest(worker, { version: 'new-deploy', files: listBuiltFiles(dir) }),
      )
      await first.page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
      )
      await first.page.waitForFunction(() =>
        navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting !== null),
      )
      // Close the last page of the old version; a new visit in the same browser profile gets the new worker.
      const next = await first.context.newPage()
      await first.page.close()
      await next.goto(site.url)
      await next.waitForSelector('.event-row')
      await next.waitForFunction(() =>
        caches.keys().then((keys) => keys.length === 1 && keys[0] === 'frontera-new-deploy'),
      )
      expect(await next.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated')
      await first.context.close()
    } finally {
      await site.close()
    }
  })
})

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
}

/** A static server that reads every file at request time, so a test can "deploy" by changing files in place. */
function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/$/u, '/index.html')
    try {
      const body = readFileSync(join(dir, decodeURIComponent(path).replace(/\.\.+/gu, '')))
      response.writeHead(200, {
        'content-type': TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
      })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => {
              done()
            })
          }),
      })
    })
  })
}
