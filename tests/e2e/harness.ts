/** Shared set-up for browser tests: serve the production build, drive Debian's Chromium, watch every request. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startStaticServer } from '../../scripts/staticServer'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** How long a browser test waits for a condition before it fails: a ceiling for a busy machine, not a pause. */
export const WAIT_LIMIT_MS = 90_000

export type Served = { url: string; close: () => Promise<void> }

/**
 * Serves dist/ (built by `npm run build` before the browser tests) on a free localhost port with the production
 * headers of scripts/securityHeaders.ts, so every browser test runs under the real Content-Security-Policy.
 * `basePath` serves the site under a prefix such as '/news/frontera/' (the returned url includes it).
 */
export async function serveBuild(outDir = 'dist', options: { basePath?: string } = {}): Promise<Served> {
  const running = await startStaticServer({ root: outDir, port: 0, host: '127.0.0.1', ...options })
  return { url: running.url, close: running.close }
}

export type Launched = { browser: Browser; close: () => Promise<void> }

/** Playwright's launch() gives every browser a fresh, temporary profile (its own --user-data-dir). */
export async function launchChromium(): Promise<Launched> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  return {
    browser,
    close: () => browser.close(),
  }
}

export type Watched = {
  page: Page
  context: BrowserContext
  foreignRequests: string[]
  consoleErrors: string[]
}

/**
 * Installed in every frame before any page script: reports each Content-Security-Policy violation as a console
 * error, so the consoleErrors check of every test also proves the app runs cleanly under the CSP. (Some violations,
 * such as a caught eval probe, print nothing to the console by themselves.)
 */
export const CSP_VIOLATION_REPORTER = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('Content Security Policy violation: ' + event.effectiveDirective + ' blocked ' +
    (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`

/**
 * A fresh page that records any request leaving the origin, any console error or page error, and (as console errors)
 * any Content-Security-Policy violation.
 *
 * `waitForApp: false` leaves `goto` and `reload` as Playwright has them (see waitForAppOnNavigation): for the
 * benchmarks, which must not run Playwright's own script in the page while it loads (its injected script took
 * about 60 ms of the main thread, and the embed's drawn time read about 130 ms later for it: stop 27's note).
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: {
    width?: number
    height?: number
    reducedMotion?: 'reduce' | 'no-preference'
    waitForApp?: boolean
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  })
  // Every wait is for a condition; this is only how long one may take before it counts as never. Playwright's 30 s
  // default is too short for a page loading beside a benchmark on 2 cores (issue 15).
  context.setDefaultTimeout(WAIT_LIMIT_MS)
  context.setDefaultNavigationTimeout(WAIT_LIMIT_MS)
  await context.addInitScript(CSP_VIOLATION_REPORTER)
  const page = await context.newPage()
  if (options.waitForApp !== false) waitForAppOnNavigation(page)
  const foreignRequests: string[] = []
  const consoleErrors: string[] = []
  const allowed = new URL(origin).origin
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== allowed) foreignRequests.push(url)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  // With its stack: a page error seen once under load ("Cannot read properties of null") could not be traced from
  // its message alone.
  page.on('pageerror', (error) => {
    consoleErrors.push(error.stack ?? error.message)
  })
  return { page, context, foreignRequests, consoleErrors }
}

/**
 * The app's index.html holds a prerendered first render (scripts/prerender.ts): its rows, buttons and links are in
 * the page before any script runs, so a test that waited for them could act before the app is there to answer.
 * After `goto` and `reload`, this waits until the app has taken the page over (main.tsx drops `data-prerendered`
 * from #root once it has committed); other pages (event pages, the demo article) have no such root and pass at once.
 */
export const PRERENDERED_ROOT = '#root[data-prerendered]'

function waitForAppOnNavigation(page: Page): void {
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args)
    await page.waitForSelector(PRERENDERED_ROOT, { state: 'detached' })
    return response
  }
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args)
    await page.waitForSelector(PRERENDERED_ROOT, { state: 'detached' })
    return response
  }
}
