import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'

const dataset = makeDataset({ events: [{ id: 'a' }] })

describe('the view slice', () => {
  it('sets the language, the panel view and the lane mode', () => {
    const store = createAppStore(dataset)
    store.getState().setLang('es')
    store.getState().setView('timeline')
    store.getState().setLaneMode('country')
    expect(store.getState()).toMatchObject({ lang: 'es', view: 'timeline', laneMode: 'country' })
  })

  it('sets and clears the time window', () => {
    const store = createAppStore(dataset)
    store.getState().setTimeWindow({ startMs: 10, endMs: 20 })
    expect(store.getState().timeWindow).toEqual({ startMs: 10, endMs: 20 })
    store.getState().setTimeWindow(null)
    expect(store.getState().timeWindow).toBeNull()
  })

  it('fitAll clears the time window and increments resetCount each time', () => {
    const store = createAppStore(dataset, { timeWindow: { startMs: 10, endMs: 20 } })
    store.getState().fitAll()
    expect(store.getState()).toMatchObject({ timeWindow: null, resetCount: 1 })
    store.getState().fitAll()
    expect(store.getState().resetCount).toBe(2)
  })

  it('fitAll keeps the selection', () => {
    const store = createAppStore(dataset, { selectedId: 'a' })
    store.getState().fitAll()
    expect(store.getState().selectedId).toBe('a')
  })
})
