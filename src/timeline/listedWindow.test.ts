import { describe, expect, it } from 'vitest'
import { isListedAlready, listingFor, type ListedWindow } from './listedWindow'

const widget = {}
const events = { specs: [], counts: false }
const listed: ListedWindow = { timeline: widget, startMs: 0, endMs: 1000, selectedId: 'a', listing: events }
const same = { timeline: widget, startMs: 0, endMs: 1000 }

describe('isListedAlready', () => {
  it('answers yes for the same widget and window, whatever is selected, when the listing showed events', () => {
    expect(isListedAlready(listed, { ...same, selectedId: 'a' })).toBe(true)
    expect(isListedAlready(listed, { ...same, selectedId: 'b' })).toBe(true)
    expect(isListedAlready(listed, { ...same, selectedId: null })).toBe(true)
  })

  it('gives again for counts when the selection changed (the selected event is pinned among them)', () => {
    const counts = { ...listed, listing: { specs: [], counts: true } }
    expect(isListedAlready(counts, { ...same, selectedId: 'a' })).toBe(true)
    expect(isListedAlready(counts, { ...same, selectedId: 'b' })).toBe(false)
    expect(isListedAlready(counts, { ...same, selectedId: null })).toBe(false)
  })

  it('gives again for another window, another widget, or nothing given yet', () => {
    expect(isListedAlready(listed, { ...same, startMs: 1, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(listed, { ...same, endMs: 999, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(listed, { ...same, timeline: {}, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(listed, { ...same, timeline: null, selectedId: 'a' })).toBe(false)
    expect(isListedAlready(null, { ...same, selectedId: 'a' })).toBe(false)
  })
})

describe('listingFor', () => {
  it('reuses the listing of the very same window, for any widget or selection', () => {
    expect(listingFor(listed, { startMs: 0, endMs: 1000 })).toBe(events)
    expect(listingFor({ ...listed, timeline: null, selectedId: 'z' }, { startMs: 0, endMs: 1000 })).toBe(
      events,
    )
    expect(listingFor(listed, { startMs: 0, endMs: 1001 })).toBeNull()
    expect(listingFor(null, { startMs: 0, endMs: 1000 })).toBeNull()
  })
})
