/**
 * The benchmark's baseline (scripts/benchPlain.ts): the plain page in bench/plain/, built beside the production build
 * as `npm run bench` builds it, draws the bundled data in its three views and marks a selection in all of them with
 * the attributes the bench's probes read. A baseline that broke would turn the side-by-side table into "n/a" rows.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPlainPage, PLAIN_DIR } from '../../scripts/benchPlain'
import { builtDataset } from './fixtures'
import { launchChromium, openPage, serveBuild, WAIT_LIMIT_MS, type Launched, type Served } from './harness'

/** Building the page (Vite, in this process) and loading it on a busy machine: generous. */
const LONG = 240_000
const dataset = builtDataset()
let dir = ''
let served: Served | undefined
let launched: Launched | undefined

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'frontera-plain-test-'))
  cpSync('dist', dir, { recursive: true })
  await buildPlainPage(join(dir, PLAIN_DIR))
  served = await serveBuild(dir)
  launched = await launchChromium()
}, LONG)

afterAll(async () => {
  await launched?.close()
  await served?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe("the bench's plain build", () => {
  it(
    'lists every bundled event, clusters them on the map, draws them on the timeline and marks a selection in all three',
    async () => {
      if (!launched || !served) throw new Error('not started')
      const watched = await openPage(launched.browser, served.url, { waitForApp: false })
      const { page } = watched
      page.setDefaultTimeout(WAIT_LIMIT_MS)
      await page.goto(`${served.url}${PLAIN_DIR}/index.html`)
      await page.waitForSelector('.map-canvas .leaflet-marker-icon')
      await page.waitForSelector('.vis-timeline .vis-item [data-event-id]')
      expect(await page.locator('.event-row').count()).toBe(dataset.events.length)
      // The bench's select probe: a click on the third row until list, map and timeline all mark the event.
      const row = page.locator('.event-row[aria-posinset="3"]')
      const id = await row.getAttribute('data-event-id')
      expect(id).toBeTruthy()
      await row.click()
      const key = JSON.stringify(id)
      await page.waitForSelector(`.event-row[data-event-id=${key}][data-selected="true"]`)
      await page.waitForSelector(`.map-canvas .event-marker[data-event-id=${key}][data-selected="true"]`)
      await page.waitForSelector(`.vis-item [data-event-id=${key}][data-selected="true"]`)
      expect(watched.consoleErrors, 'console errors and CSP violations').toEqual([])
      expect(watched.foreignRequests, 'requests outside the origin').toEqual([])
      await watched.context.close()
    },
    LONG,
  )
})
