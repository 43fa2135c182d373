/**
 * "Your data" from a web address, in a real browser under the real Content-Security-Policy: the default build allows
 * no origin and says so; a build that allows one data server reads a TimelineJS sheet from it, says why for an origin
 * off the list (and asks it nothing), for an error status, and for a redirect off the list (which the browser's
 * connect-src itself refuses).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeImportOrigins } from '../../scripts/importOriginsBuild'
import { contentSecurityPolicy } from '../../scripts/securityHeaders'
import { openPage, serveBuild, WAIT_LIMIT_MS, type Served, type Watched } from './harness'
import { axeViolations } from './axe'
import { browserSuite } from './suite'

const suite = browserSuite()
const SHEET = readFileSync('tests/fixtures/import/timelinejs-template.csv', 'utf8')

/** A small server on another port (so another origin) that counts what it is asked. */
type DataServer = {
  origin: string
  requests: string[]
  headers: IncomingMessage['headers'][]
  close: () => Promise<void>
}

async function startDataServer(handle: (request: IncomingMessage, response: ServerResponse) => void) {
  const requests: string[] = []
  const headers: IncomingMessage['headers'][] = []
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '')
    headers.push(request.headers)
    handle(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve()
        }),
      ),
  } satisfies DataServer
}

let data: DataServer
let offList: DataServer
let site: Served

beforeAll(async () => {
  offList = await startDataServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/csv', 'Access-Control-Allow-Origin': '*' })
    response.end(SHEET)
  })
  data = await startDataServer((request, response) => {
    if (request.url === '/sheet.csv') {
      response.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      })
      response.end(SHEET)
    } else if (request.url === '/moved.csv') {
      response.writeHead(302, { Location: `${offList.origin}/sheet.csv`, 'Access-Control-Allow-Origin': '*' })
      response.end()
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' })
      response.end('not here')
    }
  })
  // A copy of the build, with the allow-list written the way `IMPORT_ORIGINS=… npm run build` writes it.
  const dir = mkdtempSync(join(tmpdir(), 'frontera-import-url-'))
  cpSync('dist', dir, { recursive: true })
  writeImportOrigins(dir, [data.origin])
  site = await serveBuild(dir)
})

afterAll(async () => {
  await site.close()
  await data.close()
  await offList.close()
})

async function openDialog(watched: Watched, url: string): Promise<Page> {
  const { page } = watched
  await page.goto(url)
  await page.waitForSelector('.event-list .event-row', { state: 'attached' })
  await page.getByRole('button', { name: 'Your data' }).click()
  await page.waitForSelector('.your-data-dialog[open]')
  return page
}

async function load(page: Page, address: string): Promise<void> {
  await page.getByLabel('Or load it from a web address').fill(address)
  await page.getByRole('button', { name: 'Load', exact: true }).click()
}

describe('Your data from a web address', () => {
  it('is off in the default build, and says so', async () => {
    const page = await suite.open()
    await page.getByRole('button', { name: 'Your data' }).click()
    await page.waitForSelector('.your-data-url-off')
    expect(await page.textContent('.your-data-url-off')).toContain(
      'Loading from a web address is off on this site',
    )
    expect(await page.locator('.your-data-dialog input[type=url]').count()).toBe(0)
  }, 180_000)

  it('reads a sheet from an allowed origin, with no cookie or referrer, under a connect-src that names it', async () => {
    const watched = await openPage(suite.browser, site.url)
    const response = await watched.page.goto(site.url)
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy([data.origin]))
    const page = await openDialog(watched, site.url)
    expect(await page.textContent('.your-data-url-allowed')).toContain(data.origin)
    await load(page, `${data.origin}/sheet.csv`)
    await expect
      .poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS })
      .toBe(
        '9 rows read: 1 title row, 1 era row, 5 events imported (1 with changes), 0 on the map, 5 on the timeline, 2 skipped',
      )
    expect(await page.textContent('.your-data-result h3')).toBe('Your data: A test timeline')
    expect(await page.textContent('.your-data-result')).toContain(`from ${data.origin}/sheet.csv`)
    expect(data.requests).toContain('/sheet.csv')
    // What the data server received: no cookie, no referrer (the reader's page address stays private).
    expect(data.headers.length).toBeGreaterThan(0)
    for (const headers of data.headers) {
      expect(headers.cookie).toBeUndefined()
      expect(headers.referer).toBeUndefined()
    }
    expect(await axeViolations(page, '.your-data-dialog')).toEqual([])
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests.every((url) => url.startsWith(`${data.origin}/`))).toBe(true)
    await watched.context.close()
  }, 180_000)

  it('says why not: an origin off the list (asked nothing), an error status, a redirect off the list', async () => {
    const watched = await openPage(suite.browser, site.url)
    const page = await openDialog(watched, site.url)
    const alert = page.locator('.your-data-status [role=alert]')

    await load(page, `${offList.origin}/sheet.csv`)
    await expect
      .poll(() => alert.textContent())
      .toContain(`This site does not load files from ${offList.origin}`)

    await load(page, `${data.origin}/missing.csv`)
    await expect.poll(() => alert.textContent()).toContain(`${data.origin} answered with HTTP status 404`)

    // The redirect's target is off the list: the browser's connect-src refuses it before any request is made.
    await load(page, `${data.origin}/moved.csv`)
    await expect.poll(() => alert.textContent()).toContain(`Nothing could be read from ${data.origin}`)
    expect(offList.requests).toEqual([])
    // The console errors are the browser's own: the 404, and its report of that refusal.
    expect(watched.consoleErrors.join('\n')).toContain(
      `Connecting to '${offList.origin}/sheet.csv' violates the following Content Security Policy directive: "connect-src 'self' ${data.origin}"`,
    )
    expect(
      watched.consoleErrors.filter(
        (error) => !error.includes('Content Security Policy') && !error.includes('status of 404'),
      ),
    ).toEqual([])
    expect(await page.locator('.your-data-summary').count()).toBe(0)
    await watched.context.close()
  }, 180_000)
})
