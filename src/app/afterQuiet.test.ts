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
    const { FakeObserver, longTask, live } = fakeObserver(['longtask', 'paint'])
    const run = vi.fn()
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 10_000 }, environment(FakeObserver))
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
    const { FakeObserver, longTask } = fakeObserver(['longtask'])
    const run = vi.fn()
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 5000 }, environment(FakeObserver))
    for (let step = 0; step < 9; step++) {
      vi.advanceTimersByTime(500) // 4.5 s, a long task every half second
      longTask()
    }
    expectRunIn(run, 500)
    vi.advanceTimersByTime(5000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('waits the quiet time alone where long tasks are not reported', () => {
    const run = vi.fn()
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 10_000 }, environment(undefined))
    expectRunIn(run, 1000)

    const { FakeObserver, longTask } = fakeObserver(['paint']) // an observer without long tasks
    const other = vi.fn()
    afterQuiet(other, { quietMs: 1000, maxWaitMs: 10_000 }, environment(FakeObserver))
    longTask()
    vi.advanceTimersByTime(1000)
    expect(other).toHaveBeenCalledTimes(1)
  })

  it('never runs once cancelled', () => {
    const { FakeObserver, live } = fakeObserver(['longtask'])
    const run = vi.fn()
    const cancel = afterQuiet(run, { quietMs: 1000, maxWaitMs: 5000 }, environment(FakeObserver))
    vi.advanceTimersByTime(500)
    cancel()
    vi.advanceTimersByTime(10_000)
    expect(run).not.toHaveBeenCalled()
    expect(live).toHaveLength(0)
  })
})
