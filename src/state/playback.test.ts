import { describe, expect, it, vi } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'
import { selectVisibleEvents } from './visibleEvents'

// a and b share a day; then c a month later and d a year later.
const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-01' },
    { id: 'b', start: '2025-01-01' },
    { id: 'c', start: '2025-02-01' },
    { id: 'd', start: '2026-02-01', category: 'military' },
  ],
})
const DAY_MS = 86_400_000
const visibleIds = (store: ReturnType<typeof createAppStore>) =>
  selectVisibleEvents(store.getState()).map((event) => event.id)

describe('the playback slice', () => {
  it('is off at first and shows every event', () => {
    const store = createAppStore(dataset)
    expect(store.getState()).toMatchObject({ playheadMs: null, isPlaying: false, speed: 30 })
    expect(visibleIds(store)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('starts at the first event, showing it and selecting the latest passed event', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    expect(store.getState()).toMatchObject({
      playheadMs: Date.UTC(2025, 0, 1),
      isPlaying: true,
      selectedId: 'b',
    })
    expect(visibleIds(store)).toEqual(['a', 'b'])
  })

  it('reveals events cumulatively as the playhead passes them, at the chosen speed', () => {
    const store = createAppStore(dataset)
    store.getState().setSpeed(7)
    store.getState().play()
    store.getState().advancePlayback(4000) // 4 s × 7 days = 28 days: not yet at 1 Feb
    expect(visibleIds(store)).toEqual(['a', 'b'])
    store.getState().advancePlayback(1000) // 35 days
    expect(visibleIds(store)).toEqual(['a', 'b', 'c'])
    expect(store.getState().selectedId).toBe('c')
    expect(store.getState().playheadMs).toBe(Date.UTC(2025, 0, 1) + 35 * DAY_MS)
  })

  it('selects only when a new event is passed, not on every tick', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    store.getState().selectEvent('d')
    store.getState().advancePlayback(100)
    expect(store.getState().selectedId).toBe('d')
  })

  it('keeps the visible list identical between ticks that pass no event', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    const before = selectVisibleEvents(store.getState())
    store.getState().advancePlayback(100)
    expect(selectVisibleEvents(store.getState())).toBe(before)
  })

  it('does not select while advancing without follow (prefers-reduced-motion), but still reveals', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    store.getState().advancePlayback(2000, false) // 60 days
    expect(visibleIds(store)).toEqual(['a', 'b', 'c'])
    expect(store.getState().selectedId).toBe('b')
  })

  it('stops at the last event, with every event shown', () => {
    const store = createAppStore(dataset)
    store.getState().setSpeed(365)
    store.getState().play()
    store.getState().advancePlayback(60_000)
    expect(store.getState()).toMatchObject({
      isPlaying: false,
      playheadMs: Date.UTC(2026, 1, 1),
      selectedId: 'd',
    })
    expect(visibleIds(store)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('starts again from the beginning when played at the end', () => {
    const store = createAppStore(dataset)
    store.getState().stepPlayback(-1) // off → the last date
    expect(store.getState().playheadMs).toBe(Date.UTC(2026, 1, 1))
    store.getState().play()
    expect(store.getState().playheadMs).toBe(Date.UTC(2025, 0, 1))
  })

  it('pauses, and ignores ticks while paused', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    store.getState().pause()
    const at = store.getState().playheadMs
    store.getState().advancePlayback(10_000)
    expect(store.getState()).toMatchObject({ isPlaying: false, playheadMs: at })
  })

  it('steps from date to date, both ways, and pauses', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    store.getState().stepPlayback(1)
    expect(store.getState()).toMatchObject({
      playheadMs: Date.UTC(2025, 1, 1),
      isPlaying: false,
      selectedId: 'c',
    })
    store.getState().stepPlayback(1)
    expect(store.getState()).toMatchObject({ playheadMs: Date.UTC(2026, 1, 1), selectedId: 'd' })
    store.getState().stepPlayback(1)
    expect(store.getState().playheadMs).toBe(Date.UTC(2026, 1, 1))
    store.getState().stepPlayback(-1)
    store.getState().stepPlayback(-1)
    expect(store.getState()).toMatchObject({ playheadMs: Date.UTC(2025, 0, 1), selectedId: 'b' })
    expect(visibleIds(store)).toEqual(['a', 'b'])
  })

  it('steps back from between two dates to the earlier one', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    store.getState().advancePlayback(2000) // 60 days: past c, before d
    store.getState().stepPlayback(-1)
    expect(store.getState().playheadMs).toBe(Date.UTC(2025, 0, 1))
  })

  it('stop removes the playhead and shows everything again', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    store.getState().stopPlayback()
    expect(store.getState()).toMatchObject({ playheadMs: null, isPlaying: false })
    expect(visibleIds(store)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('plays through the filtered events only', () => {
    const store = createAppStore(dataset)
    store.getState().toggleFilter('categories', 'military')
    store.getState().play()
    expect(store.getState()).toMatchObject({ playheadMs: Date.UTC(2026, 1, 1), selectedId: 'd' })
  })

  it('does nothing in an empty dataset', () => {
    const store = createAppStore({ ...dataset, events: [] })
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().play()
    store.getState().advancePlayback(1000)
    expect(listener).not.toHaveBeenCalled()
  })
})
