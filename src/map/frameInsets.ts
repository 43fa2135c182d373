/** Pure geometry for framing places on the map (useFollowMapView): what the overlays leave uncovered. */
import { NO_INSETS } from '../state/frame'

export type Insets = { top: number; right: number; bottom: number; left: number }

/** Whether the insets leave a usable map: more than 160 px across and 120 px down. */
function leavesRoom(insets: Insets, size: { x: number; y: number }): boolean {
  return size.x - insets.left - insets.right > 160 && size.y - insets.top - insets.bottom > 120
}

/**
 * The layout's insets (a card, a bottom sheet) as framing should honour them: as they are, or none at all where they
 * would leave too little map (framing into a sliver would zoom out to nothing).
 */
export function usableInsets(insets: Insets, size: { x: number; y: number }): Insets {
  return leavesRoom(insets, size) ? insets : NO_INSETS
}

/**
 * The insets with the legend's corner kept clear: along the side where it costs the smaller share of the map (the
 * closed button is short: a strip along the top; an open list is tall: a strip along the right). Ignored when it would
 * leave too little map, as the layout's insets are.
 */
export function withLegend(
  insets: Insets,
  cover: { fromTop: number; fromRight: number } | null,
  size: { x: number; y: number },
): Insets {
  if (!cover || size.x <= 0 || size.y <= 0) return insets
  const byTop = { ...insets, top: Math.max(insets.top, cover.fromTop) }
  const byRight = { ...insets, right: Math.max(insets.right, cover.fromRight) }
  const chosen = cover.fromTop / size.y <= cover.fromRight / size.x ? byTop : byRight
  return leavesRoom(chosen, size) ? chosen : insets
}

type Xy = { x: number; y: number }

/**
 * Whether places whose projected box (at the zoom the fit chooses) spans `min`–`max` px lie inside the padded map
 * once the fit is done: centred in the padded room as Leaflet's fitBounds centres them, then moved as Leaflet moves
 * a view that would leave its max bounds (`limit`, projected at the same zoom; its _limitCenter). A tall sheet over
 * a map zoomed out to its minimum can need a view that the bounds refuse: the places then end up under the sheet.
 */
export function landsInside(
  places: { min: Xy; max: Xy },
  size: Xy,
  padding: { topLeft: Xy; bottomRight: Xy },
  limit: { min: Xy; max: Xy } | null,
): boolean {
  const { topLeft, bottomRight } = padding
  const wanted = {
    x: (places.min.x + places.max.x) / 2 + (bottomRight.x - topLeft.x) / 2,
    y: (places.min.y + places.max.y) / 2 + (bottomRight.y - topLeft.y) / 2,
  }
  const rebound = (left: number, right: number) =>
    left + right > 0
      ? Math.round(left - right) / 2
      : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right))
  const offset = (axis: 'x' | 'y') => {
    if (!limit) return 0
    const half = size[axis] / 2
    return rebound(limit.min[axis] - (wanted[axis] - half), -(limit.max[axis] - (wanted[axis] + half)))
  }
  const dx = offset('x')
  const dy = offset('y')
  const moved = Math.abs(dx) <= 1 && Math.abs(dy) <= 1 ? { x: 0, y: 0 } : { x: dx, y: dy }
  const origin = { x: wanted.x + moved.x - size.x / 2, y: wanted.y + moved.y - size.y / 2 }
  const inside = (axis: 'x' | 'y') =>
    places.min[axis] - origin[axis] >= topLeft[axis] - 1 &&
    places.max[axis] - origin[axis] <= size[axis] - bottomRight[axis] + 1
  return inside('x') && inside('y')
}
