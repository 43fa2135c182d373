import type { TimeWindow } from '../state/view'

/**
 * Where vis-timeline puts a window's start once it keeps the window within the axis (its min/max options, which
 * timelineOptions sets to the data's extent): a window wider than the axis shows the whole axis; a narrower one is
 * moved back inside it, its width kept.
 */
export function clampedStart(window: TimeWindow, extent: TimeWindow): number {
  const width = window.endMs - window.startMs
  if (width >= extent.endMs - extent.startMs) return extent.startMs
  return Math.min(Math.max(window.startMs, extent.startMs), extent.endMs - width)
}
