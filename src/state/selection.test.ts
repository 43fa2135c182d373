import { describe, expect, it, vi } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'

// Sorted by date: a (Jan 1), b (Feb 1), c (Mar 1).
const dataset = makeDataset({
  events: [
    { id: 'c', start: '2025-03-01' },
    { id: 'a', start: '2025-01-01' },
    { id: 'b', start: '2025-02-01' },
  ],
})

describe('selectEvent', () => {
  it('selects a known event', () => {
    const store = createAppStore(dataset)
    store.getState().selectEvent('b')
    expect(store.getState().selectedId).toBe('b')
  })

  it('clears the selection for an unknown id', () => {
    const store = createAppStore(dataset, { selectedId: 'a' })
    store.getState().selectEvent('no-such-event')
    expect(store.getState().selectedId).toBeNull()
  })

  it('clears the selection with null', () => {
    const store = createAppStore(dataset, { selectedId: 'a' })
    store.getState().selectEvent(null)
    expect(store.getState().selectedId).toBeNull()
  })

  it('does not notify subscribers when the selection does not change', () => {
    const store = createAppStore(dataset, { selectedId: 'a' })
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().selectEvent('a')
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('stepSelection', () => {
  it.each([
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['a', 1, 'b'],
    ['b', 1, 'c'],
    ['b', -1, 'a'],
    ['c', 1, 'c'],
    ['a', -1, 'a'],
  ] as const)('from %s by %i selects %s', (from, delta, expected) => {
    const store = createAppStore(dataset, { selectedId: from })
    store.getState().stepSelection(delta)
    expect(store.getState().selectedId).toBe(expected)
  })

  it('walks through every event in chronological order', () => {
    const store = createAppStore(dataset)
    const seen: (string | null)[] = []
    for (let step = 0; step < 4; step++) {
      store.getState().stepSelection(1)
      seen.push(store.getState().selectedId)
    }
    expect(seen).toEqual(['a', 'b', 'c', 'c'])
  })

  it('does nothing in an empty dataset', () => {
    const store = createAppStore({ ...dataset, events: [] })
    store.getState().stepSelection(1)
    expect(store.getState().selectedId).toBeNull()
  })
})

describe('hoverEvent', () => {
  it('sets and clears the hovered event without touching the selection', () => {
    const store = createAppStore(dataset, { selectedId: 'a' })
    store.getState().hoverEvent('b')
    expect(store.getState()).toMatchObject({ hoveredId: 'b', selectedId: 'a' })
    store.getState().hoverEvent(null)
    expect(store.getState()).toMatchObject({ hoveredId: null, selectedId: 'a' })
  })

  it('does not notify subscribers when hovering the same event again', () => {
    const store = createAppStore(dataset)
    store.getState().hoverEvent('b')
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().hoverEvent('b')
    expect(listener).not.toHaveBeenCalled()
  })
})
