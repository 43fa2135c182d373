/**
 * The selected item's title is written whole (timeline.css: it wraps only where it is wider than the panel), and so
 * ran past the panel's right edge wherever its item stood less than a title's width from it: at the whole axis, 12
 * of the bundled data's 122 selected titles were cut mid-word ("After a call w"). After each redraw this fits it into
 * the panel: it wraps in the room to the edge where that room is wide enough, and otherwise, a span's title, slides
 * left over its bar (on its white ground, drawn above its neighbours) until it ends at the edge. A wrapped title's
 * lane makes room for its lines (stackAsWrapped).
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

/**
 * `restack` asks the timeline for a redraw (in the next frame) when a wrapped title changes its item's height: see
 * stackAsWrapped.
 */
export function fitSelectedTitle(container: HTMLElement, restack: () => void = () => {}): void {
  const previous = adjusted.get(container)
  const label = container.querySelector<HTMLElement>('.vis-item.vis-selected .timeline-item-label')
  if (previous && previous !== label) clearFit(previous)
  adjusted.delete(container)
  const wrapped = label ? fitLabel(container, label) : false
  if (label && wrapped) stackAsWrapped(container, label, restack)
  else {
    // No title wrapped now: a lane that made room for one (this title's, or the one selected before) closes it.
    const before = grown.get(container)
    if (before) {
      grown.delete(container)
      unstack(before, restack)
    }
  }
}

/** Fits the selected title into the panel; true when it wraps there. */
function fitLabel(container: HTMLElement, label: HTMLElement): boolean {
  const panel = container.querySelector('.vis-panel.vis-center')
  if (!panel) return false
  clearFit(label)
  const box = label.getBoundingClientRect()
  // Not drawn (a strip names its selection beside it: StripCaption), or drawn whole inside the panel.
  if (box.width === 0) return false
  const edges = panel.getBoundingClientRect()
  const left = edges.left + EDGE_GAP_PX
  const right = edges.right - EDGE_GAP_PX
  if (box.right <= right && box.left >= left) return false
  adjusted.set(container, label)
  const point = label.closest<HTMLElement>('.vis-item.vis-point')
  if (box.left < left) {
    // A title before its dot that starts left of the panel (titleSide put it there: less room after): it wraps in the
    // room before the dot, and its item moves right by the width it gave up, so that the dot stays on the date (the
    // dot is at the item's right end: timeline.css).
    const room = box.right - left
    if (point?.dataset.titleSide !== 'before' || room < minWrapPx(edges.width)) return false
    const end = point.getBoundingClientRect().right
    label.style.setProperty('--fit-width', `${Math.floor(room)}px`)
    point.style.marginLeft = `${end - point.getBoundingClientRect().right}px`
    return true
  }
  const room = right - box.left
  if (room >= minWrapPx(edges.width)) {
    label.style.setProperty('--fit-width', `${Math.floor(room)}px`)
    return true
  }
  // A point's title goes before its dot where the room after it is too narrow (titleSide): one that still runs past
  // the edge is left as it is, since sliding it would cover its own dot. A span's title slides over its bar.
  if (point) return false
  // As far left as the panel's own left edge allows (a title wider than the panel wraps there: timeline.css).
  const shift = Math.min(box.right - right, Math.max(0, box.left - left))
  label.style.transform = `translateX(${-Math.ceil(shift)}px)`
  return false
}

/** Whether the title is fitted into the panel now (wrapped or slid). */
export function isFitted(label: HTMLElement): boolean {
  return label.style.getPropertyValue('--fit-width') !== '' || label.style.transform !== ''
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

/** What vis-timeline keeps of an item on its element (`'vis-item'`), as far as stacking goes: internals, guarded. */
type StackedItem = { height?: unknown; parent?: { stackDirty?: boolean } | null }

/** The item whose height was set to its wrapped title's, and the heights measured (`from`) and set (`to`). */
type Grown = { label: HTMLElement; item: StackedItem; from: number; to: number }
const grown = new WeakMap<HTMLElement, Grown>()

function stackedItemOf(label: HTMLElement): { element: HTMLElement; item: StackedItem } | null {
  const element = label.closest<HTMLElement>('.vis-item')
  const item = element ? (element as unknown as Record<string, unknown>)['vis-item'] : undefined
  if (!element || typeof item !== 'object' || item === null) return null
  const stacked = item as StackedItem
  return typeof stacked.height === 'number' && stacked.parent ? { element, item: stacked } : null
}

/**
 * vis-timeline stacks an item by the height it measured, and it measured the selected title on one line (clearFit
 * runs first), so a title wrapped here covered the row under it. The item's height becomes the wrapped one and its
 * lane is restacked (in the redraw `restack` asks for), so that the rows under it move down; the next fit finds the
 * height already set and asks for nothing more. Internals, guarded: if they change, the title covers the row under
 * it as before.
 */
function stackAsWrapped(container: HTMLElement, label: HTMLElement, restack: () => void): void {
  const stacked = stackedItemOf(label)
  if (!stacked) return
  const { element, item } = stacked
  const height = element.offsetHeight
  const known = grown.get(container)
  if (known && known.label !== label) {
    grown.delete(container)
    unstack(known, restack)
  }
  const from = known?.label === label ? known.from : (item.height as number)
  if (height <= from) return
  grown.set(container, { label, item, from, to: height })
  if (item.height === height) return
  item.height = height
  if (item.parent) item.parent.stackDirty = true
  restack()
}

/**
 * The lane closes the room a wrapped title took, once it is no longer selected or no longer wraps: its height as
 * measured is put back (unless vis-timeline measured the item again meanwhile) and the lane restacked.
 */
function unstack({ item, from, to }: Grown, restack: () => void): void {
  if (item.height === to) item.height = from
  if (item.parent) item.parent.stackDirty = true
  restack()
}
