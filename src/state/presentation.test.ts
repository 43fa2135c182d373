import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { selectCutoffMs } from './presentation'
import { createAppStore } from './store'
import { selectVisibleEvents } from './visibleEvents'

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-01' },
    { id: 'b', start: '2025-02-01' },
    { id: 'b2', start: '2025-02-01' },
    { id: 'c', start: '2025-03-01' },
    { id: 'd', start: '2025-06-15' },
  ],
  stories: [{ id: 'tour', steps: [{ eventId: 'a' }, { eventId: 'b' }, { from: '2025-03', to: '2025-04' }] }],
})
const visibleIds = (store: ReturnType<typeof createAppStore>) =>
  selectVisibleEvents(store.getState()).map((event) => event.id)

describe('the presentation slice', () => {
  it('starts off: not presenting, nothing hidden, no presenter notes', () => {
    const state = createAppStore(dataset).getState()
    expect(state).toMatchObject({ isPresenting: false, hideLaterEvents: false, showPresenterNotes: false })
    expect(selectCutoffMs(state)).toBeNull()
  })

  it('switches presenting, hiding later events and presenter notes', () => {
    const store = createAppStore(dataset)
    store.getState().setPresenting(true)
    store.getState().setHideLaterEvents(true)
    store.getState().setShowPresenterNotes(true)
    expect(store.getState()).toMatchObject({
      isPresenting: true,
      hideLaterEvents: true,
      showPresenterNotes: true,
    })
  })

  it('hides events starting after the current step while "hide later events" is on', () => {
    const store = createAppStore(dataset, { hideLaterEvents: true })
    expect(visibleIds(store)).toEqual(['a', 'b', 'b2', 'c', 'd']) // no story open: nothing hidden
    store.getState().startStory('tour')
    expect(visibleIds(store)).toEqual(['a'])
    store.getState().nextStep()
    expect(visibleIds(store)).toEqual(['a', 'b', 'b2']) // the same day as the step's event stays visible
    store.getState().nextStep()
    expect(visibleIds(store)).toEqual(['a', 'b', 'b2', 'c']) // a window step: up to the end of its window
    store.getState().setHideLaterEvents(false)
    expect(visibleIds(store)).toEqual(['a', 'b', 'b2', 'c', 'd'])
  })

  it('uses the earlier of the playhead and the step', () => {
    const store = createAppStore(dataset, { hideLaterEvents: true })
    store.getState().startStory('tour', 2)
    store.setState({ playheadMs: Date.UTC(2025, 1, 1) })
    expect(visibleIds(store)).toEqual(['a', 'b', 'b2'])
    store.setState({ playheadMs: Date.UTC(2025, 11, 1) })
    expect(visibleIds(store)).toEqual(['a', 'b', 'b2', 'c'])
  })

  it('gives the same visible list back while the cutoff passes no new event', () => {
    const store = createAppStore(dataset, { hideLaterEvents: true })
    store.getState().startStory('tour', 1)
    const first = selectVisibleEvents(store.getState())
    store.setState({ playheadMs: Date.UTC(2025, 1, 20) })
    expect(selectVisibleEvents(store.getState())).toBe(first)
  })
})
