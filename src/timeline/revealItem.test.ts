// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import type { Timeline } from 'vis-timeline/esnext'
import { makeEvent } from '../test/fixtures'
import { newReveal, revealItem } from './useTimelineFrame'

// jsdom has no CSS.escape; the ids here need no escaping.
Object.assign(globalThis, { CSS: { escape: (value: string) => value } })

const rect = (left: number, top: number, width: number, height: number) =>
  DOMRect.fromRect({ x: left, y: top, width, height })

/** One event's item, with its label, drawn in a timeline's 1000 × 200 px centre panel; the item is placed by its caller. */
function drawnItem() {
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
  return { event, container, item, label }
}

/**
 * A timeline whose lanes scroll between `min` and 0 (vis-timeline clamps there and returns where it went), with one
 * drawn item `itemTop` px from the top of a 200 px panel once scrolled by `scroll`.
 */
function setup(itemTop: number, min: number, scroll = 0) {
  const { event, container, item, label } = drawnItem()
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
  const reveal = newReveal(event, false)
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

const DAY_MS = 86_400_000

/**
 * A framed item (a story step's) whose title is drawn before its dot: 300 px wide, ending at the dot, in a 1000 px
 * panel that shows 1000 days. The item is drawn for `drawnStart`, the window's start at the widget's last redraw,
 * which lags the window itself until `redrawn()`: as during an animation, or right after a move.
 */
function setupFramed(windowStart: number, drawnStart: number) {
  const { event, container, item, label } = drawnItem()
  const state = { start: windowStart, drawnStart }
  const dotX = () => (event.when.startMs - state.drawnStart) / DAY_MS
  item.getBoundingClientRect = () => rect(dotX() - 300, 50, 300, 20)
  label.getBoundingClientRect = () => rect(dotX() - 296, 50, 290, 20)
  const timeline = {
    dom: {},
    getWindow: () => ({ start: new Date(state.start), end: new Date(state.start + 1000 * DAY_MS) }),
    setWindow: vi.fn((start: number) => {
      state.start = start
    }),
    redraw: vi.fn(),
    _getScrollTop: () => 0,
    _setScrollTop: vi.fn(() => 0),
  }
  const reveal = newReveal(event, true)
  return {
    timeline,
    reveal,
    leftPx: () => dotX() - 300,
    run: () => revealItem(timeline as unknown as Timeline, container, reveal),
    /** The widget draws the current window, and says so ('changed'). */
    redrawn: () => {
      state.drawnStart = state.start
      reveal.redraws++
    },
  }
}

describe('revealItem, framing a story step', () => {
  it('measures again after a redraw when a move made from a stale drawing left the item where it was', () => {
    const eventMs = Date.UTC(2025, 2, 1)
    // Drawn for a window 2 days earlier than the current one: the title's left edge is 4 px in, not the 6 px margin.
    const windowStart = eventMs - 302 * DAY_MS
    const { timeline, reveal, run, redrawn, leftPx } = setupFramed(windowStart, windowStart - 2 * DAY_MS)
    expect(leftPx()).toBeCloseTo(4)
    expect(run()).toBe(false)
    expect(timeline.setWindow).toHaveBeenCalledTimes(1)
    // Moved 2 days earlier: the window it was drawn for. Before a redraw, nothing more is done.
    expect(run()).toBe(false)
    expect(timeline.setWindow).toHaveBeenCalledTimes(1)
    // Redrawn for that window, the item is where it was. Measured again, the window moves on (it waited for ever).
    redrawn()
    expect(leftPx()).toBeCloseTo(4)
    expect(run()).toBe(false)
    expect(timeline.setWindow).toHaveBeenCalledTimes(2)
    redrawn()
    expect(leftPx()).toBeCloseTo(6)
    expect(run()).toBe(true)
    expect(reveal.shiftedFrom).toBeNull()
  })

  it('waits while the window is animated to the step, and frames the item once it has arrived', () => {
    const eventMs = Date.UTC(2025, 2, 1)
    const windowStart = eventMs - 290 * DAY_MS
    const { timeline, reveal, run, redrawn } = setupFramed(windowStart, windowStart)
    reveal.animatingUntil = performance.now() + 60_000
    expect(run()).toBe(false)
    expect(timeline.setWindow).not.toHaveBeenCalled()
    delete reveal.animatingUntil
    expect(run()).toBe(false)
    expect(timeline.setWindow).toHaveBeenCalledWith(windowStart - 16 * DAY_MS, expect.any(Number), {
      animation: false,
    })
    redrawn()
    expect(run()).toBe(true)
  })

  it('does not wait for an animation that something else cut short (vis-timeline cleared its timer)', () => {
    const eventMs = Date.UTC(2025, 2, 1)
    const windowStart = eventMs - 290 * DAY_MS
    const { timeline, reveal, run } = setupFramed(windowStart, windowStart)
    const range: { animationTimer: number | null } = { animationTimer: 7 }
    Object.assign(timeline, { range })
    reveal.animatingUntil = performance.now() + 60_000
    expect(run()).toBe(false)
    expect(timeline.setWindow).not.toHaveBeenCalled()
    range.animationTimer = null
    expect(run()).toBe(false)
    expect(timeline.setWindow).toHaveBeenCalledTimes(1)
    expect(reveal.animatingUntil).toBeUndefined()
  })

  it("stops where the window cannot move any further (the axis' end)", () => {
    const eventMs = Date.UTC(2025, 2, 1)
    const windowStart = eventMs - 300 * DAY_MS
    const { timeline, run, redrawn } = setupFramed(windowStart, windowStart)
    timeline.setWindow.mockImplementation(() => {})
    expect(run()).toBe(false)
    redrawn()
    expect(run()).toBe(true)
    expect(timeline.setWindow).toHaveBeenCalledTimes(1)
  })
})
