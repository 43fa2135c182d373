// Store → timeline: honours a frame request (state.frame, src/state/frame.ts). The timeline shows the requested
// window, or the events' dates with a margin (room for the item's label), and scrolls vertically until the event's
// item lies inside the visible panel. The vertical part checks the drawn item after each redraw ('changed'), since
// vis-timeline positions lanes lazily; it gives up after a few redraws so it never fights the reader's own scrolling.
import { useEffect, type RefObject } from 'react'
import type { Timeline } from 'vis-timeline/esnext'
import type { EventRecord } from '../data/types'
import { useAppStore, type AppState } from '../state/store'
import type { TimeWindow } from '../state/view'

const MAX_REVEAL_TRIES = 30
/** A framed event is shown in at most about three years, so its neighbours stay apart and its label readable. */
const MAX_FRAME_WIDTH_MS = 3 * 365 * 86_400_000
const MARGIN_PX = 6

type ScrollInternals = {
  _getScrollTop?: () => number
  _setScrollTop?: (top: number) => number
  itemSet?: { items?: Record<string, { parent?: { top?: number } }> }
}

/** The window that shows the frame: the requested one with a margin, or the current one if the events fit in it. */
export function frameWindow(
  requested: TimeWindow | null,
  events: readonly EventRecord[],
  current: TimeWindow,
): TimeWindow | null {
  if (requested) {
    const pad = (requested.endMs - requested.startMs) * 0.06
    return { startMs: requested.startMs - pad, endMs: requested.endMs + pad }
  }
  if (events.length === 0) return null
  const lo = Math.min(...events.map((event) => event.when.startMs))
  const hi = Math.max(...events.map((event) => event.when.endMs))
  const span = hi - lo
  const currentWidth = current.endMs - current.startMs
  const width = Math.max(Math.min(currentWidth, MAX_FRAME_WIDTH_MS), span * 1.6)
  // Keep the reader's zoom and place when the events already sit well inside, with room for a label to the right.
  if (
    width === currentWidth &&
    lo >= current.startMs + width * 0.08 &&
    hi <= current.endMs - width * 0.08 &&
    lo <= current.endMs - width * 0.4
  )
    return current
  const startMs = lo - (width - span) * 0.3
  return { startMs, endMs: startMs + width }
}

export function useTimelineFrame(
  timelineRef: RefObject<Timeline | null>,
  container: HTMLElement | null,
  refreshItemsRef: RefObject<(window: TimeWindow) => void>,
): void {
  const store = useAppStore()
  useEffect(
    function followFrameRequests() {
      const timeline = timelineRef.current
      if (!timeline || !container) return
      let reveal: { id: string; tries: number } | null = null
      let frameHandle = 0
      const tryReveal = () => {
        if (!reveal || frameHandle) return
        // Not inside vis-timeline's own redraw: a scroll there would redraw again from within it.
        frameHandle = requestAnimationFrame(() => {
          frameHandle = 0
          if (!reveal) return
          if (revealVertically(timeline, container, reveal.id) || ++reveal.tries > MAX_REVEAL_TRIES)
            reveal = null
        })
      }
      const apply = (state: AppState) => {
        const frame = state.frame
        if (!frame) return
        const events = frame.eventIds
          .map((id) => state.eventsById.get(id))
          .filter((event): event is EventRecord => event !== undefined)
        const range = timeline.getWindow()
        const current = { startMs: +range.start, endMs: +range.end }
        const target = frameWindow(frame.window, events, current)
        if (!target) return
        if (target !== current) {
          refreshItemsRef.current(target)
          const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
          timeline.setWindow(target.startMs, target.endMs, {
            animation: animate ? { duration: 400, easingFunction: 'easeInOutQuad' } : false,
          })
          // The store's window (it fades what lies outside) follows, unless it is the step's own window.
          if (!frame.window && state.timeWindow) store.getState().setTimeWindow(target)
        }
        reveal = events[0] ? { id: events[0].id, tries: 0 } : null
        tryReveal()
      }
      // The first range change is the widget settling on its start window: frame again after it (a deep link).
      let isFirstRange = true
      const applyAfterFirstRange = () => {
        if (!isFirstRange) return
        isFirstRange = false
        apply(store.getState())
      }
      timeline.on('changed', tryReveal)
      timeline.on('rangechanged', applyAfterFirstRange)
      apply(store.getState())
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.frame !== previous.frame) apply(state)
        else if (state.selectedId !== previous.selectedId) reveal = null // the reader has moved on
      })
      return function stopFollowingFrames() {
        unsubscribe()
        timeline.off('changed', tryReveal)
        timeline.off('rangechanged', applyAfterFirstRange)
        cancelAnimationFrame(frameHandle)
      }
    },
    [timelineRef, container, refreshItemsRef, store],
  )
}

/**
 * Scrolls the lanes so that the event's item lies inside the visible panel; true once it does. There is no public
 * API for the vertical scroll, hence the guarded internals (as in useVisTimeline's scrollLaneIntoView).
 */
function revealVertically(timeline: Timeline, container: HTMLElement, id: string): boolean {
  const internals = timeline as unknown as ScrollInternals
  if (typeof internals._getScrollTop !== 'function' || typeof internals._setScrollTop !== 'function')
    return true
  const panel = container.querySelector('.vis-panel.vis-center')
  const item = container.querySelector(`.vis-item [data-event-id="${CSS.escape(id)}"]`)?.closest('.vis-item')
  if (!panel) return false
  if (!item) {
    // Its lane has never been drawn: scroll to the lane first, the next redraw draws the item.
    const top = internals.itemSet?.items?.[id]?.parent?.top
    if (typeof top === 'number') {
      internals._setScrollTop(-top)
      timeline.redraw()
    }
    return false
  }
  const box = panel.getBoundingClientRect()
  const rect = item.getBoundingClientRect()
  let delta = 0
  if (rect.top < box.top + MARGIN_PX) delta = box.top + MARGIN_PX - rect.top
  else if (rect.bottom > box.bottom - MARGIN_PX) delta = box.bottom - MARGIN_PX - rect.bottom
  if (Math.abs(delta) < 1) return true
  internals._setScrollTop(internals._getScrollTop() + delta)
  timeline.redraw()
  return false
}
