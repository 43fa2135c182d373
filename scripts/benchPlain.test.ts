import { describe, expect, it } from 'vitest'
import type { DatasetResult, RunResult } from './bench'
import { lead, plainReport, type PlainResult } from './benchPlain'

/** One measured run with these figures (ms): list row, drawn (painted), longest task, selection, pan, zoom. */
function run(figures: {
  row: number
  drawn: number
  task: number
  select?: number
  zoom?: number
}): RunResult {
  return {
    run: 1,
    consoleErrors: [],
    loadMs: figures.drawn + 10,
    load: {
      readyAt: figures.drawn + 10,
      shown: { shownAt: figures.drawn - 5, paintedAt: figures.drawn },
      marks: { listRow: figures.row },
      longTasks: [[100, figures.task]],
      domContentLoaded: 50,
      firstContentfulPaint: 40,
      dataRequestStart: 10,
      dataResponseEnd: 20,
      basemapResponseEnd: 30,
      rows: 3,
      markers: 3,
      timelineItems: 3,
      aggregateItems: 0,
    },
    ...(figures.select === undefined
      ? {}
      : {
          select: {
            id: 'a',
            seen: { list: figures.select, map: figures.select, timeline: figures.select },
            domMs: figures.select,
            frameMs: figures.select + 20,
            paintMs: figures.select + 10,
            paintedAll: true,
          },
          pan: { ms: 300, moves: [10, 20], release: 30, windowChanged: true, longTasks: 0, longestTaskMs: 0 },
          zoom: { ms: figures.zoom ?? 50, sawAnimation: false, markersBefore: 3, markersAfter: 3 },
        }),
  }
}

const app = (name: string, runs: RunResult[]): DatasetResult => ({
  name,
  events: 122,
  dataBytes: 1,
  dataGzipBytes: 1,
  runsPlanned: runs.length,
  runs,
})

describe('lead', () => {
  it('says how many times faster or slower the app is than the plain build, lower being better', () => {
    expect(lead(100, 650)).toBe('6.5× faster')
    expect(lead(150, 100)).toBe('1.5× slower')
    expect(lead(100, 103)).toBe('same')
    expect(lead(null, 100)).toBe('')
  })
})

describe('plainReport', () => {
  it('puts each figure of the app beside the plain build, with the lead, and says what was not measured', () => {
    const plain: PlainResult[] = [
      {
        name: 'bundled',
        events: 122,
        runsPlanned: 1,
        loadOnly: false,
        runs: [run({ row: 900, drawn: 1000, task: 380, select: 330, zoom: 300 })],
      },
      {
        name: 'synthetic 10k',
        events: 10_000,
        runsPlanned: 1,
        loadOnly: true,
        runs: [run({ row: 3000, drawn: 15_600, task: 11_000 })],
      },
    ]
    const report = plainReport(
      plain,
      [
        app('bundled', [run({ row: 220, drawn: 1500, task: 300, select: 150, zoom: 55 })]),
        app('synthetic 10k', [run({ row: 240, drawn: 2400, task: 200, select: 120 })]),
      ],
      119_800,
      232_100,
    )
    expect(report).toContain('JavaScript before data (gzip -9): Frontera 119.8 kB, plain build 232.1 kB.')
    const rows = report
      .split('\n')
      .filter((line) => line.startsWith('| bundled') || line.startsWith('| synthetic'))
    expect(rows).toEqual([
      '| bundled | 1 / 1 | 220 / 900 (4.1× faster) | 1500 / 1000 (1.5× slower) | 300 / 380 (1.3× faster) | 150 / 330 (2.2× faster) | 160 / 340 (2.1× faster) | 20; 30 / 20; 30 | 55 / 300 (5.5× faster) |',
      '| synthetic 10k | 1 / 1 | 240 / 3000 (12.5× faster) | 2400 / 15600 (6.5× faster) | 200 / 11000 (55.0× faster) | not measured | not measured | not measured | not measured |',
    ])
    expect(report).toContain("synthetic 10k: the plain build's load only")
  })

  it('writes nothing when the plain build was not measured (BENCH_PLAIN=0)', () => {
    expect(plainReport([], [], 0, null)).toBe('')
  })
})
