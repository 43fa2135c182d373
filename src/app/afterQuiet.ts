export interface QuietOptions {
  quietMs: number
  maxWaitMs: number
}

export interface QuietEnvironment {
  /** Undefined where the browser has none. */
  PerformanceObserver:
    | (Pick<typeof PerformanceObserver, 'supportedEntryTypes'> &
        (new (callback: PerformanceObserverCallback) => Pick<PerformanceObserver, 'observe' | 'disconnect'>))
    | undefined
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

const browserEnvironment = (): QuietEnvironment => ({
  PerformanceObserver: typeof PerformanceObserver === 'function' ? PerformanceObserver : undefined,
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    window.clearTimeout(handle as number)
  },
})

/**
 * Runs `run` once the main thread has been free of long tasks (over 50 ms) for `quietMs`, and at the latest after
 * `maxWaitMs`, for background work that should not compete with the page's first draw on a small machine (the
 * service worker's install, which fetches and stores every file of the app). Where the browser does not report long
 * tasks, `quietMs` after the call. Returns a function that cancels it.
 */
export function afterQuiet(
  run: () => void,
  { quietMs, maxWaitMs }: QuietOptions,
  environment: QuietEnvironment = browserEnvironment(),
): () => void {
  let done = false
  let quietTimer: unknown = null
  let observer: Pick<PerformanceObserver, 'observe' | 'disconnect'> | null = null
  const finish = (andRun: boolean) => {
    if (done) return
    done = true
    environment.clearTimeout(quietTimer)
    environment.clearTimeout(deadline)
    observer?.disconnect()
    if (andRun) run()
  }
  const restartQuiet = () => {
    environment.clearTimeout(quietTimer)
    quietTimer = environment.setTimeout(() => {
      finish(true)
    }, quietMs)
  }
  const deadline = environment.setTimeout(() => {
    finish(true)
  }, maxWaitMs)
  const Observer = environment.PerformanceObserver
  if (Observer?.supportedEntryTypes.includes('longtask')) {
    observer = new Observer((list) => {
      if (list.getEntries().length > 0) restartQuiet()
    })
    // Not buffered: the long tasks before this call are over; only the ones after it delay the work.
    observer.observe({ type: 'longtask' })
  }
  restartQuiet()
  return () => {
    finish(false)
  }
}
