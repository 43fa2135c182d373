/**
 * The plain build side by side (issue 14): bench/plain/ is a page that draws the same data file with the same
 * libraries used the ordinary way (a list of every event, vis-timeline with one item per event, Leaflet with
 * Leaflet.markercluster). `npm run bench` builds it beside the app's build (plain/ in the measured copy of dist/) and
 * measures it with the app's own probes (measureRun: the load until list, map markers and timeline items are drawn,
 * then a timeline pan, a map zoom and a selection from the list), on the bundled data and the synthetic datasets, so
 * that Frontera's lead is measured and not assumed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { serveBuild } from '../tests/e2e/harness'
import { paintedOrNextFrame } from './benchFrames'
import { copyBuild, gz, measureRun, summarize, type DatasetResult } from './bench'
import { precompressDir, writeGzipTwin } from './precompress'

/** Where the plain page is put in the measured copy of dist/, and the page the bench opens there. */
export const PLAIN_DIR = 'plain'
const PLAIN_PAGE = `${PLAIN_DIR}/index.html`

/**
 * Builds bench/plain/ into `outDir` (its own Vite config: one chunk, no app code), with the `.gz` twins the app's
 * build has, so that the server sends both pages' files alike (precompressed, not gzipped on each request).
 */
export async function buildPlainPage(outDir: string): Promise<void> {
  await build({ configFile: join('bench', 'plain', 'vite.config.ts'), build: { outDir }, logLevel: 'warn' })
  precompressDir(outDir)
}

/** The plain page's code before data: its scripts, gzip -9, as the app's "code before data" counts its own. */
export function plainCodeBytes(dist: string): number {
  const assets = join(dist, PLAIN_DIR, 'assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gz(readFileSync(join(assets, file))), 0)
}

export type PlainCase = { name: string; text: string; events: number; runs: number; loadOnly: boolean }
/** A dataset's plain-build runs: as the app's (DatasetResult), and whether only its load was measured. */
export type PlainResult = Pick<DatasetResult, 'name' | 'events' | 'runsPlanned' | 'runs' | 'note'> & {
  loadOnly: boolean
}

/**
 * Measures the plain page on each dataset, in turn, until `deadline` (ms since the epoch): a case left when it has
 * passed is noted, not measured.
 */
export async function benchPlain(
  browser: Browser,
  dist: string,
  cases: readonly PlainCase[],
  deadline: number,
): Promise<PlainResult[]> {
  const results: PlainResult[] = []
  for (const plainCase of cases) {
    const result: PlainResult = {
      name: plainCase.name,
      events: plainCase.events,
      runsPlanned: plainCase.runs,
      loadOnly: plainCase.loadOnly,
      runs: [],
    }
    results.push(result)
    const dir = mkdtempSync(join(tmpdir(), 'frontera-bench-plain-'))
    try {
      copyBuild(dist, dir)
      writeFileSync(join(dir, 'data', 'frontera.json'), plainCase.text)
      writeGzipTwin(join(dir, 'data', 'frontera.json'), plainCase.text)
      const served = await serveBuild(dir)
      try {
        for (let run = 1; run <= plainCase.runs; run++) {
          if (Date.now() > deadline) {
            result.note = `stopped after ${run - 1} run(s): the bench's time budget was used up`
            break
          }
          const started = Date.now()
          const measured = await measureRun(browser, served.url, plainCase.events, run, {
            path: PLAIN_PAGE,
            plain: true,
            loadOnly: plainCase.loadOnly,
          })
          result.runs.push(measured)
          console.error(
            `bench: plain build, ${plainCase.name} run ${run}: ${measured.error ? `FAILED (${measured.error})` : `painted ${Math.round(paintedOrNextFrame(measured.load?.shown, measured.loadMs) ?? Number.NaN)} ms`} [${((Date.now() - started) / 1000).toFixed(1)} s]`,
          )
        }
      } finally {
        await served.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return results
}

const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${Math.round(value)}`

/** "3.1× sooner" / "1.2× later": how the app compares with the plain build on one figure (lower is better). */
export function lead(app: number | null, plain: number | null): string {
  if (app === null || plain === null || app <= 0 || plain <= 0) return ''
  const ratio = plain / app
  if (Math.abs(ratio - 1) < 0.05) return 'same'
  return ratio > 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`
}

/** The side-by-side section of BENCHMARKS.md: each figure as app / plain, and the app's lead. */
export function plainReport(
  plain: readonly PlainResult[],
  app: readonly DatasetResult[],
  appCodeBytes: number,
  plainBytes: number | null,
): string {
  if (plain.length === 0) return ''
  const lines = [
    '## Side by side: a plain build of the same libraries (issue 14)',
    '',
    "`bench/plain/` draws the same data file with the same libraries used the ordinary way: a list of every event, vis-timeline (its peer build) with one item per event, Leaflet with Leaflet.markercluster (one marker per place) over the same bundled basemap; nothing virtualized, validated or deferred. `npm run bench` builds it beside the app (`plain/` in the measured copy of `dist/`) and measures it with the same probes in the same browser, after the app's runs: the load until list, map markers and timeline items are drawn (painted), a 300 px timeline drag, the map's + button, and a click on the third list row until the list, the map and the timeline all mark the event (its zoomed-in selection is not measured: the plain page has no keyboard zoom). Each cell: Frontera / plain build (milliseconds, medians), then Frontera's lead. The first list row stands for the content being readable: the plain page's first contentful paint is its heading, before any event.",
    '',
    `JavaScript before data (gzip -9): Frontera ${(appCodeBytes / 1000).toFixed(1)} kB, plain build ${plainBytes === null ? 'n/a' : `${(plainBytes / 1000).toFixed(1)} kB`}.`,
    '',
    '| dataset | runs (app / plain) | first list row | load → drawn, painted | longest task during load | select → all 3 views, DOM | select, painted | pan: slowest drag step; release | map zoom |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  const pair = (a: number | null, b: number | null) =>
    `${ms(a)} / ${ms(b)}${lead(a, b) ? ` (${lead(a, b)})` : ''}`
  for (const result of plain) {
    const appResult = app.find((candidate) => candidate.name === result.name)
    if (!appResult) continue
    const a = summarize(appResult)
    const p = summarize({ ...result, dataBytes: 0, dataGzipBytes: 0 })
    const measuredRuns = result.runs.filter((run) => !run.error).length
    const interactions = (cell: string) => (result.loadOnly ? 'not measured' : cell)
    lines.push(
      `| ${[
        result.name,
        `${appResult.runs.filter((run) => !run.error).length} / ${measuredRuns}`,
        pair(a.mark('listRow'), p.mark('listRow')),
        pair(a.loadPainted, p.loadPainted),
        pair(a.longestTask, p.longestTask),
        interactions(pair(a.selectDom, p.selectDom)),
        interactions(pair(a.selectPainted, p.selectPainted)),
        interactions(`${ms(a.panStepMax)}; ${ms(a.panRelease)} / ${ms(p.panStepMax)}; ${ms(p.panRelease)}`),
        interactions(pair(a.zoom, p.zoom)),
      ].join(' | ')} |`,
    )
  }
  const notes = plain.flatMap((result) => [
    ...(result.note ? [`- ${result.name}: ${result.note}.`] : []),
    ...(result.loadOnly
      ? [
          `- ${result.name}: the plain build's load only (its interactions take seconds to minutes at this size and would use up the bench's time).`,
        ]
      : []),
    ...result.runs.flatMap((run) => [
      ...(run.error ? [`- ${result.name}, plain build run ${run.run}: failed — ${run.error}`] : []),
      ...(run.select?.timedOut
        ? [
            `- ${result.name}, plain build run ${run.run}: the selection did not show in every view within the probe's time (seen: ${JSON.stringify(run.select.seen)}).`,
          ]
        : []),
    ]),
  ])
  if (notes.length > 0) lines.push('', ...notes)
  return `${lines.join('\n')}\n`
}
