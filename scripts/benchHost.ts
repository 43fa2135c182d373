/**
 * How fast the host is while the bench runs: one fixed workload, timed in a blank page of the same browser at the
 * bench's start and at its end. The same code measured on this 2-core machine has differed by up to 50 % between
 * hours; with this figure beside them, two runs' numbers can be told apart as code or as host (a run whose workload
 * took 30 % longer ran on a host about 30 % slower), and a slow hour is measured, not assumed.
 */
import type { Browser } from 'playwright-core'

/**
 * The workload: script (200,000 pseudo-random numbers generated and sorted), JSON (20,000 small records written and
 * read back) and the page's style and layout (2,000 rows of text laid out, narrowed and laid out again): the three
 * kinds of work the app's load and selections are made of. Deterministic; returns a checksum of its results.
 * It runs as source text in the page, so it has no inner functions (tsx would wrap their names in a helper the page
 * does not have).
 */
export function hostWorkload(doc: Document): number {
  let x = 2463534242
  const numbers = new Float64Array(200_000)
  for (let i = 0; i < numbers.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    numbers[i] = (x >>> 0) / 4294967296
  }
  numbers.sort()
  const records: { id: string; title: string; value: number }[] = []
  for (let i = 0; i < 20_000; i++)
    records.push({ id: `e${i}`, title: `Event ${i} of the workload`, value: numbers[i * 10] ?? 0 })
  const parsed = JSON.parse(JSON.stringify(records)) as typeof records
  const host = doc.createElement('div')
  for (let i = 0; i < 2000; i++) {
    const row = doc.createElement('div')
    row.textContent = `${parsed[i]?.title ?? ''}: ${String(parsed[i]?.value ?? 0)}`
    host.append(row)
  }
  doc.body.append(host)
  let height = host.offsetHeight
  host.style.width = '240px'
  height += host.offsetHeight
  host.remove()
  // The heights are read so that the layouts happen; they stay out of the checksum, since jsdom lays nothing out.
  return Math.round((numbers[100_000] ?? 0) * 1e6) + parsed.length + (height >= 0 ? 0 : 1)
}

export type HostSpeed = { medianMs: number | null; runsMs: number[] }

/** Times the workload in a fresh blank page: three warm-ups (the script compiler's tiers, the heap's growth), then `runs` timed runs. */
export async function measureHostSpeed(browser: Browser, runs = 9): Promise<HostSpeed> {
  const page = await browser.newPage()
  try {
    const runsMs = await page.evaluate<number[]>(`(() => {
      const workload = ${hostWorkload.toString()};
      for (let i = 0; i < 3; i++) workload(document);
      const times = [];
      for (let i = 0; i < ${runs}; i++) {
        const start = performance.now();
        workload(document);
        times.push(performance.now() - start);
      }
      return times;
    })()`)
    const sorted = [...runsMs].sort((a, b) => a - b)
    return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? null, runsMs }
  } finally {
    await page.close()
  }
}

/** The report's line on the host, for the bench's start and end. */
export function hostSpeedLine(atStart: HostSpeed | null, atEnd: HostSpeed | null): string {
  const fmt = (speed: HostSpeed | null) =>
    speed?.medianMs === null || speed?.medianMs === undefined ? 'n/a' : `${Math.round(speed.medianMs)} ms`
  return `Host speed: a fixed workload (scripts/benchHost.ts: sorting, JSON and the layout of 2,000 rows, in a blank page of the same browser; median of ${atStart?.runsMs.length ?? 0}) took ${fmt(atStart)} when the bench started and ${fmt(atEnd)} when it ended. Lower is faster; before comparing two runs' figures, compare this line: a run whose workload took 30 % longer ran on a host about that much slower.`
}
