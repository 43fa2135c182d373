/**
 * The selected item's title is written whole (timeline.css: it wraps only where it is wider than the panel), and so
 * ran past the panel's right edge wherever its item stood less than a title's width from it: at the whole axis, 12
 * of the bundled data's 122 selected titles were cut mid-word ("After a call w"). After each redraw this fits it into
 * the panel: it wraps in the room to the edge where that room is wide enough, and otherwise, a span's title, slides
 * left over its bar (on its white ground, drawn above its neighbours) until it ends at the edge.
 */

/**
 * The least room a selected title wraps in (narrower, its lines would be many), px: 240, or two fifths of a narrower
 * panel's width (an embed's timeline beside its card, about 390 px, wraps in 155). With less, a span's title slides
 * left instead, and a point's is written before its dot (titleSide.ts).
 */
export function minWrapPx(panelWidth: number): number {
  return Math.min(240, panelWidth * 0.4)
}
/** Room kept between the title and the panel's edge, px. */
const EDGE_GAP_PX = 4

/** The label adjusted last, so that its adjustment is undone when it is no longer the selected one. */
const adjusted = new WeakMap<HTMLElement, HTMLElement>()

export function fitSelectedTitle(container: HTMLElement): void {
  const previous = adjusted.get(container)
  const label = container.querySelector<HTMLElement>('.vis-item.vis-selected .timeline-item-label')
  if (previous && previous !== label) clearFit(previous)
  adjusted.delete(container)
  const panel = container.querySelector('.vis-panel.vis-center')
  if (!label || !panel) return
  clearFit(label)
  const box = label.getBoundingClientRect()
  // Not drawn (a strip names its selection beside it: StripCaption), or drawn whole inside the panel.
  if (box.width === 0) return
  const edges = panel.getBoundingClientRect()
  const left = edges.left + EDGE_GAP_PX
  const right = edges.right - EDGE_GAP_PX
  if (box.right <= right && box.left >= left) return
  adjusted.set(container, label)
  const point = label.closest<HTMLElement>('.vis-item.vis-point')
  if (box.left < left) {
    // A title before its dot that starts left of the panel (titleSide put it there: less room after): it wraps in the
    // room before the dot, and its item moves right by the width it gave up, so that the dot stays on the date (the
    // dot is at the item's right end: timeline.css).
    const room = box.right - left
    if (point?.dataset.titleSide !== 'before' || room < minWrapPx(edges.width)) return
    const end = point.getBoundingClientRect().right
    label.style.setProperty('--fit-width', `${Math.floor(room)}px`)
    point.style.marginLeft = `${end - point.getBoundingClientRect().right}px`
    return
  }
  const room = right - box.left
  if (room >= minWrapPx(edges.width)) {
    label.style.setProperty('--fit-width', `${Math.floor(room)}px`)
    return
  }
  // A point's title goes before its dot where the room after it is too narrow (titleSide): one that still runs past
  // the edge is left as it is, since sliding it would cover its own dot. A span's title slides over its bar.
  if (point) return
  // As far left as the panel's own left edge allows (a title wider than the panel wraps there: timeline.css).
  const shift = Math.min(box.right - right, Math.max(0, box.left - left))
  label.style.transform = `translateX(${-Math.ceil(shift)}px)`
}

/**
 * Undoes the fit: when the title is no longer selected, and before vis-timeline measures its item again (titledPoints
 * places a title before its dot by its measured width, which must be the whole title's). Its own property, not
 * max-width: titledPoints.ts shortens an unselected point's title with max-width.
 */
export function clearFit(label: HTMLElement): void {
  label.style.removeProperty('--fit-width')
  label.style.removeProperty('transform')
  label.closest<HTMLElement>('.vis-item.vis-point')?.style.removeProperty('margin-left')
}
