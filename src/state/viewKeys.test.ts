import { describe, expect, it, vi } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'
import { handleViewKey } from './viewKeys'

describe('handleViewKey', () => {
  const dataset = makeDataset({
    events: [
      { id: 'a', start: '2020-01-01' },
      { id: 'b', start: '2021-01-01' },
    ],
  })

  it('moves the selection with the arrows, zooms with + and −, clears with Escape', () => {
    const store = createAppStore(dataset)
    const zoom = vi.fn()
    expect(handleViewKey('ArrowRight', store.getState(), zoom)).toBe(true)
    expect(store.getState().selectedId).toBe('a')
    handleViewKey('ArrowDown', store.getState(), zoom)
    expect(store.getState().selectedId).toBe('b')
    handleViewKey('ArrowLeft', store.getState(), zoom)
    expect(store.getState().selectedId).toBe('a')
    handleViewKey('+', store.getState(), zoom)
    handleViewKey('-', store.getState(), zoom)
    expect(zoom.mock.calls).toEqual([['in'], ['out']])
    handleViewKey('Escape', store.getState(), zoom)
    expect(store.getState().selectedId).toBeNull()
  })

  it('leaves other keys to the browser', () => {
    expect(handleViewKey('Tab', createAppStore(dataset).getState(), vi.fn())).toBe(false)
  })
})
