/**
 * Which side of its dot an event's title goes on the full timeline (issue 11). A title is written after its dot; near
 * the axis' end it would run past it, where no pan can bring it in (the axis stops at the data). There it goes before
 * the dot instead (titledPoints.ts draws it so).
 *
 * The room on each side is measured to the axis' ends at the scale that shows the whole axis (the first view, the
 * furthest the reader can zoom out). A title that fits after its dot there fits at every zoom, and the room does not
 * change when the window pans or zooms: no title flips side while the reader moves the timeline. It changes only with
 * the title's width (a selection widens it) or the panel's.
 */
import { minWrapPx } from './fitSelectedTitle'

export type TitleSide = 'after' | 'before'

/**
 * `startMs`: the event's date; `titleWidth`: its item's width in px (dot and title); `axis`: the axis' ends (ms) and
 * the width in px of the panel that shows it whole.
 */
export function titleSide(
  startMs: number,
  titleWidth: number,
  axis: { minMs: number; maxMs: number; panelWidth: number },
  /**
   * The selected title is shown whole: before its dot where it fits there whole, else after it where it can wrap to
   * end at the panel's edge (fitSelectedTitle.ts), else before it as any title.
   */
  whole = false,
): TitleSide {
  const span = axis.maxMs - axis.minMs
  if (!(span > 0) || !(axis.panelWidth > 0) || !(titleWidth > 0)) return 'after'
  const pxPerMs = axis.panelWidth / span
  const roomAfter = (axis.maxMs - startMs) * pxPerMs
  const roomBefore = (startMs - axis.minMs) * pxPerMs
  if (!(titleWidth > roomAfter && roomBefore > roomAfter)) return 'after'
  return !whole || titleWidth <= roomBefore || roomAfter < minWrapPx(axis.panelWidth) ? 'before' : 'after'
}
