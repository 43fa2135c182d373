// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../state/store'
import { makeDataset } from '../test/fixtures'
import { stubFrames } from '../test/frames'
import { useUrlSync } from './useUrlSync'

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-10', title: 'First' },
    { id: 'b', start: '2025-03-10', title: 'Second' },
  ],
})

describe('useUrlSync', () => {
  /** A frame painted, and the task after it (where afterNextPaint runs the write). */
  let paint = () => {}
  beforeEach(() => {
    const { paintFrame } = stubFrames()
    paint = () => {
      paintFrame()
      vi.advanceTimersByTime(0)
    }
    window.history.replaceState(null, '', '/frontera/')
  })
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  function setUp() {
    const store = createAppStore(dataset)
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    renderHook(() => {
      useUrlSync(store)
    })
    return { store, push, replace }
  }

  it('writes a selection and the window that follows it after the paint, as one new history entry', () => {
    const { store, push, replace } = setUp()
    store.getState().selectEvent('b')
    store.getState().setTimeWindow({ startMs: Date.UTC(2025, 2, 1), endMs: Date.UTC(2025, 3, 1) })
    expect(push).not.toHaveBeenCalled()
    expect(window.location.search).toBe('')
    paint()
    expect(push).toHaveBeenCalledTimes(1)
    expect(replace).not.toHaveBeenCalled()
    const query = new URLSearchParams(window.location.search)
    expect(query.get('event')).toBe('b')
    expect(query.get('from')).toBe('2025-03-01')
    expect(window.location.pathname).toBe('/frontera/')
  })

  it('replaces the entry for a change that is not a new place (the window alone)', () => {
    const { store, push, replace } = setUp()
    store.getState().setTimeWindow({ startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 1, 1) })
    paint()
    expect(push).not.toHaveBeenCalled()
    expect(replace).toHaveBeenCalledTimes(1)
    expect(new URLSearchParams(window.location.search).get('from')).toBe('2025-01-01')
  })

  it('writes nothing when the state comes back to the address before the paint', () => {
    const { store, push, replace } = setUp()
    store.getState().selectEvent('a')
    store.getState().selectEvent(null)
    paint()
    expect(push).not.toHaveBeenCalled()
    expect(replace).not.toHaveBeenCalled()
  })

  it('writes what waits at once when the page is left, and drops it on Back or Forward', () => {
    const { store, push } = setUp()
    store.getState().selectEvent('a')
    window.dispatchEvent(new Event('pagehide'))
    expect(push).toHaveBeenCalledTimes(1)
    expect(new URLSearchParams(window.location.search).get('event')).toBe('a')
    paint()
    expect(push).toHaveBeenCalledTimes(1)

    store.getState().selectEvent('b')
    // Back to an entry without a selection before the write: that entry is the state now, with no entry over it.
    window.history.replaceState(null, '', '/frontera/')
    window.dispatchEvent(new PopStateEvent('popstate'))
    paint()
    expect(push).toHaveBeenCalledTimes(1)
    expect(store.getState().selectedId).toBeNull()
    expect(window.location.search).toBe('')
  })
})
