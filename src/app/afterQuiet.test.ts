import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterQuiet, type QuietEnvironment } from './afterQuiet'

/** A PerformanceObserver whose long tasks the test reports by hand. */
function fakeObserver(supported: string[]) {
  const live: { callback: PerformanceObserverCallback; types: string[] }[] = []
  class FakeObserver {
    static supportedEntryTypes = supported
    private entry: { callback: PerformanceObserverCallback; types: string[] }
    constructor(callback: PerformanceObserverCallback) {
      this.entry = { callback, types: [] }
    }
    observe(options: PerformanceObserverInit) {
      this.entry.types.push(options.type ?? '')
      live.push(this.entry)
    }
    disconnect() {
      live.splice(live.indexOf(this.entry), 1)
    }
  }
  const longTask = () => {
    for (const { callback, types } of [...live])
      if (types.includes('longtask'))
        callback({ getEntries: () => [{ entryType: 'longtask', duration: 120 }] } as never, {} as never)
  }
  return { FakeObserver, longTask, live }
}

const environment = (Observer?: QuietEnvironment['PerformanceObserver']): QuietEnvironment => ({
  PerformanceObserver: Observer,
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>)
  },
})

/** afterQuiet started with a spy, in a browser that reports these entry types (none: no PerformanceObserver). */
function started(supported: string[] | null, options: { quietMs: number; maxWaitMs: number }) {
  const fake = supported ? fakeObserver(supported) : null
  const run = vi.fn()
  const cancel = afterQuiet(run, options, environment(fake?.FakeObserver))
  return { run, cancel, longTask: fake?.longTask ?? (() => undefined), live: fake?.live ?? [] }
}

/** `run` is not called until `ms` from now, and then exactly once. */
function expectRunIn(run: ReturnType<typeof vi.fn>, ms: number) {
  vi.advanceTimersByTime(ms - 1)
  expect(run).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(run).toHaveBeenCalledTimes(1)
}

describe('afterQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs once the main thread has had no long task for the quiet time', () => {
    const { run, longTask, live } = started(['longtask', 'paint'], { quietMs: 1000, maxWaitMs: 10_000 })
    vi.advanceTimersByTime(900)
    longTask() // the quiet time starts again
    vi.advanceTimersByTime(900)
    expect(run).not.toHaveBeenCalled()
    longTask()
    expectRunIn(run, 1000)
    expect(live).toHaveLength(0) // the observer is disconnected
    longTask()
    vi.advanceTimersByTime(20_000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs at the latest after the longest wait, however busy the page stays', () => {
    const { run, longTask } = started(['longtask'], { quietMs: 1000, maxWaitMs: 5000 })
    for (let step = 0; step < 9; step++) {
      vi.advanceTimersByTime(500) // 4.5 s, a long task every half second
      longTask()
    }
    expectRunIn(run, 500)
    vi.advanceTimersByTime(5000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('waits the quiet time alone where long tasks are not reported', () => {
    expectRunIn(started(null, { quietMs: 1000, maxWaitMs: 10_000 }).run, 1000)
    // An observer without long tasks.
    const { run, longTask } = started(['paint'], { quietMs: 1000, maxWaitMs: 10_000 })
    longTask()
    expectRunIn(run, 1000)
  })

  it('never runs once cancelled', () => {
    const { run, cancel, live } = started(['longtask'], { quietMs: 1000, maxWaitMs: 5000 })
    vi.advanceTimersByTime(500)
    cancel()
    vi.advanceTimersByTime(10_000)
    expect(run).not.toHaveBeenCalled()
    expect(live).toHaveLength(0)
  })
})
