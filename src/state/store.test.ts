import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'

describe('createAppStore', () => {
  it('starts with nothing selected, the default view and no problems', () => {
    const state = createAppStore(makeDataset()).getState()
    expect(state.selectedId).toBeNull()
    expect(state.hoveredId).toBeNull()
    expect(state).toMatchObject({
      lang: 'en',
      view: 'map',
      laneMode: 'category',
      timeWindow: null,
      resetCount: 0,
    })
    expect(state.problems).toEqual([])
  })

  it('indexes the events by id', () => {
    const dataset = makeDataset({ events: [{ id: 'a' }, { id: 'b' }] })
    const { eventsById } = createAppStore(dataset).getState()
    expect([...eventsById.keys()].sort()).toEqual(['a', 'b'])
    expect(eventsById.get('b')).toBe(dataset.events.find((event) => event.id === 'b'))
  })

  it('applies the initial state from the URL and the loader', () => {
    const problem = {
      severity: 'warning',
      row: 'link',
      field: 'lang',
      value: '"xx"',
      message: 'bad',
    } as const
    const store = createAppStore(makeDataset({ events: [{ id: 'a' }] }), {
      selectedId: 'a',
      lang: 'de',
      view: 'list',
      laneMode: 'country',
      timeWindow: { startMs: 1, endMs: 2 },
      problems: [problem],
    })
    expect(store.getState()).toMatchObject({
      selectedId: 'a',
      lang: 'de',
      view: 'list',
      laneMode: 'country',
      timeWindow: { startMs: 1, endMs: 2 },
      problems: [problem],
    })
  })

  it('gives each call its own store', () => {
    const dataset = makeDataset({ events: [{ id: 'a' }] })
    const first = createAppStore(dataset)
    const second = createAppStore(dataset)
    first.getState().selectEvent('a')
    expect(second.getState().selectedId).toBeNull()
  })
})
