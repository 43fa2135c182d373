/**
 * The embed's initial load, measured in headless Chromium against dist/ served as in production (gzip, the security
 * headers): bytes transferred for code (HTML, JS, CSS) before any data, the data itself, which files were loaded,
 * and the time until the map and the timeline have drawn (or, for the list view, the first row).
 * Used by scripts/bench.ts; on its own: `npm run build && npx tsx scripts/benchEmbed.ts [runs]`.
 */
import type { Browser } from 'playwright-core'
import { launchChromium, openPage } from '../tests/e2e/harness'
import { startStaticServer } from './staticServer'
import { paintedOrNextFrame, SHOWN_REPORT, shownWatch } from './benchFrames'

const DRAWN_MESSAGE = 'frontera-bench: drawn'

/**
 * Marks, in the page, when each view first shows something, and says on the console when the view the link asks for
 * is drawn: the bench waits for that message rather than asking the page, because any question Playwright asks
 * (waitForFunction, waitForSelector, evaluate) first evaluates its own script in the page, on the main thread the
 * load is using (about 130 ms of the map view's drawn time here: stop 27's note).
 */
const DRAWN_MARKS = `(() => {
  const marks = (window.__embedMarks = {});
  const mark = (name, ok) => { if (ok && marks[name] === undefined) marks[name] = performance.now(); };
  const needed = new URLSearchParams(location.search).get('view') === 'list' ? ['list'] : ['map', 'timeline'];
  const tick = () => {
    mark('map', document.querySelector('.embed .map-canvas .leaflet-marker-icon') !== null);
    // Drawn is seen: vis-timeline lays its items out while it still hides itself (visibility), so its items count
    // only once it shows.
    const timeline = document.querySelector('.embed .vis-timeline');
    mark('timeline', document.querySelector('.embed .chrono-item') !== null ||
      (timeline !== null && timeline.querySelector('.vis-item') !== null && getComputedStyle(timeline).visibility === 'visible'));
    mark('list', document.querySelector('.embed .event-row') !== null);
    // The map's boundaries (the bundled basemap, its own file): not part of drawn, timed on their own.
    mark('basemap', document.querySelector('.embed .leaflet-basemap-pane path') !== null);
    const isDrawn = needed.every((name) => marks[name] !== undefined);
    if (isDrawn && !marks.said) { marks.said = 1; console.debug('${DRAWN_MESSAGE}'); }
    if ((!isDrawn || (needed.includes('map') && marks.basemap === undefined)) && performance.now() < 30000)
      requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`

/** The drawn condition of each view, for the watch that times its paint (benchFrames.ts): as DRAWN_MARKS checks it. */
const SHOWN_CONDITION = `new URLSearchParams(location.search).get('view') === 'list'
  ? document.querySelector('.embed .event-row')
  : document.querySelector('.embed .map-canvas .leaflet-marker-icon') && (document.querySelector('.embed .chrono-item') ||
    (document.querySelector('.embed .vis-timeline .vis-item') && getComputedStyle(document.querySelector('.embed .vis-timeline')).visibility === 'visible'))`

export type EmbedLoad = {
  view: 'map' | 'list'
  /** The frame's width in CSS px: below 480 px the map view shows the chronology instead of vis-timeline. */
  width: number
  /** Transferred bytes (compressed, with headers) of the HTML, scripts and styles. */
  codeBytes: number
  /** The same files' bodies only (gzip, as served): what a size budget in kB gzip counts; headers vary by a few hundred bytes between runs. */
  codeBodyBytes: number
  /** Transferred bytes of the dataset and the basemap. */
  dataBytes: number
  files: string[]
  /**
   * ms from navigation start until map markers and timeline items are drawn and shown (map view), or a row (list):
   * the end of the frame that painted them (benchFrames.ts), else the next frame's time.
   */
  drawnMs: number | null
  /** The same, as the next animation frame saw it (what this bench reported as drawn before stop 34). */
  nextFrameMs: number | null
  /** Over the runs (benchEmbed's results only): the fastest and the slowest load, and how many there were. */
  drawnRangeMs?: readonly [number, number]
  /** Map view: ms from navigation start until the map's boundaries (the basemap) are on screen too. */
  basemapMs: number | null
  runs?: number
}

async function measureOnce(
  browser: Browser,
  url: string,
  view: EmbedLoad['view'],
  width: number,
): Promise<EmbedLoad> {
  const { page, context, consoleErrors } = await openPage(browser, url, {
    width,
    height: 800,
    reducedMotion: 'reduce',
    waitForApp: false,
  })
  try {
    await context.addInitScript(`${shownWatch(SHOWN_CONDITION)}\n${DRAWN_MARKS}`)
    const transfers: {
      path: string
      kind: 'code' | 'data' | 'other'
      bytes: Promise<number>
      bodyBytes: Promise<number>
    }[] = []
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname
      const kind = /\.(js|css|html)$|\/$/u.test(path)
        ? 'code'
        : /frontera\.json$|basemap\.json$/u.test(path)
          ? 'data'
          : 'other'
      const sizes = request.sizes()
      transfers.push({
        path,
        kind,
        bytes: sizes.then((sized) => sized.responseBodySize + sized.responseHeadersSize),
        bodyBytes: sizes.then((sized) => sized.responseBodySize),
      })
    })
    const drawn = page.waitForEvent('console', {
      predicate: (message) => message.text() === DRAWN_MESSAGE,
      timeout: 30_000,
    })
    // Awaited below; a failed navigation throws first, and this must not then be an unhandled rejection.
    drawn.catch(() => undefined)
    await page.goto(`${url}embed.html?embed=1&view=${view}`, { waitUntil: 'commit' })
    await drawn
    const done = view === 'map' ? ['map', 'timeline'] : ['list']
    const marks = await page.evaluate(
      () => (window as unknown as { __embedMarks: Record<string, number> }).__embedMarks,
    )
    const shown = await page.evaluate<{ shownAt: number | null; paintedAt: number | null }>(SHOWN_REPORT)
    await page.waitForLoadState('networkidle')
    // After drawn (nothing is asked of the page before): until the map's boundaries are drawn too.
    const basemapMs =
      view === 'map'
        ? await page
            .waitForFunction(
              () => (window as unknown as { __embedMarks: Record<string, number> }).__embedMarks.basemap,
              undefined,
              { timeout: 30_000 },
            )
            .then((handle) => handle.jsonValue() as Promise<number>)
        : null
    if (consoleErrors.length > 0) throw new Error(`console errors: ${consoleErrors.join(' | ')}`)
    const nextFrameMs = Math.max(...done.map((name) => marks[name] ?? Number.NaN))
    const sum = async (kind: string, part: 'bytes' | 'bodyBytes' = 'bytes') =>
      (await Promise.all(transfers.filter((t) => t.kind === kind).map((t) => t[part]))).reduce(
        (a, b) => a + b,
        0,
      )
    return {
      view,
      width,
      codeBytes: await sum('code'),
      codeBodyBytes: await sum('code', 'bodyBytes'),
      dataBytes: await sum('data'),
      files: transfers.map((t) => t.path).sort(),
      drawnMs: paintedOrNextFrame(shown, nextFrameMs),
      nextFrameMs,
      basemapMs,
    }
  } finally {
    await context.close()
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/**
 * At least this many loads per case: on this 2-core machine one embed load varies by ±200 ms with what else runs,
 * and a median of 3 moved by 300 ms between two runs of the same build in one hour (stop 26's closing note).
 */
const MIN_RUNS = 5

/**
 * Medians over `runs` (at least MIN_RUNS) fresh loads of each embed view. The cases take turns (map, list, narrow
 * map, then again), so that a slow moment of the machine falls on all of them rather than on one case's runs.
 */
export async function benchEmbed(browser: Browser, dist = 'dist', runs = 3): Promise<EmbedLoad[]> {
  const server = await startStaticServer({ root: dist })
  try {
    const cases = [
      ['map', 640],
      ['list', 640],
      ['map', 320],
    ] as const
    const loads: EmbedLoad[][] = cases.map(() => [])
    for (let run = 0; run < Math.max(runs, MIN_RUNS); run++)
      for (const [index, [view, width]] of cases.entries())
        loads[index]?.push(await measureOnce(browser, server.url, view, width))
    return loads.flatMap((caseLoads) => {
      const first = caseLoads[0]
      if (!first) return []
      const drawn = caseLoads.map((load) => load.drawnMs ?? Number.NaN)
      return [
        {
          ...first,
          codeBytes: median(caseLoads.map((load) => load.codeBytes)),
          codeBodyBytes: median(caseLoads.map((load) => load.codeBodyBytes)),
          dataBytes: median(caseLoads.map((load) => load.dataBytes)),
          drawnMs: median(drawn),
          nextFrameMs: median(caseLoads.map((load) => load.nextFrameMs ?? Number.NaN)),
          drawnRangeMs: [Math.min(...drawn), Math.max(...drawn)] as const,
          basemapMs:
            first.basemapMs === null ? null : median(caseLoads.map((load) => load.basemapMs ?? Number.NaN)),
          runs: caseLoads.length,
        },
      ]
    })
  } finally {
    await server.close()
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

export function embedReport(results: readonly EmbedLoad[]): string {
  const rows = results.map(
    (result) =>
      `| \`embed.html?embed=1&view=${result.view}\` | ${result.width} | ${kB(result.codeBodyBytes)} / ${kB(result.codeBytes)} | ${kB(result.dataBytes)} | ${
        result.drawnMs === null || Number.isNaN(result.drawnMs) ? 'n/a' : Math.round(result.drawnMs)
      } / ${result.nextFrameMs === null || Number.isNaN(result.nextFrameMs) ? 'n/a' : Math.round(result.nextFrameMs)} | ${
        result.drawnRangeMs
          ? `${Math.round(result.drawnRangeMs[0])}–${Math.round(result.drawnRangeMs[1])} (${result.runs ?? '?'} runs)`
          : 'n/a'
      } | ${result.basemapMs === null || Number.isNaN(result.basemapMs) ? '–' : Math.round(result.basemapMs)} | ${result.files.join(', ')} |`,
  )
  return [
    '## Embed: initial load',
    '',
    'Fresh profile, 640 × 800 (and a 320 px phone frame), dist/ served by scripts/staticServer.ts (gzip, production headers), median of at',
    `least ${MIN_RUNS} runs per case, the cases taking turns. Code = HTML, JS and CSS before any data: their gzip bodies as served (what a budget in kB gzip counts), then as transferred with headers (which vary by several hundred bytes from run to run: 309.2 and 310.0 kB for the same build in two runs of stop 34); data = dataset and`,
    'basemap. Drawn = ms from navigation start until map markers and timeline items (map view; the chronology in',
    'frames below 480 px) or the first row (list view) are on screen (the timeline no longer hidden by vis-timeline): first the end of the frame that painted them',
    '(a MutationObserver sees the moment, the Long Animation Frames API the frame: scripts/benchFrames.ts), then, after the slash, the next animation frame',
    'in which an init script polling every frame sees them (what this table gave before stop 34; a frame late when the timeline shows itself in its own',
    'animation callback, plus any long task between). The poll then writes',
    "a line to the console, and the bench asks the page nothing until then (see Method). The explorer's layouts, the embed code",
    'generator, print, export and cite load only on demand; so do the timeline, the list and the cards in an embed.',
    "Map boundaries drawn = the same, until the map's boundaries (the bundled basemap, a file of its own) are drawn as well.",
    '',
    '| embed | width | code: gzip bodies / as transferred | data | drawn (ms): painted / next frame | painted, fastest–slowest | map boundaries drawn (ms) | files loaded |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
  ].join('\n')
}

if (process.argv[1]?.endsWith('benchEmbed.ts')) {
  const launched = await launchChromium()
  try {
    console.log(embedReport(await benchEmbed(launched.browser, 'dist', Number(process.argv[2] ?? 3))))
  } finally {
    await launched.close()
  }
}
