import { describe, expect, it } from 'vitest'
import { isListedAlready, type ListedWindow } from './listedWindow'

const widget = {}
const listed: ListedWindow = { timeline: widget, startMs: 0, endMs: 1000, counts: false, selectedId: 'a' }

describe('isListedAlready', () => {
  it('answers yes for the same widget and window, whatever is selected, when the listing showed events', () => {
    expect(isListedAlready(listed, { timeline: widget, startMs: 0, endMs: 1000, selectedId: 'a' })).toBe(true)
    expect(isListedAlready(listed, { timeline: widget, startMs: 0, endMs: 1000, selectedId: 'b' })).toBe(true)
    expect(isListedAlready(listed, { timeline: widget, startMs: 0, endMs: 1000, selectedId: null })).toBe(
      true,
    )
  })

  it('lists again for counts when the selection changed (the selected event is pinned among them)', () => {
    const counts = { ...listed, counts: true }
    expect(isListedAlready(counts, { timeline: widget, startMs: 0, endMs: 1000, selectedId: 'a' })).toBe(true)
    expect(isListedAlready(counts, { timeline: widget, startMs: 0, endMs: 1000, selectedId: 'b' })).toBe(
      false,
    )
    expect(isListedAlready(counts, { timeline: widget, startMs: 0, endMs: 1000, selectedId: null })).toBe(
      false,
    )
  })

  it('lists again for another window, another widget, or nothing listed yet', () => {
    expect(isListedAlready(listed, { timeline: widget, startMs: 1, endMs: 1000, selectedId: 'a' })).toBe(
      false,
    )
    expect(isListedAlready(listed, { timeline: widget, startMs: 0, endMs: 999, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(listed, { timeline: {}, startMs: 0, endMs: 1000, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(listed, { timeline: null, startMs: 0, endMs: 1000, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(null, { timeline: widget, startMs: 0, endMs: 1000, selectedId: 'a' })).toBe(false)
  })
})
