import { describe, expect, it, vi } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'
import { selectStory } from './story'

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-01' },
    { id: 'b', start: '2025-02-01' },
    { id: 'c', start: '2025-03-01' },
  ],
  stories: [
    {
      id: 'tour',
      steps: [
        { eventId: 'a' },
        { eventId: 'b', map: { lat: 20, lon: -100, zoom: 5 } },
        { from: '2025-02', to: '2025-03' },
        { eventId: 'c', from: '2025-01', to: '2025-06' },
      ],
    },
    { id: 'other', steps: [{ eventId: 'c' }] },
  ],
})

describe('the story slice', () => {
  it('opens a story at its first step and selects the step’s event', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour')
    expect(store.getState()).toMatchObject({ storyId: 'tour', stepIndex: 0, selectedId: 'a', mapView: null })
    expect(selectStory(store.getState())?.id).toBe('tour')
  })

  it('selects the event of the next step as the story advances, and of the previous one going back', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour')
    store.getState().nextStep()
    expect(store.getState()).toMatchObject({
      stepIndex: 1,
      selectedId: 'b',
      mapView: { lat: 20, lon: -100, zoom: 5 },
    })
    store.getState().previousStep()
    expect(store.getState()).toMatchObject({ stepIndex: 0, selectedId: 'a', mapView: null })
  })

  it('shows a time-window step by setting the window and clearing the selection', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour', 2)
    expect(store.getState().selectedId).toBeNull()
    expect(store.getState().timeWindow).toEqual({
      startMs: Date.UTC(2025, 1, 1),
      endMs: Date.UTC(2025, 3, 1),
    })
  })

  it('sets both the event and the window when a step has both', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour', 3)
    expect(store.getState()).toMatchObject({
      selectedId: 'c',
      timeWindow: { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 6, 1) },
    })
  })

  it('stays on the first and the last step instead of running off either end', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour')
    store.getState().previousStep()
    expect(store.getState().stepIndex).toBe(0)
    for (let i = 0; i < 10; i++) store.getState().nextStep()
    expect(store.getState().stepIndex).toBe(3)
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().nextStep()
    expect(listener).not.toHaveBeenCalled()
  })

  it('clamps goToStep to the story and ignores an unknown story', () => {
    const store = createAppStore(dataset)
    store.getState().goToStep(2)
    expect(store.getState().storyId).toBeNull()
    store.getState().startStory('no-such-story')
    expect(store.getState().storyId).toBeNull()
    store.getState().startStory('tour')
    store.getState().goToStep(99)
    expect(store.getState().stepIndex).toBe(3)
    store.getState().goToStep(-5)
    expect(store.getState().stepIndex).toBe(0)
  })

  it('walks through a story in one transition per step', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour')
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().nextStep()
    expect(listener).toHaveBeenCalledOnce()
  })

  it('stops playback when it shows a step, so the playhead cannot hide the step’s event', () => {
    const store = createAppStore(dataset)
    store.getState().play()
    expect(store.getState().playheadMs).not.toBeNull()
    store.getState().startStory('other')
    expect(store.getState()).toMatchObject({ playheadMs: null, isPlaying: false, selectedId: 'c' })
  })

  it('exits the story and keeps the selection', () => {
    const store = createAppStore(dataset)
    store.getState().startStory('tour', 1)
    store.getState().exitStory()
    expect(store.getState()).toMatchObject({ storyId: null, stepIndex: 0, mapView: null, selectedId: 'b' })
  })
})
