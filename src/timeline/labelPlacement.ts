// Where the selected item's title goes: after its date (the usual side) or before it. A recent event near the axis'
// right end, in a phone's 356 px strip, used to have its title cut at the panel's edge: no pan of the window could
// make room for it after its dot. Such a title now goes before the dot, wrapped within the room there.
//
// The room after the dot is measured to the axis' end (as far as the window can pan), not to the panel's edge: it
// moves with the dot when the window pans, so the title keeps its side and width while the timeline's own reveal
// (useTimelineFrame) pans the window to show a title after its dot wherever the axis has room for it.

/** `roomPx`: the widest the title may be on that side; null: its usual width (the CSS max-width). */
export type LabelPlacement = { side: 'after' | 'before'; roomPx: number | null }

/** Room kept between a title and the panel's edge, and between a title drawn before its item and the item (the
    selection ring drawn around the title is 5 px wide). */
export const LABEL_EDGE_PX = 8
export const LABEL_GAP_PX = 10

export type LabelGeometry = {
  /** The visible panel's edges, px. */
  panel: { left: number; right: number }
  /** Where the axis ends (the furthest the window can pan), px in the same coordinates: may lie past the panel. */
  axisEndPx: number
  /** Where the title starts when drawn after the item (its left edge, untransformed). */
  labelStartPx: number
  /** Where a title drawn before the item must end: the item's dot. */
  anchorPx: number
  /** The title's width on one line. */
  naturalWidthPx: number
  /** The widest a title drawn after its item may be (its CSS max-width). */
  maxWidthPx: number
}

/**
 * After the dot when the title fits there once the window has panned to the axis' end (a pan-independent measure);
 * otherwise on the side with more room, wrapped within it.
 */
export function placeLabel(geometry: LabelGeometry): LabelPlacement {
  const { panel, axisEndPx, labelStartPx, anchorPx, naturalWidthPx, maxWidthPx } = geometry
  const width = Math.min(naturalWidthPx, maxWidthPx)
  const afterRoom = Math.max(0, Math.floor(axisEndPx - LABEL_EDGE_PX - labelStartPx))
  if (width <= afterRoom) return { side: 'after', roomPx: null }
  const beforeRoom = Math.max(0, Math.floor(anchorPx - LABEL_GAP_PX - (panel.left + LABEL_EDGE_PX)))
  if (beforeRoom > afterRoom) return { side: 'before', roomPx: beforeRoom }
  return { side: 'after', roomPx: afterRoom }
}
