/**
 * "Your data" in a real browser, on the production build under its Content-Security-Policy: a TimelineJS sheet
 * through the file picker and a KML dropped on the page, imported in a worker; the report; kept across a reload in
 * IndexedDB until removed; cancel; and hostile text in every field of every format with zero script executions and
 * zero requests outside the origin (the suite checks console errors, CSP violations and foreign requests).
 */
import AxeBuilder from '@axe-core/playwright'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe'
import { browserSuite } from './suite'
import { runImport } from '../../scripts/import'
import { indexPublishedDatasets } from '../../scripts/publishedDatasets'
import { serveBuild, WAIT_LIMIT_MS, type Served } from './harness'
import { expectSelectedEverywhere } from './selection'

const suite = browserSuite()
const FIXTURES = 'tests/fixtures/import'

async function openYourData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your data' }).click()
  await page.waitForSelector('.your-data-dialog[open]')
}

/** Counts script executions: any alert/confirm/prompt the page opens. */
function countDialogs(page: Page): { count: number } {
  const seen = { count: 0 }
  page.on('dialog', (dialog) => {
    seen.count++
    void dialog.dismiss()
  })
  return seen
}

async function dropFile(page: Page, name: string, text: string, type: string): Promise<void> {
  await page.evaluate(
    ([fileName, content, mime]) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([content], fileName, { type: mime }))
      document
        .querySelector('main')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    },
    [name, text, type] as const,
  )
}

/** How many records "Your data" keeps in this browser's IndexedDB (0 when it has never stored any). */
function storedRecords(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('frontera-your-data')
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains('imports')) {
            db.close()
            resolve(0)
            return
          }
          const count = db.transaction('imports').objectStore('imports').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      }),
  )
}

describe('Your data', () => {
  it('imports a TimelineJS sheet from the picker and shows the summary and an accessible report', async () => {
    const page = await suite.open()
    await openYourData(page)
    await page.setInputFiles('.your-data-dialog input[type=file]', `${FIXTURES}/timelinejs-template.csv`)
    await expect
      .poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS })
      .toBe(
        '9 rows read: 1 title row, 1 era row, 5 events imported (1 with changes), 0 on the map, 5 on the timeline, 2 skipped',
      )
    expect(await page.textContent('.your-data-result h3')).toBe('Your data: A test timeline')
    const rows = page.locator('.import-report tbody tr')
    expect(await rows.count()).toBeGreaterThan(3)
    await page.selectOption('.import-report select', 'error')
    await expect
      .poll(() => page.locator('.import-report tbody tr[data-severity="error"]').count())
      .toBeGreaterThan(0)
    expect(await page.locator('.import-report tbody tr:not([data-severity="error"])').count()).toBe(0)
    expect(await axeViolations(page, '.your-data-dialog')).toEqual([])
  }, 180_000)

  it('imports a KML dropped anywhere on the page, keeps it across a reload, and removes it', async () => {
    const page = await suite.open()
    await dropFile(
      page,
      'places.kml',
      readFileSync(`${FIXTURES}/places.kml`, 'utf8'),
      'application/vnd.google-earth.kml+xml',
    )
    await expect
      .poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS })
      .toBe('6 rows read: 4 events imported (1 with changes), 4 on the map, 4 on the timeline, 2 skipped')
    // Saved once the import is done (the record and its one chunk of events): wait for it, then reload.
    await expect.poll(() => storedRecords(page), { timeout: WAIT_LIMIT_MS }).toBe(2)
    await page.reload()
    await page.waitForSelector('.event-list .event-row', { state: 'attached' })
    await openYourData(page)
    await expect
      .poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS })
      .toContain('6 rows read')
    // The worker saved the events; the dialog holds only the summary, and the download reads them back from storage.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the dataset (Frontera JSON)' }).click(),
    ])
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      profile: string
      events: { title: string }[]
    }
    expect(file.profile).toBe('imported')
    expect(file.events).toHaveLength(4)
    await page.getByRole('button', { name: 'Remove your data' }).click()
    expect(await page.locator('.your-data-summary').count()).toBe(0)
    // Removed with every chunk of its events: nothing is left in storage.
    await expect.poll(() => storedRecords(page), { timeout: WAIT_LIMIT_MS }).toBe(0)
    await page.reload()
    await page.waitForSelector('.event-list .event-row', { state: 'attached' })
    await openYourData(page)
    // Give the restore a chance to run, then check nothing came back.
    await page.waitForFunction(() => document.querySelector('.your-data-dialog[open]') !== null)
    await expect.poll(() => page.locator('.your-data-summary').count(), { timeout: 2000 }).toBe(0)
  }, 180_000)

  it('lets the reader choose the columns of an unknown table and reads it again', async () => {
    const page = await suite.open()
    await openYourData(page)
    await page
      .getByLabel('Or paste the contents of a file')
      .fill(
        'when_it_happened,what,y_coord,x_coord\n2024-03-05,Bridge closed,31.7,-106.4\n2024-03-06,Port reopened,32.5,-117.0\n',
      )
    await page.getByRole('button', { name: 'Import the pasted text' }).click()
    await expect
      .poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS })
      .toBe('2 rows read: 0 events imported (0 with changes), 0 on the map, 0 on the timeline, 2 skipped')
    // Nothing could be imported: the mapping step is open by itself.
    const form = page.locator('.column-mapping')
    expect(await form.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true)
    expect(await form.locator('summary').textContent()).toBe(
      "Columns: 0 of 12 fields read from the file's 4 columns",
    )
    await form.getByLabel('Title').selectOption('what')
    await form.getByLabel('Date (or start date)').selectOption('when_it_happened')
    await form.getByLabel('Latitude').selectOption('y_coord')
    await form.getByLabel('Longitude').selectOption('x_coord')
    await form.getByRole('button', { name: 'Import again with these columns' }).click()
    await expect
      .poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS })
      .toBe('2 rows read: 2 events imported (0 with changes), 2 on the map, 2 on the timeline, 0 skipped')
    expect(await page.locator('.column-mapping summary').textContent()).toBe(
      "Columns: 4 of 12 fields read from the file's 4 columns",
    )
    expect(await axeViolations(page, '.your-data-dialog')).toEqual([])
  }, 180_000)

  it('cancels a large import', async () => {
    const page = await suite.open()
    await openYourData(page)
    const lines = ['date,title,lat,lon']
    for (let i = 0; i < 150_000; i++)
      lines.push(
        `2024-01-${String((i % 28) + 1).padStart(2, '0')},Row ${i},${(i % 80) - 40},${(i % 300) - 150}`,
      )
    await page.setInputFiles('.your-data-dialog input[type=file]', {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    })
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect
      .poll(() => page.textContent('.your-data-status'), { timeout: WAIT_LIMIT_MS })
      .toContain('The import was cancelled.')
    expect(await page.locator('.your-data-summary').count()).toBe(0)
  }, 180_000)
})

const PAYLOAD =
  '<img src="https://evil.example/x.png" onerror="alert(1)"><svg onload="alert(2)"></svg><a href="javascript:alert(3)">x</a><script>alert(4)</script>'
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const cell = (text: string) => `"${text.replace(/"/g, '""')}"`
const HOSTILE: [string, string][] = [
  [
    'tl3.json',
    JSON.stringify({
      title: { text: { headline: PAYLOAD, text: PAYLOAD } },
      events: [
        {
          start_date: { year: 2001 },
          text: { headline: PAYLOAD, text: PAYLOAD },
          media: { url: PAYLOAD, caption: PAYLOAD, credit: PAYLOAD },
          group: PAYLOAD,
        },
      ],
    }),
  ],
  [
    'sheet.csv',
    `Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n2001,,,${cell(PAYLOAD)},,,,,${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},,${cell(PAYLOAD)},${cell(PAYLOAD)}`,
  ],
  [
    'story.json',
    JSON.stringify({
      storymap: {
        slides: [
          {
            date: '2001',
            text: { headline: PAYLOAD, text: PAYLOAD },
            location: { lat: 1, lon: 1, name: PAYLOAD },
            media: { url: 'javascript:alert(5)', caption: PAYLOAD },
          },
        ],
      },
    }),
  ],
  [
    'f.geojson',
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            name: PAYLOAD,
            description: PAYLOAD,
            time: 1614886111770,
            url: 'javascript:alert(6)',
            category: PAYLOAD,
          },
          geometry: { type: 'Point', coordinates: [1, 1] },
        },
      ],
    }),
  ],
  [
    'p.kml',
    `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${esc(PAYLOAD)}</name><description>${esc(PAYLOAD)}</description><TimeStamp><when>2008-01-16</when></TimeStamp><Point><coordinates>1,1</coordinates></Point></Placemark></Document></kml>`,
  ],
  [
    'acled.csv',
    `event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,geo_precision,source,notes\nX1,2024-01-02,${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},1,1,1,${cell(PAYLOAD)},${cell(PAYLOAD)}`,
  ],
  [
    'any.csv',
    `title,description,date,lat,lon,url\n${cell(PAYLOAD)},${cell(PAYLOAD)},2024-01-01,1,1,javascript:alert(7)`,
  ],
]

describe('hostile files', () => {
  it('import with zero script executions and zero requests outside the origin', async () => {
    const page = await suite.open()
    const dialogs = countDialogs(page)
    await openYourData(page)
    for (const [name, text] of HOSTILE) {
      await page.setInputFiles('.your-data-dialog input[type=file]', {
        name,
        mimeType: 'text/plain',
        buffer: Buffer.from(text),
      })
      await expect
        .poll(() => page.textContent('.your-data-result h3'), { timeout: WAIT_LIMIT_MS })
        .toMatch(/^Your data: /)
      await expect.poll(() => page.textContent('.your-data-summary')).toMatch(/^1 row read|^2 rows read/)
      // Nothing from the file became an element: no img, svg, script or javascript: link inside the dialog.
      expect(
        await page
          .locator(
            '.your-data-dialog img, .your-data-dialog svg, .your-data-dialog script, .your-data-dialog iframe',
          )
          .count(),
      ).toBe(0)
      expect(await page.locator('.your-data-dialog a[href^="javascript:"]').count()).toBe(0)
      await page.getByRole('button', { name: 'Remove your data' }).click()
    }
    expect(dialogs.count).toBe(0)
  }, 180_000)

  it('shown on the map, the timeline, the list and the details: still zero script executions and zero markup', async () => {
    const page = await suite.open()
    const dialogs = countDialogs(page)
    for (const [name, text] of HOSTILE) {
      await openYourData(page)
      await page.setInputFiles('.your-data-dialog input[type=file]', {
        name,
        mimeType: 'text/plain',
        buffer: Buffer.from(text),
      })
      const show = page.getByRole('button', { name: 'Show on the map, the timeline and the list' })
      await expect.poll(() => show.isEnabled(), { timeout: WAIT_LIMIT_MS }).toBe(true)
      await Promise.all([page.waitForURL(/[?&]dataset=yours/), show.click()])
      await page.waitForSelector('.your-data-flag')
      await page.locator('.event-list .event-row').first().click()
      await page.waitForSelector('.detail-panel[data-event-id]')
      // The payload's elements and attributes exist nowhere in the page: not as elements, not as handlers or links.
      const planted = await page.evaluate(() => ({
        handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
        scripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
        frames: document.querySelectorAll('iframe, object, embed').length,
        foreignImages: [...document.querySelectorAll('img')].filter((img) => img.src.includes('evil.example'))
          .length,
        scriptLinks: document.querySelectorAll('a[href^="javascript:"], a[href^="data:"]').length,
      }))
      expect(planted, name).toEqual({ handlers: 0, scripts: 0, frames: 0, foreignImages: 0, scriptLinks: 0 })
      // What is left of the payload is text in the details (its tags are gone, its words are not).
      expect(await page.textContent('.detail-panel')).toContain('alert')
    }
    expect(dialogs.count).toBe(0)
  }, 300_000)
})

/** The ids of the events the timeline draws (not the counts, not the context bands). */
function timelineIds(page: Page): Promise<string[]> {
  return page.$$eval('.timeline-canvas .vis-item [data-event-id]', (elements) => [
    ...new Set(elements.map((element) => element.getAttribute('data-event-id') ?? '')),
  ])
}

/** The id of the list row whose title is `title`. */
async function rowId(page: Page, title: string): Promise<string> {
  const row = page.locator('.event-list .event-row', {
    has: page.locator('.event-row-title', { hasText: title }),
  })
  return (await row.first().getAttribute('data-event-id')) ?? ''
}

/**
 * Imports a fixture in the open dialog, waits for its summary, shows it (the page reloads at ?dataset=yours), and
 * waits until the list has drawn its `rows` rows.
 */
async function importAndShow(page: Page, name: string, summary: string, rows: number): Promise<void> {
  await page.setInputFiles('.your-data-dialog input[type=file]', `${FIXTURES}/${name}`)
  await expect.poll(() => page.textContent('.your-data-summary'), { timeout: WAIT_LIMIT_MS }).toBe(summary)
  const show = page.getByRole('button', { name: 'Show on the map, the timeline and the list' })
  await expect.poll(() => show.isEnabled(), { timeout: WAIT_LIMIT_MS }).toBe(true)
  await Promise.all([page.waitForURL(/[?&]dataset=yours/), show.click()])
  await page.waitForSelector('.your-data-flag')
  await expect
    .poll(() => page.locator('.event-list .event-row').count(), { timeout: WAIT_LIMIT_MS })
    .toBe(rows)
}

describe('Your data on the map, the timeline and the list', () => {
  it("draws a country-precision place outside the Americas as that country's shape, from the world's basemap", async () => {
    // A GDELT row whose place is a whole country (geo type 1): Kenya.
    const row = readFileSync(`${FIXTURES}/gdelt-synthetic.tsv`, 'utf8').split('\n')[0] ?? ''
    const kenya = row
      .replace('\t4\tTestville, Testland\t', '\t1\tKenya\t')
      .replace('\t19.5\t-99.25\t', '\t0.5\t37.9\t')
    expect(kenya).toContain('\t1\tKenya\t')
    expect(kenya).toContain('\t0.5\t37.9\t')
    const page = await suite.open()
    await dropFile(page, 'kenya.tsv', `${kenya}\n`, 'text/tab-separated-values')
    const show = page.getByRole('button', { name: 'Show on the map, the timeline and the list' })
    await expect.poll(() => show.isEnabled(), { timeout: WAIT_LIMIT_MS }).toBe(true)
    await Promise.all([page.waitForURL(/[?&]dataset=yours/), show.click()])
    await page.waitForSelector('.your-data-flag')
    await page.locator('.event-list .event-row').first().click()
    // Its shape is drawn (not a ring around a centre, not a pin): the highlight's box is Kenya's size on the map.
    await page.waitForSelector('.map-canvas path.area-highlight', {
      state: 'attached',
      timeout: WAIT_LIMIT_MS,
    })
    const id = await page.locator('.event-list .event-row').first().getAttribute('data-event-id')
    expect(
      await page
        .locator(`.map-canvas .leaflet-marker-pane .event-marker.area-badge[data-event-id="${id}"]`)
        .count(),
    ).toBeGreaterThan(0)
  }, 180_000)

  it('shows a TimelineJS sheet, then a StoryMap, then a KML in every view; keeps it across a reload; removes it', async () => {
    const page = await suite.open()
    const curatedCount = await page.textContent('.app-header .event-count')
    // The curated map stays on the Americas: the rest of the world is not even fetched.
    await page.waitForSelector('.map-canvas path.basemap-country', { state: 'attached' })
    const fetchedWorld = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/basemap-world.json')),
      )
    expect(await fetchedWorld()).toBe(false)
    await openYourData(page)
    await importAndShow(
      page,
      'timelinejs-template.csv',
      '9 rows read: 1 title row, 1 era row, 5 events imported (1 with changes), 0 on the map, 5 on the timeline, 2 skipped',
      5,
    )
    expect(await page.textContent('.your-data-flag')).toContain('Your data: A test timeline')
    // The sheet's title row becomes the card's text, its link a link.
    expect(await page.textContent('.your-data-card .your-data-intro')).toContain('Made up for Frontera')
    expect(await page.locator('.your-data-card a[href="https://example.org/about"]').count()).toBe(1)
    expect(await page.textContent('.your-data-card .intro-counts')).toBe(
      '5 events; 5 not on the map, 0 not on the timeline; 2 rows skipped',
    )
    // Every imported event is listed and on the timeline; none on the map (the sheet has no places).
    await expect.poll(async () => (await timelineIds(page)).length, { timeout: WAIT_LIMIT_MS }).toBe(5)
    expect(await page.locator('.map-canvas .event-marker').count()).toBe(0)
    const bce = await rowId(page, 'Year only BCE')
    const bceRow = page.locator(`.event-list [data-event-id="${bce}"]`)
    expect(await bceRow.textContent()).toContain('300 BC')
    expect(await bceRow.textContent()).toContain('not on the map')
    await bceRow.click()
    await page.waitForSelector(`.detail-panel[data-event-id="${bce}"]`)
    const detail = (await page.textContent('.detail-panel')) ?? ''
    expect(detail).toContain('Not assessed')
    expect(detail).toContain('From your file')
    await page.waitForSelector(`.timeline-canvas .vis-item [data-event-id="${bce}"][data-selected="true"]`)
    // The sheet's era row is a context band in its own "Eras" lane, not an event.
    await page.waitForSelector('.timeline-canvas .vis-item.period-era')
    expect(await page.textContent('.timeline-canvas .vis-item.period-era')).toContain(
      'An era before the common era',
    )
    expect(await page.locator('.timeline-canvas .vis-label', { hasText: 'Eras' }).count()).toBe(1)
    // The sheet's groups (its Group column) are the lanes the timeline starts with.
    expect(await page.getByRole('radio', { name: 'By group' }).isChecked()).toBe(true)
    expect(
      (await page.locator('.timeline-canvas .vis-labelset .vis-label').allTextContents()).map((label) =>
        label.trim(),
      ),
    ).toEqual(['Eras', 'Ancient', 'People', 'No group'])
    // The banner, the card's replacement in the details, and the file's own fields meet WCAG 2.2 AA too.
    const audit = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])

    // The report opens from the card; a StoryMap imported there replaces the sheet.
    await page.getByRole('button', { name: 'Close' }).first().click()
    await page.getByRole('button', { name: 'Import report' }).click()
    await page.waitForSelector('.your-data-dialog[open] .your-data-summary')
    await importAndShow(
      page,
      'storymap.json',
      '5 rows read: 1 title row, 3 events imported (0 with changes), 3 on the map, 2 on the timeline, 1 skipped',
      3,
    )
    // Undated slides are listed ("No date") and mapped, never drawn on the timeline.
    const undated = await rowId(page, 'No date')
    expect(await page.textContent(`.event-list [data-event-id="${undated}"]`)).toContain('No date')
    await expect.poll(async () => (await timelineIds(page)).length, { timeout: WAIT_LIMIT_MS }).toBe(2)
    expect(await timelineIds(page)).not.toContain(undated)
    await page.locator(`.event-list [data-event-id="${undated}"]`).click()
    await page.waitForSelector(`.map-canvas .event-marker[data-event-id="${undated}"][data-selected="true"]`)

    // A KML: every event on the map and the timeline, selected everywhere from the list.
    await page.getByRole('button', { name: 'Your data' }).click()
    await page.waitForSelector('.your-data-dialog[open] .your-data-summary')
    await importAndShow(
      page,
      'places.kml',
      '6 rows read: 4 events imported (1 with changes), 4 on the map, 4 on the timeline, 2 skipped',
      4,
    )
    const stamp = await rowId(page, 'Stamp')
    await page.locator(`.event-list [data-event-id="${stamp}"]`).click()
    await expectSelectedEverywhere(page, stamp)
    expect(await page.locator('.detail-panel a[href="https://example.org/68"]').count()).toBe(1)
    // The file's places are in Kenya: an imported dataset also gets the world's countries, from the site itself.
    await page.waitForSelector('.map-canvas .map-label-country:text-is("Kenya")', { state: 'attached' })
    expect(await fetchedWorld()).toBe(true)

    // Kept across a reload, with the selection in the address bar.
    await page.reload()
    await page.waitForSelector('.your-data-flag')
    await expectSelectedEverywhere(page, stamp)

    // Removed from the report: the curated dataset is back, and a reload does not bring the file back.
    await page.getByRole('button', { name: 'Your data' }).click()
    await page.waitForSelector('.your-data-dialog[open] .your-data-summary')
    await Promise.all([
      page.waitForURL((url) => !url.search.includes('dataset=')),
      page.getByRole('button', { name: 'Remove your data' }).click(),
    ])
    await page.waitForSelector('.event-list .event-row', { state: 'attached' })
    expect(await page.locator('.your-data-flag').count()).toBe(0)
    await expect.poll(() => page.textContent('.app-header .event-count')).toBe(curatedCount)
    await page.goto(`${suite.served.url}?dataset=yours`)
    await page.waitForSelector('.problem-notice')
    expect(await page.textContent('.problem-notice')).toContain('this browser keeps none')
    expect(await page.locator('.your-data-flag').count()).toBe(0)
  }, 180_000)
})

describe('published datasets (?dataset=<name>)', () => {
  /** A copy of the build with two datasets published the way `npm run import` and the build do it. */
  async function servePublished(): Promise<Served> {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-published-site-'))
    cpSync('dist', dir, { recursive: true })
    const datasets = join(dir, 'datasets')
    runImport([
      `${FIXTURES}/places.kml`,
      '--out',
      datasets,
      '--name',
      'kml-demo',
      '--attribution',
      'Test data, CC0',
    ])
    runImport([`${FIXTURES}/storymap.json`, '--out', datasets, '--name', 'story-demo'])
    writeFileSync(join(datasets, 'index.json'), JSON.stringify(indexPublishedDatasets(datasets).index))
    return serveBuild(dir)
  }

  it('opens a dataset the build lists, in the explorer and in an embed, with its credit; refuses any other name', async () => {
    const site = await servePublished()
    try {
      const page = await suite.open('?dataset=kml-demo', {}, site.url)
      expect(await page.textContent('.your-data-flag')).toContain('Dataset: KML test')
      expect(await page.textContent('.your-data-flag')).toContain('Test data, CC0')
      await expect
        .poll(() => page.locator('.event-list .event-row').count(), { timeout: WAIT_LIMIT_MS })
        .toBe(4)
      const stamp = await rowId(page, 'Stamp')
      await page.locator(`.event-list [data-event-id="${stamp}"]`).click()
      await expectSelectedEverywhere(page, stamp)
      // The address keeps the dataset, so the link (and a reload) opens the same event in the same dataset.
      await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBe('kml-demo')
      // Published data can be embedded: the generator's code carries the dataset.
      await page.getByText('Share', { exact: true }).click()
      await page.getByRole('button', { name: 'Embed' }).click()
      await page.waitForSelector('.embed-dialog textarea, .embed-dialog code, .embed-dialog pre')
      const code = await page
        .locator('.embed-dialog textarea, .embed-dialog code, .embed-dialog pre')
        .first()
        .evaluate((element) => (element instanceof HTMLTextAreaElement ? element.value : element.textContent))
      expect(code).toContain('dataset=kml-demo')

      const embed = await suite.open('?embed=1&dataset=story-demo&view=list', {}, site.url)
      expect(await embed.textContent('.embed-credit')).toContain('Dataset: Overview sub')

      for (const name of ['not-listed', '../data/frontera', 'index', 'kml-demo.json']) {
        const other = await suite.open(`?dataset=${encodeURIComponent(name)}`, {}, site.url)
        await other.waitForSelector('.problem-notice')
        expect(await other.textContent('.problem-notice')).toContain('names no dataset this site has')
        expect(await other.locator('.your-data-flag').count()).toBe(0)
      }
    } finally {
      await site.close()
    }
  }, 300_000)
})
