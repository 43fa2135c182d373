/**
 * npm run bench:compare -- <git revision>: this build (dist/) against the build of an earlier revision, measured
 * interleaved in one browser, so that both builds see the same machine at the same moments.
 *
 * Why: on this 2-core machine, the same code's figures move by 10–50 % between hours and days (stop 27's note), so
 * comparing today's `npm run bench` with a BENCHMARKS.md written another day says nothing about a 10 % change. Here
 * every run of one build is followed by a run of the other (A B, B A, A B, …), each run being exactly one of
 * `npm run bench`'s runs (measureRun in scripts/bench.ts: load until drawn, pan, map zoom, selection, zoomed-in
 * selection, heap), and the table compares the medians.
 *
 * - The revision is built in a temporary git worktree with this checkout's node_modules (a revision that needs a
 *   package this checkout lacks fails to build, and the script says so).
 * - "bundled" is each build's own bundled dataset (the data changed with the code); both builds also read the earlier
 *   build's bundled file (the code's change alone on the real data), as this checkout's validator reads it: what a
 *   rule added since rejects is left out for both, and said under the section's heading (readableByBoth); the
 *   synthetic datasets are the same file for both builds, made by this checkout's generator.
 * - The result goes into BENCHMARKS.md between its own marks (the rest of the file is kept) and into
 *   bench-results/compare-*.json with every run.
 *
 * Environment: BENCH_COMPARE_RUNS=7 (runs per build and dataset), BENCH_COMPARE_RUNS_100K=3,
 * BENCH_COMPARE_SIZES=1000,10000 (add 100000 for the largest; it takes about 10 minutes more).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { serializeDataset } from '../src/data/datasetLayout'
import { validateDataset } from '../src/data/validateDataset'
import { launchChromium, serveBuild } from '../tests/e2e/harness'
import {
  bundleSizes,
  copyBuild,
  gz,
  measureRun,
  median,
  replaceBetweenMarks,
  summarize,
  type DatasetResult,
  type RunResult,
} from './bench'
import { generateSyntheticDataset, readBaseData } from './generateSynthetic'
import { writeGzipTwin } from './precompress'
import { paintedOrNextFrame } from './benchFrames'

const RUNS = Number(process.env.BENCH_COMPARE_RUNS ?? 7)
const RUNS_100K = Number(process.env.BENCH_COMPARE_RUNS_100K ?? 3)
const SIZES = (process.env.BENCH_COMPARE_SIZES ?? '1000,10000').split(',').map(Number).filter(Boolean)
/** A change this large, either way, is called out in the table. */
const THRESHOLD = 0.1

type Build = { label: string; dist: string }
type Side = { build: Build; result: DatasetResult }
/** `sameFile`: both builds read the very same text (the synthetic datasets; the bundled one only if unchanged). */
type Compared = {
  name: string
  events: [number, number]
  sameFile: boolean
  sides: [Side, Side]
  /** A line under the section's heading (what the file for both builds left out). */
  note?: string
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()

/** Builds the revision in a temporary worktree and returns a copy of its dist/ (the worktree is removed). */
function buildRevision(revision: string): Build {
  const sha = git('rev-parse', '--short', `${revision}^{commit}`)
  const worktree = mkdtempSync(join(tmpdir(), `frontera-compare-${sha}-`))
  const dist = mkdtempSync(join(tmpdir(), `frontera-compare-dist-${sha}-`))
  git('worktree', 'add', '--detach', '--force', worktree, sha)
  try {
    symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'), 'dir')
    console.error(`bench:compare: building ${sha} in ${worktree}`)
    try {
      execFileSync('npm', ['run', 'build'], { cwd: worktree, stdio: ['ignore', 'ignore', 'inherit'] })
    } catch {
      throw new Error(
        `${sha} did not build with this checkout's node_modules (see the messages above); compare with a revision whose dependencies this checkout has`,
      )
    }
    copyBuild(join(worktree, 'dist'), dist)
  } finally {
    git('worktree', 'remove', '--force', worktree)
  }
  return { label: sha, dist }
}

/** A copy of this checkout's dist/ (a build running beside the comparison cannot change what is measured). */
function snapshotCurrent(): Build {
  if (!existsSync(join('dist', 'index.html'))) throw new Error('no dist/: run `npm run build` first')
  const dist = mkdtempSync(join(tmpdir(), 'frontera-compare-dist-head-'))
  copyBuild('dist', dist)
  // Changes to Markdown (BENCHMARKS.md, which this script writes, the README) do not change the build.
  const dirty = git('status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .some((line) => line.trim() !== '' && !line.endsWith('.md'))
  return { label: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + changes' : ''}`, dist }
}

/** Both builds on one dataset: served from copies with that dataset, the runs interleaved. */
async function compareDataset(
  browser: Browser,
  name: string,
  builds: [Build, Build],
  dataFor: (build: Build) => string,
  runs: number,
): Promise<Compared> {
  const texts = builds.map(dataFor)
  const events = texts.map((text) => (JSON.parse(text) as { events: unknown[] }).events.length) as [
    number,
    number,
  ]
  const dirs = builds.map((build, index) => {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-compare-run-'))
    copyBuild(build.dist, dir)
    writeFileSync(join(dir, 'data', 'frontera.json'), texts[index] ?? '')
    writeGzipTwin(join(dir, 'data', 'frontera.json'), texts[index] ?? '')
    return dir
  })
  const served = await Promise.all(dirs.map((dir) => serveBuild(dir)))
  const results: [RunResult[], RunResult[]] = [[], []]
  try {
    for (let run = 1; run <= runs; run++) {
      // A B, then B A: neither build always goes first after the other's run.
      for (const index of run % 2 ? ([0, 1] as const) : ([1, 0] as const)) {
        const measured = await measureRun(browser, served[index]?.url ?? '', events[index], run)
        results[index].push(measured)
        console.error(
          `bench:compare: ${name} ${builds[index].label} run ${run}: ${measured.error ? `FAILED (${measured.error})` : `drawn: painted ${Math.round(paintedOrNextFrame(measured.load?.shown, measured.loadMs) ?? NaN)}, next frame ${Math.round(measured.loadMs ?? NaN)} ms`}`,
        )
      }
    }
  } finally {
    await Promise.all(served.map((server) => server.close()))
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
  const side = (index: 0 | 1): Side => ({
    build: builds[index],
    result: {
      name,
      events: events[index],
      dataBytes: Buffer.byteLength(texts[index] ?? ''),
      dataGzipBytes: gz(texts[index] ?? ''),
      runsPlanned: runs,
      runs: results[index],
    },
  })
  return { name, events, sameFile: texts[0] === texts[1], sides: [side(0), side(1)] }
}

/** The same dataset text, for both builds, as this checkout's validator reads it: see readableByBoth. */
export type Readable = { text: string; left: string[] } | { reason: string }

type Row = { id?: unknown; relations?: unknown; steps?: unknown } | null

/**
 * The dataset text as this checkout's validator reads it without an error, for both builds to read: the text itself
 * when it has none, else the text without what this checkout rejects under a rule added since, found again until
 * nothing is left: a relation or a story step the validator names (b3855d4's two relations that close a circle), or
 * else the whole event or story. `left` says what was left out (`<event id> relations[0]`, `story <id>`); `reason`
 * when the text is not JSON, or an error is not an event's or a story's.
 */
export function readableByBoth(text: string): Readable {
  let value: Record<string, unknown>
  try {
    value = JSON.parse(text) as Record<string, unknown>
  } catch (error) {
    return { reason: `not JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  const left: string[] = []
  for (let round = 0; round < 20; round++) {
    const errors = validateDataset(value).problems.filter((problem) => problem.severity === 'error')
    if (errors.length === 0) return { text: left.length ? JSON.stringify(value) : text, left }
    const rows = {
      event: Array.isArray(value.events) ? (value.events as Row[]) : [],
      story: Array.isArray(value.stories) ? (value.stories as Row[]) : [],
    }
    const dropRows = { event: new Set<string>(), story: new Set<string>() }
    /** Per row (kind and id), the indices of its relations or steps to leave out. */
    const dropParts = new Map<
      string,
      { kind: 'event' | 'story'; id: string; list: string; at: Set<number> }
    >()
    for (const problem of errors) {
      // A problem's row names its event or story: `event "<id>"` (with `(events[<index>])` where that is known).
      const [, kind, id] = /^(event|story) "([^"]+)"/u.exec(problem.row) ?? []
      if ((kind !== 'event' && kind !== 'story') || !id)
        return { reason: `${problem.row}, ${problem.field}: ${problem.message}` }
      const [, list, index] = /^(relations|steps)\[(\d+)\]/u.exec(problem.field) ?? []
      if (list && index !== undefined && (list === 'relations') === (kind === 'event')) {
        const key = `${kind} ${id}`
        const part = dropParts.get(key) ?? { kind, id, list, at: new Set<number>() }
        part.at.add(Number(index))
        dropParts.set(key, part)
      } else dropRows[kind].add(id)
    }
    const edit = (kind: 'event' | 'story') =>
      rows[kind]
        .filter((row) => !dropRows[kind].has(String(row?.id)))
        .map((row) => {
          const part = dropParts.get(`${kind} ${String(row?.id)}`)
          const list = part && row ? (row as Record<string, unknown>)[part.list] : undefined
          if (!part || !Array.isArray(list)) return row
          return { ...row, [part.list]: list.filter((_, index) => !part.at.has(index)) }
        })
    left.push(...dropRows.event, ...[...dropRows.story].map((id) => `story ${id}`))
    for (const part of dropParts.values())
      if (!dropRows[part.kind].has(part.id))
        left.push(
          ...[...part.at].map(
            (index) => `${part.kind === 'story' ? 'story ' : ''}${part.id} ${part.list}[${index}]`,
          ),
        )
    value = {
      ...value,
      events: edit('event'),
      ...(Array.isArray(value.stories) ? { stories: edit('story') } : {}),
    }
  }
  return { reason: 'what this checkout rejects could not all be left out' }
}

type Figure = { label: string; of: (result: DatasetResult) => number | null; unit: 'ms' | 'MB' }

const cpuOf = (phase: 'load' | 'select' | 'selectZoomed' | 'pan' | 'zoom') => (result: DatasetResult) =>
  median(result.runs.filter((run) => !run.error).map((run) => run.cpu?.[phase]?.thread))

/** The figures of BENCHMARKS.md's tables that one run gives, each as the median over the runs. */
const FIGURES: readonly Figure[] = [
  { label: 'load → map + timeline + list drawn, painted', of: (r) => summarize(r).loadPainted, unit: 'ms' },
  { label: 'load → map + timeline + list drawn, next frame', of: (r) => summarize(r).load, unit: 'ms' },
  { label: 'first contentful paint', of: (r) => summarize(r).firstContentfulPaint, unit: 'ms' },
  { label: 'first list row', of: (r) => summarize(r).mark('listRow'), unit: 'ms' },
  { label: 'longest long task until drawn', of: (r) => summarize(r).longestTask, unit: 'ms' },
  { label: 'select → all 3 views in the DOM', of: (r) => summarize(r).selectDom, unit: 'ms' },
  { label: 'select → painted', of: (r) => summarize(r).selectPainted, unit: 'ms' },
  { label: 'select → next frame', of: (r) => summarize(r).selectFrame, unit: 'ms' },
  { label: 'select, timeline zoomed in → DOM', of: (r) => summarize(r).zoomedDom, unit: 'ms' },
  { label: 'select, timeline zoomed in → painted', of: (r) => summarize(r).zoomedPainted, unit: 'ms' },
  { label: 'timeline pan: drag step, median', of: (r) => summarize(r).panStep, unit: 'ms' },
  { label: 'timeline pan: drag step, slowest', of: (r) => summarize(r).panStepMax, unit: 'ms' },
  { label: 'timeline pan: release', of: (r) => summarize(r).panRelease, unit: 'ms' },
  { label: 'map zoom in', of: (r) => summarize(r).zoom, unit: 'ms' },
  { label: 'JS heap after load and interactions, after GC', of: (r) => summarize(r).heap, unit: 'MB' },
  { label: 'main-thread CPU: load', of: cpuOf('load'), unit: 'ms' },
  { label: 'main-thread CPU: select', of: cpuOf('select'), unit: 'ms' },
  { label: 'main-thread CPU: select, zoomed in', of: cpuOf('selectZoomed'), unit: 'ms' },
  { label: 'main-thread CPU: pan', of: cpuOf('pan'), unit: 'ms' },
  { label: 'main-thread CPU: map zoom', of: cpuOf('zoom'), unit: 'ms' },
]

const format = (value: number | null, unit: Figure['unit']) =>
  value === null ? 'n/a' : unit === 'MB' ? `${value.toFixed(1)} MB` : `${Math.round(value)}`

/** The change from the earlier build (first) to this one (second), and whether it passes the threshold. */
export function change(before: number | null, after: number | null): { text: string; worse: boolean } {
  if (before === null || after === null) return { text: 'n/a', worse: false }
  if (before === 0) return { text: after === 0 ? '0 %' : 'from 0', worse: false }
  // Judged on the percentage shown, so that a change printed as "+10 %" is never called more than 10 % (110 / 100 - 1
  // is 0.10000000000000009 in floating point).
  const percent = Math.round((after / before - 1) * 100)
  const text = `${percent > 0 ? '+' : percent < 0 ? '−' : ''}${Math.abs(percent)} %`
  if (percent > THRESHOLD * 100) return { text: `**${text} worse**`, worse: true }
  if (percent < -THRESHOLD * 100) return { text: `${text} better`, worse: false }
  return { text, worse: false }
}

function report(compared: Compared[], before: Build, after: Build, seconds: number, version: string): string {
  const [beforeBytes, afterBytes] = [before, after].map((build) =>
    bundleSizes(build.dist)
      .files.filter((file) => file.initial && file.kind === 'JS')
      .reduce((sum, file) => sum + file.gzip, 0),
  ) as [number, number]
  const worse: string[] = []
  const lines = [
    '## Interleaved against an earlier build (npm run bench:compare)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}: \`npm run bench:compare -- ${before.label}\`, ${seconds.toFixed(0)} s, on ${cpus().length} cores (1-minute load average ${loadavg()[0]?.toFixed(2)} at the end), Chromium ${version}. **Before:** ${before.label}; **after:** ${after.label}. Each run is one of \`npm run bench\`'s runs (scripts/bench.ts \`measureRun\`); the two builds take turns (A B, B A, …) in one browser, so both see the machine at the same moments. Medians over the runs, with the fastest and the slowest run of the first figure. A change of more than ${THRESHOLD * 100} % either way is called out; with ${RUNS} runs a side, smaller changes are within this machine's noise.`,
    '',
  ]
  const bytesChange = change(beforeBytes, afterBytes)
  if (bytesChange.worse) worse.push('code before data')
  lines.push(
    `Code before data (JS referenced by index.html, gzip -9): ${(beforeBytes / 1000).toFixed(1)} kB before, ${(afterBytes / 1000).toFixed(1)} kB after (${bytesChange.text}).`,
    '',
  )
  for (const { name, events, sameFile, sides, note } of compared) {
    const [first, second] = sides
    const range = (side: Side) => {
      const loads = side.result.runs
        .map((run) => paintedOrNextFrame(run.load?.shown, run.loadMs))
        .filter((ms): ms is number => typeof ms === 'number')
      return loads.length ? ` (${Math.round(Math.min(...loads))}–${Math.round(Math.max(...loads))})` : ''
    }
    const ok = (side: Side) => side.result.runs.filter((run) => !run.error).length
    lines.push(
      `### ${name}: ${sameFile ? `${events[0].toLocaleString('en')} events, the same file for both` : `${events[0].toLocaleString('en')} events before, ${events[1].toLocaleString('en')} after (each build's own file)`}; runs ${ok(first)}/${first.result.runs.length} before, ${ok(second)}/${second.result.runs.length} after`,
      '',
      ...(note ? [note, ''] : []),
      `| figure | before (${first.build.label}) | after (${second.build.label}) | change |`,
      '| --- | ---: | ---: | --- |',
    )
    for (const [index, figure] of FIGURES.entries()) {
      const a = figure.of(first.result)
      const b = figure.of(second.result)
      const delta = change(a, b)
      if (delta.worse) worse.push(`${name}: ${figure.label}`)
      lines.push(
        `| ${figure.label} | ${format(a, figure.unit)}${index === 0 ? range(first) : ''} | ${format(b, figure.unit)}${index === 0 ? range(second) : ''} | ${delta.text} |`,
      )
    }
    const errors = sides.flatMap((side) =>
      side.result.runs
        .filter((run) => run.error)
        .map((run) => `${side.build.label} run ${run.run}: ${run.error}`),
    )
    if (errors.length) lines.push('', `Failed runs: ${errors.join('; ')}.`)
    lines.push('')
  }
  lines.push(
    worse.length
      ? `**Worse by more than ${THRESHOLD * 100} %:** ${worse.join('; ')}.`
      : `**No figure is worse by more than ${THRESHOLD * 100} %.**`,
    '',
  )
  return lines.join('\n')
}

const START_MARK = '<!-- npm run bench:compare: generated from here -->'
const END_MARK = '<!-- npm run bench:compare: generated up to here -->'

/** Puts the comparison between its marks in BENCHMARKS.md (at the end the first time); the rest is kept. */
export function mergeIntoBenchmarksFile(
  markdown: string,
  current = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '',
): string {
  const replaced = replaceBetweenMarks(current, markdown, START_MARK, END_MARK)
  if (replaced !== null) return replaced
  const generated = `${START_MARK}\n${markdown.trimEnd()}\n${END_MARK}\n`
  return current ? `${current.trimEnd()}\n\n${generated}` : generated
}

async function main(): Promise<void> {
  const revision = process.argv[2]
  if (!revision) {
    console.error('usage: npm run bench:compare -- <git revision to compare this build with>')
    process.exit(2)
  }
  const started = Date.now()
  const after = snapshotCurrent()
  const before = buildRevision(revision)
  const builds: [Build, Build] = [before, after]
  const compared: Compared[] = []
  const launched = await launchChromium()
  const version = launched.browser.version()
  try {
    const own = (build: Build) => readFileSync(join(build.dist, 'data', 'frontera.json'), 'utf8')
    compared.push(await compareDataset(launched.browser, 'bundled', builds, own, RUNS))
    // The same code question on the same data: each build's own file measures the data's growth too (45 events at
    // b3855d4, 122 now), and with it a longer first paint, a bigger heap, another fourth row and another zoomed-in
    // window. So both builds also read the earlier build's file, as this checkout's validator reads it.
    const earlier = own(before)
    if (earlier !== own(after)) {
      const readable = readableByBoth(earlier)
      if ('reason' in readable)
        console.error(
          `bench:compare: the earlier build's bundled file is not compared on both: ${readable.reason}`,
        )
      else {
        const pair = await compareDataset(
          launched.browser,
          `bundled, ${before.label}'s file`,
          builds,
          () => readable.text,
          RUNS,
        )
        if (readable.left.length)
          pair.note = `Left out of that file for both builds, as this build's validator rejects them: ${readable.left.map((part) => `\`${part}\``).join(', ')}.`
        compared.push(pair)
      }
    }
    const base = readBaseData('data')
    for (const size of SIZES) {
      const text = serializeDataset(generateSyntheticDataset(size, 1, base))
      const name = `synthetic ${size >= 1000 ? `${size / 1000}k` : size}`
      compared.push(
        await compareDataset(launched.browser, name, builds, () => text, size >= 100_000 ? RUNS_100K : RUNS),
      )
    }
  } finally {
    await launched.close()
  }
  const markdown = report(compared, before, after, (Date.now() - started) / 1000, version)
  for (const build of builds) rmSync(build.dist, { recursive: true, force: true })
  mkdirSync('bench-results', { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  writeFileSync(
    join('bench-results', `compare-${stamp}.json`),
    JSON.stringify(
      { date: new Date().toISOString(), before: before.label, after: after.label, compared },
      null,
      2,
    ),
  )
  writeFileSync('BENCHMARKS.md', mergeIntoBenchmarksFile(markdown))
  console.log(markdown)
}

// Run as a script (npm run bench:compare); its tests import the pure parts.
if (process.argv[1]?.endsWith('benchCompare.ts')) await main()
