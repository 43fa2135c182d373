/** Shared set-up for browser tests: serve the production build, drive Debian's Chromium, watch every request. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'

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

export type Served = { url: string; close: () => Promise<void> }

/** Serves dist/ (built by `npm run build` before the browser tests) on a free localhost port. */
export async function serveBuild(outDir = 'dist'): Promise<Served> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    build: { outDir },
    logLevel: 'error',
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.httpServer.close(() => {
          resolve()
        })
      }),
  }
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

/** A fresh page that records any request leaving the origin and any console error or page error. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  })
  const page = await context.newPage()
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
  page.on('pageerror', (error) => {
    consoleErrors.push(error.message)
  })
  return { page, context, foreignRequests, consoleErrors }
}
