// Store → timeline: honours a frame request (state.frame, src/state/frame.ts). The timeline shows the requested
// window, or the events' dates with a margin (room for the item's label), and scrolls vertically until the event's
// item lies inside the visible panel. The vertical part checks the drawn item after each redraw ('changed'), since
// vis-timeline positions and restacks lanes lazily. It keeps the item in view until the reader selects something else
// or touches the timeline (so it never fights the reader's own scrolling), and gives up after a run of failed tries
// (100 ms apart, then a second apart). Once in view, it is measured again once a second while it stays the one kept.
// While the window is animated to a frame (a story step's), it only waits: the drawn item then lags the window by a frame, and a
// move computed from that measurement would cut the animation short at the wrong place.
import { useEffect, type RefObject } from 'react'
import type { Timeline } from 'vis-timeline/esnext'
import type { EventRecord } from '../data/types'
import { useAppStore, type AppState } from '../state/store'
import type { TimeWindow } from '../state/view'
import { clearFit, fitSelectedTitle, isFitted } from './fitSelectedTitle'
import { itemIdOf } from './itemIds'

/** Failed tries in a row (100 ms apart, or at each redraw) before giving up: patient, for a slow phone or a busy CPU. */
const MAX_REVEAL_TRIES = 100
/** Then tries a second apart, before giving up. */
const SLOW_REVEAL_TRIES = 60
/** Checks in a row, 250 ms apart, that find the framed item in view; then one a second (and at each redraw). */
const SETTLE_CHECKS = 16
/** A framed event is shown in at most about three years, so its neighbours stay apart and its label readable. */
const MAX_FRAME_WIDTH_MS = 3 * 365 * 86_400_000
const MARGIN_PX = 6
/** How long the window takes to move to a frame (a story step's), when motion is allowed. */
const FRAME_ANIMATION_MS = 400
/** How long past its own duration a frame's window animation is waited for, should its end never be reported. */
const ANIMATION_GRACE_MS = 1000

type ScrollInternals = {
  _getScrollTop?: () => number
  _setScrollTop?: (top: number) => number
  itemSet?: { items?: Record<string, { parent?: { top?: number } }> }
  /** The window's range: its animation timer is cleared when an animation is cut short. */
  range?: { animationTimer?: unknown }
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
      let reveal: Reveal | null = null
      let frameHandle = 0
      // Each redraw of the timeline: the reveal then measures the item where the current window puts it.
      const onRedraw = () => {
        if (reveal) reveal.redraws++
        tryReveal()
      }
      let retryTimer: ReturnType<typeof setTimeout> | undefined
      const tryReveal = () => {
        clearTimeout(retryTimer)
        if (!reveal || frameHandle) return
        // Not inside vis-timeline's own redraw: a scroll there would redraw again from within it.
        frameHandle = requestAnimationFrame(() => {
          frameHandle = 0
          if (!reveal) return
          // In view: keep watching, since a later redraw may restack the lanes (the selected label grows, the
          // window's items change) and move it out again. Not there yet: look again shortly, a bounded number of
          // times in a row.
          if (revealItem(timeline, container, reveal)) {
            reveal.tries = 0
            // Look again while it settles, often at first: a label that wraps or a lane that restacks can move it
            // without vis-timeline redrawing (no 'changed' to wake this up). Then once a second, a measurement only,
            // while it stays the event kept in view: on a busy machine the lanes can restack after the last check.
            retryTimer = setTimeout(tryReveal, ++reveal.settled <= SETTLE_CHECKS ? 250 : 1000)
          } else {
            reveal.settled = 0
            // After a run of failed tries, slow down before giving up: the item may be drawn late (a busy CPU).
            if (++reveal.tries > MAX_REVEAL_TRIES + SLOW_REVEAL_TRIES) reveal = null
            else retryTimer = setTimeout(tryReveal, reveal.tries > MAX_REVEAL_TRIES ? 1000 : 100)
          }
        })
      }
      // The reader takes over the timeline: stop keeping the framed item in view.
      const readerTakesOver = () => {
        reveal = null
      }
      const takeOverEvents = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const
      for (const type of takeOverEvents)
        container.addEventListener(type, readerTakesOver, { passive: true, capture: true })
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
        const next: Reveal | null = events[0] ? newReveal(events[0], true) : null
        reveal = next
        if (target !== current) {
          refreshItemsRef.current(target)
          const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
          if (next && animate)
            next.animatingUntil = performance.now() + FRAME_ANIMATION_MS + ANIMATION_GRACE_MS
          timeline.setWindow(
            target.startMs,
            target.endMs,
            {
              animation: animate ? { duration: FRAME_ANIMATION_MS, easingFunction: 'easeInOutQuad' } : false,
            },
            // The animation's end (not called when something else moves the window first: hence the deadline).
            () => {
              if (next?.animatingUntil === undefined) return
              delete next.animatingUntil
              tryReveal()
            },
          )
          // The store's window (it fades what lies outside) follows, unless it is the step's own window.
          if (!frame.window && state.timeWindow) store.getState().setTimeWindow(target)
        }
        tryReveal()
      }
      // The first range change is the widget settling on its start window: frame again after it (a deep link).
      let isFirstRange = true
      const applyAfterFirstRange = () => {
        if (!isFirstRange) return
        isFirstRange = false
        apply(store.getState())
      }
      timeline.on('changed', onRedraw)
      timeline.on('rangechanged', applyAfterFirstRange)
      apply(store.getState())
      const initial = store.getState()
      if (!initial.frame && initial.selectedId) {
        // An event selected from the start (a link): its lane is kept in view as the lanes settle, as for a selection.
        const selected = initial.eventsById.get(initial.selectedId)
        if (selected) {
          reveal = newReveal(selected, false)
          tryReveal()
        }
      }
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.frame !== previous.frame) apply(state)
        else if (state.selectedId !== previous.selectedId) {
          // The reader selected another event (a click, a key, a playback step): useVisTimeline brings it into
          // view; its lane is then kept in view here as the lanes settle, without moving the window.
          const selected = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
          reveal = selected ? newReveal(selected, false) : null
          tryReveal()
        }
      })
      return function stopFollowingFrames() {
        unsubscribe()
        for (const type of takeOverEvents)
          container.removeEventListener(type, readerTakesOver, { capture: true })
        timeline.off('changed', onRedraw)
        timeline.off('rangechanged', applyAfterFirstRange)
        cancelAnimationFrame(frameHandle)
        clearTimeout(retryTimer)
      }
    },
    [timelineRef, container, refreshItemsRef, store],
  )
}

/** The event kept in view, failed tries in a row, and checks passed in a row. */
export type Reveal = {
  event: EventRecord
  tries: number
  settled: number
  /** The timeline's redraws ('changed') seen while this reveal runs. */
  redraws: number
  /** Where the window started, and how many redraws had been seen, when the window was last moved for it. */
  shiftedFrom: { start: number; redraws: number } | null
  /** A frame may move the window to show the item and its title; a plain selection only scrolls the lanes. */
  horizontal: boolean
  /** The window was narrowed once because it could not move further (see revealItem). */
  narrowed?: boolean
  /** Until when (performance.now()) the window is being animated to the frame, if it is. */
  animatingUntil?: number
}

export function newReveal(event: EventRecord, horizontal: boolean): Reveal {
  return { event, tries: 0, settled: 0, redraws: 0, shiftedFrom: null, horizontal }
}

/**
 * Moves the window and scrolls the lanes so that the event's item lies inside the visible panel; true once it does.
 * There is no public API for the vertical scroll, hence the guarded internals (as in useVisTimeline's
 * scrollLaneIntoView).
 */
export function revealItem(timeline: Timeline, container: HTMLElement, reveal: Reveal): boolean {
  const internals = timeline as unknown as ScrollInternals & { dom?: unknown }
  if (!internals.dom) return true // destroyed meanwhile (a layout switch)
  if (typeof internals._getScrollTop !== 'function' || typeof internals._setScrollTop !== 'function')
    return true
  const { event } = reveal
  // The window is still moving to the frame, and the drawn item lags it: measure once it has arrived. Unless the
  // animation was cut short (a window set at once, e.g. the store's time window following the frame): vis-timeline
  // then clears its animation timer, an internal read only when it is there (otherwise the deadline ends the wait).
  if (reveal.animatingUntil !== undefined) {
    const range = internals.range
    const cutShort = range !== undefined && 'animationTimer' in range && range.animationTimer === null
    if (!cutShort && performance.now() < reveal.animatingUntil) return false
    delete reveal.animatingUntil
  }
  const panel = container.querySelector('.vis-panel.vis-center')
  const item = container
    .querySelector(`.vis-item [data-event-id="${CSS.escape(event.id)}"]`)
    ?.closest('.vis-item')
  if (!panel) return false
  // A hidden timeline (another tab of the phone layout) has nothing to show: look again when it is drawn.
  const panelBox = panel.getBoundingClientRect()
  if (panelBox.width === 0 || panelBox.height === 0) return true
  const range = timeline.getWindow()
  const start = +range.start
  const end = +range.end
  if (!item) {
    if (event.when.startMs < start || event.when.startMs > end) {
      if (!reveal.horizontal) return true // outside the window the reader keeps: nothing to scroll to
      // Moved out of the window (a clamp, a late redraw): put its date back a little right of the left edge.
      const width = end - start
      timeline.setWindow(event.when.startMs - width * 0.1, event.when.startMs + width * 0.9, {
        animation: false,
      })
      return false
    }
    // Its lane has never been drawn: scroll to the lane first, the next redraw draws the item.
    const top = internals.itemSet?.items?.[itemIdOf(event.id)]?.parent?.top
    if (typeof top === 'number') {
      internals._setScrollTop(-top)
      timeline.redraw()
    }
    return false
  }
  const box = panel.getBoundingClientRect()
  // The item with its label: a short span's label runs past the span's own box. Measured whole where the move may
  // show it whole: a title fitted into the panel (wrapped or slid: fitSelectedTitle) lies just inside its edge
  // wherever the window stands, and moving the window by what it overran had it fitted again a few pixels further
  // on: a story step's window crept 5 px a frame for a second. The fit is put back at once; the redraw after a move
  // fits the title anew.
  const label = item.querySelector<HTMLElement>('.timeline-item-label')
  const measureWhole = reveal.horizontal && label !== null && isFitted(label)
  if (measureWhole) clearFit(label)
  const rect = unionOf(item.getBoundingClientRect(), label?.getBoundingClientRect())
  if (measureWhole) fitSelectedTitle(container)
  const shifted = reveal.shiftedFrom
  if (shifted) {
    if (Math.abs(start - shifted.start) < 1) {
      reveal.shiftedFrom = null
      // The window refused to move (clamped at the axis' end). If the title still runs past the right edge (a narrow
      // panel, a recent event), narrow the window from just before the event to that end, once: the item then sits
      // at the left with the panel's width for its title.
      if (!reveal.narrowed && rect.right > box.right - MARGIN_PX && event.when.startMs < end) {
        reveal.narrowed = true
        const lead = (end - event.when.startMs) * 0.04
        timeline.setWindow(event.when.startMs - lead, end, { animation: false })
        return false
      }
      return true // as far as it goes
    }
    // It moved, and the item has not been redrawn at its new place yet: wait for the redraw. (Not inferred from the
    // item staying put: a move computed from a stale measurement can leave it exactly where it was.)
    if (reveal.redraws === shifted.redraws) return false
    reveal.shiftedFrom = null
  }
  // Horizontally: a label running past either edge moves the window by as much (a wide one aligns left).
  let shift = 0
  if (rect.left < box.left + MARGIN_PX || rect.width > box.width - 2 * MARGIN_PX)
    shift = rect.left - (box.left + MARGIN_PX)
  else if (rect.right > box.right - MARGIN_PX) shift = rect.right - (box.right - MARGIN_PX)
  if (reveal.horizontal && Math.abs(shift) >= 1 && box.width > 0) {
    const msPerPx = (end - start) / box.width
    reveal.shiftedFrom = { start, redraws: reveal.redraws }
    timeline.setWindow(start + shift * msPerPx, end + shift * msPerPx, { animation: false })
    return false
  }
  let delta = 0
  if (rect.top < box.top + MARGIN_PX) delta = box.top + MARGIN_PX - rect.top
  else if (rect.bottom > box.bottom - MARGIN_PX) delta = box.bottom - MARGIN_PX - rect.bottom
  if (Math.abs(delta) < 1) return true
  const before = internals._getScrollTop()
  // vis-timeline clamps the scroll to its lanes and returns where it went. At the last lane the item may sit a few
  // pixels into the margin with nowhere further to scroll: that is as far as it goes. (Retrying redrew the whole
  // timeline ten times a second, for over a minute after one selection: 43 redraws for one click at 10k events.)
  if (Math.abs(internals._setScrollTop(before + delta) - before) < 1) return true
  timeline.redraw()
  return false
}

type Box = { left: number; top: number; right: number; bottom: number; width: number }

function unionOf(a: DOMRect, b: DOMRect | undefined): Box {
  if (!b || b.width === 0) return a
  const left = Math.min(a.left, b.left)
  const right = Math.max(a.right, b.right)
  return {
    left,
    right,
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
    width: right - left,
  }
}
