// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import type { Timeline } from 'vis-timeline/esnext'
import { makeEvent } from '../test/fixtures'
import { revealItem, type Reveal } from './useTimelineFrame'

// jsdom has no CSS.escape; the ids here need no escaping.
Object.assign(globalThis, { CSS: { escape: (value: string) => value } })

const rect = (left: number, top: number, width: number, height: number) =>
  DOMRect.fromRect({ x: left, y: top, width, height })

/**
 * A timeline whose lanes scroll between `min` and 0 (vis-timeline clamps there and returns where it went), with one
 * drawn item `itemTop` px from the top of a 200 px panel once scrolled by `scroll`.
 */
function setup(itemTop: number, min: number, scroll = 0) {
  const event = makeEvent({ id: 'e1', start: '2025-03-01' })
  const container = document.createElement('div')
  const panel = document.createElement('div')
  panel.className = 'vis-panel vis-center'
  panel.getBoundingClientRect = () => rect(0, 0, 1000, 200)
  const item = document.createElement('div')
  item.className = 'vis-item'
  const label = document.createElement('span')
  label.className = 'timeline-item-label'
  label.dataset.eventId = event.id
  item.append(label)
  panel.append(item)
  container.append(panel)
  const state = { scrollTop: scroll }
  item.getBoundingClientRect = () => rect(400, itemTop + state.scrollTop - scroll, 200, 20)
  label.getBoundingClientRect = () => rect(410, itemTop + state.scrollTop - scroll, 180, 20)
  const timeline = {
    dom: {},
    getWindow: () => ({ start: new Date(Date.UTC(2024, 0, 1)), end: new Date(Date.UTC(2026, 0, 1)) }),
    setWindow: vi.fn(),
    redraw: vi.fn(),
    _getScrollTop: () => state.scrollTop,
    _setScrollTop: vi.fn((top: number) => {
      state.scrollTop = Math.min(0, Math.max(min, top))
      return state.scrollTop
    }),
  }
  const reveal: Reveal = { event, tries: 0, settled: 0, shiftedFrom: null, horizontal: false }
  return { timeline, run: () => revealItem(timeline as unknown as Timeline, container, reveal) }
}

describe('revealItem', () => {
  it('scrolls the lanes to an item below the panel and redraws, then finds it in view', () => {
    const { timeline, run } = setup(250, -500)
    expect(run()).toBe(false)
    expect(timeline._setScrollTop).toHaveBeenCalledTimes(1)
    expect(timeline.redraw).toHaveBeenCalledTimes(1)
    expect(run()).toBe(true)
  })

  it('stops at the last lane: a scroll vis-timeline clamps where it already is counts as in view, without a redraw', () => {
    // The item's bottom is 3 px into the 6 px margin, and the lanes cannot scroll further.
    const { timeline, run } = setup(177, -300, -300)
    expect(run()).toBe(true)
    expect(timeline.redraw).not.toHaveBeenCalled()
  })
})
