/**
 * One browser-test file's set-up: serve the production build, start Chromium, and after the last test check that no
 * page it watched logged an error (CSP violations included) or requested anything outside the origin.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { launchChromium, openPage, serveBuild, type Launched, type Served, type Watched } from './harness'

export type BrowserSuite = {
  readonly served: Served
  readonly browser: Browser
  /** Pages whose console errors and foreign requests are checked after all tests. */
  readonly watched: Watched[]
  /** A watched page at `base + query`, once the event list has rendered. */
  open: (query?: string, options?: Parameters<typeof openPage>[2], base?: string) => Promise<Page>
}

export function browserSuite(): BrowserSuite {
  let served: Served | undefined
  let launched: Launched | undefined
  const watched: Watched[] = []

  beforeAll(async () => {
    served = await serveBuild()
    launched = await launchChromium()
  })

  afterAll(async () => {
    for (const page of watched) {
      expect(page.consoleErrors, 'console errors and CSP violations').toEqual([])
      expect(page.foreignRequests, 'requests outside the origin').toEqual([])
    }
    await launched?.close()
    await served?.close()
  })

  const suite: BrowserSuite = {
    get served() {
      if (!served) throw new Error('the suite has not started: use it inside tests')
      return served
    },
    get browser() {
      if (!launched) throw new Error('the suite has not started: use it inside tests')
      return launched.browser
    },
    watched,
    open: async (query = '', options = {}, base = suite.served.url) => {
      const page = await openPage(suite.browser, base, options)
      watched.push(page)
      await page.page.goto(`${base}${query}`)
      // Every layout draws events: the list (explore), the timeline (story, present), a view of the phone.
      await page.page.waitForSelector(
        '.event-list .event-row, .layout-story .vis-item [data-event-id], .layout-present .vis-item [data-event-id], .layout-phone [data-event-id]',
        { state: 'attached' },
      )
      return page.page
    },
  }
  return suite
}
