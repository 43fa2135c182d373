/**
 * "Your data" at scale, measured in headless Chromium against dist/ served as in production: a generated CSV of N rows
 * (date, title, category, lat, lon) chosen in the dialog, read in the worker with the progress bar, then shown on the
 * map, the timeline and the list (?dataset=yours). Reports the time from choosing the file to the summary, from
 * "Show" to the list, the map and the timeline drawn, and the main thread's long tasks (> 50 ms) on both pages.
 * Used by scripts/bench.ts; on its own: `npm run build && npx tsx scripts/benchImport.ts [rows,rows…]`.
 */
import type { Browser, Page } from 'playwright-core'
import { launchChromium, openPage } from '../tests/e2e/harness'
import { startStaticServer } from './staticServer'

export type ImportLoad = {
  rows: number
  fileBytes: number
  /** ms from choosing the file to the report's summary (read in the worker, saved in IndexedDB). */
  importMs: number
  /** Whether the progress bar was drawn while the file was read. */
  progressShown: boolean
  /** ms from "Show" to the list, the map markers and the timeline items all drawn (the page reloads). */
  showMs: number
  /** The longest main-thread task (ms) while importing, and while showing; and how many exceeded 200 ms. */
  longestImportTaskMs: number
  longestShowTaskMs: number
  tasksOver200: number
}

/**
 * Said on the console once the list, the map and the timeline are drawn at `?dataset=yours`: the bench waits for it
 * rather than asking the new page, because Playwright's first question to a page evaluates its own script there (a
 * task of about 60 ms, which would be counted as the page's own).
 */
const SHOWN_MESSAGE = 'frontera-bench: shown'

/** Records long tasks and when the views first draw, from the page's start. */
const MARKS = `(() => {
  const marks = (window.__importMarks = { tasks: [], progress: false });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) marks.tasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
  const mark = (name, ok) => { if (ok && marks[name] === undefined) marks[name] = performance.now(); };
  const tick = () => {
    if (document.querySelector('.your-data-progress progress')) marks.progress = true;
    mark('summary', document.querySelector('.your-data-summary') !== null);
    mark('list', document.querySelector('.event-list .event-row') !== null);
    mark('map', document.querySelector('.map-canvas .leaflet-marker-icon') !== null);
    mark('timeline', document.querySelector('.timeline-canvas .vis-item') !== null);
    if (marks.list !== undefined && marks.map !== undefined && marks.timeline !== undefined &&
      location.search.includes('dataset=yours')) { console.debug('${SHOWN_MESSAGE}'); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`

type Marks = { tasks: number[]; progress: boolean } & Partial<
  Record<'summary' | 'list' | 'map' | 'timeline', number>
>
const readMarks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __importMarks: Marks }).__importMarks)

/** A CSV in the generic layout, spread over 20 years and the Americas, seeded so every run reads the same file. */
export function syntheticCsv(rows: number): string {
  const lines = ['date,title,category,lat,lon']
  let seed = 1
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2005, 0, 1) + Math.floor(next() * 20 * 365) * 86_400_000)
    lines.push(
      `${day.toISOString().slice(0, 10)},Row ${i} ${['protest', 'strike', 'seizure'][i % 3] ?? ''},${
        ['protest', 'strike', 'seizure', 'statement'][i % 4] ?? ''
      },${(next() * 60 - 20).toFixed(4)},${(next() * 80 - 120).toFixed(4)}`,
    )
  }
  return `${lines.join('\n')}\n`
}

async function measureOnce(browser: Browser, url: string, rows: number): Promise<ImportLoad> {
  const { page, context, consoleErrors } = await openPage(browser, url, {
    width: 1280,
    height: 800,
    reducedMotion: 'reduce',
  })
  try {
    await context.addInitScript(MARKS)
    await page.goto(url)
    await page.waitForSelector('.event-list .event-row', { state: 'attached' })
    await page.getByRole('button', { name: 'Your data' }).click()
    await page.waitForSelector('.your-data-dialog[open]')
    const csv = Buffer.from(syntheticCsv(rows))
    // The file is made in the page first, and the tasks seen so far (the curated page's own load, making the file)
    // are dropped: what counts starts when the file is chosen. Playwright's setInputFiles would copy the bytes into
    // the page as base64 inside the measured time (a 0.7 s task at 100k), which a reader's file picker never does.
    await page.evaluate(
      ({ text, name }) => {
        ;(window as unknown as { __benchFile: File }).__benchFile = new File([text], name, {
          type: 'text/csv',
        })
      },
      { text: csv.toString('utf8'), name: `rows-${rows}.csv` },
    )
    const chosenAt = await page.evaluate(() => {
      ;(window as unknown as { __importMarks: Marks }).__importMarks.tasks.length = 0
      const input = document.querySelector<HTMLInputElement>('.your-data-dialog input[type=file]')
      if (!input) throw new Error('no file input in the dialog')
      const transfer = new DataTransfer()
      transfer.items.add((window as unknown as { __benchFile: File }).__benchFile)
      input.files = transfer.files
      const at = performance.now()
      input.dispatchEvent(new Event('change', { bubbles: true }))
      return at
    })
    const show = page.getByRole('button', { name: 'Show on the map, the timeline and the list' })
    await page.waitForFunction(
      () => {
        const button = document.querySelector<HTMLButtonElement>('.your-data-show')
        return button !== null && !button.disabled
      },
      undefined,
      { timeout: 600_000 },
    )
    const importing = await readMarks(page)
    const shown = page.waitForEvent('console', {
      predicate: (message) => message.text() === SHOWN_MESSAGE,
      timeout: 600_000,
    })
    // Awaited below; a failed click or navigation throws first, and this must not then be an unhandled rejection.
    shown.catch(() => undefined)
    await Promise.all([page.waitForURL(/dataset=yours/, { timeout: 600_000 }), show.click()])
    const shownAt = Date.now()
    await shown
    const showing = await readMarks(page)
    // The new page's clock starts at its own navigation: "Show" to drawn is its marks plus the unload before it.
    const navigation = await page.evaluate(() => performance.timeOrigin)
    const drawnAt = navigation + Math.max(showing.list ?? 0, showing.map ?? 0, showing.timeline ?? 0)
    if (consoleErrors.length > 0) throw new Error(`console errors: ${consoleErrors.join(' | ')}`)
    const all = [...importing.tasks, ...showing.tasks]
    return {
      rows,
      fileBytes: csv.length,
      importMs: (importing.summary ?? Number.NaN) - chosenAt,
      progressShown: importing.progress,
      showMs: drawnAt - shownAt,
      longestImportTaskMs: Math.max(0, ...importing.tasks),
      longestShowTaskMs: Math.max(0, ...showing.tasks),
      tasksOver200: all.filter((duration) => duration > 200).length,
    }
  } finally {
    await context.close()
  }
}

export async function benchImport(
  browser: Browser,
  dist = 'dist',
  sizes = [10_000, 100_000],
): Promise<ImportLoad[]> {
  const server = await startStaticServer({ root: dist })
  try {
    const results: ImportLoad[] = []
    for (const rows of sizes) results.push(await measureOnce(browser, server.url, rows))
    return results
  } finally {
    await server.close()
  }
}

export function importReport(results: readonly ImportLoad[]): string {
  const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)}`)
  return [
    '## Import: a CSV as "Your data"',
    '',
    'One run per size, 1280×800, reduced motion: the file chosen in the dialog, read in the worker (progress bar), saved',
    'in IndexedDB; then "Show" (the page reloads at `?dataset=yours`) until the list, the map markers and the timeline',
    'items are drawn. Long tasks are the main thread’s, from PerformanceObserver (`longtask`, > 50 ms): while importing, from choosing the file (made in the page beforehand, and given to the file input as a picker would) to the summary; while showing, from the new page’s start.',
    '',
    '| rows | file | choose → summary (ms) | progress bar | Show → drawn (ms) | total (ms) | longest task, import / show (ms) | tasks > 200 ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.rows.toLocaleString('en')} | ${(r.fileBytes / 1e6).toFixed(1)} MB | ${ms(r.importMs)} | ${
          r.progressShown ? 'yes' : 'no'
        } | ${ms(r.showMs)} | ${ms(r.importMs + r.showMs)} | ${ms(r.longestImportTaskMs)} / ${ms(r.longestShowTaskMs)} | ${r.tasksOver200} |`,
    ),
    '',
  ].join('\n')
}

if (process.argv[1]?.endsWith('benchImport.ts')) {
  const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number).filter(Boolean)
  const launched = await launchChromium()
  try {
    console.log(importReport(await benchImport(launched.browser, 'dist', sizes)))
  } finally {
    await launched.close()
  }
}
