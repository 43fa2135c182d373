// What the map draws above its basemap, for the basemap's names to make way (useAreaMarkers fires, useBasemap listens).
import type L from 'leaflet'

/** A box in px: on the page (client), or in the map's layer points. */
export type Box = { left: number; top: number; right: number; bottom: number }

/** Whether two boxes overlap, with a gap of `margin` px counted as overlapping. */
export function boxesOverlap(a: Box, b: Box, margin = 2): boolean {
  return (
    a.left < b.right + margin &&
    b.left < a.right + margin &&
    a.top < b.bottom + margin &&
    b.top < a.bottom + margin
  )
}

/**
 * Fired on the map after every placing of its markers and badges (the end of each move, a redraw, a change of the
 * layout's insets), with the box of every cluster, pin and badge (as its name shows or not) in view and of what the
 * layout covers of the map (present mode's card, a phone's sheet) and of the map's controls (zoom buttons, legend),
 * in layer points: the basemap's names are placed around them.
 */
export const MARKERS_PLACED = 'frontera:markersplaced'
export type MarkersPlacedEvent = { boxes: Box[] }

/**
 * A box on the page (client px) in the map's layer points, which a pan does not change (a zoom does). `page`: the
 * map container's box on the page.
 */
export function toLayerBox(map: L.Map, page: DOMRect, box: Box): Box {
  const topLeft = map.containerPointToLayerPoint([box.left - page.left, box.top - page.top])
  return {
    left: topLeft.x,
    top: topLeft.y,
    right: topLeft.x + box.right - box.left,
    bottom: topLeft.y + box.bottom - box.top,
  }
}
