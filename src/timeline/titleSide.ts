/**
 * Which side of its dot the selected event's title goes on the full timeline (issue 11). A title is written after its
 * dot; near the axis' end it would run past it, where no pan can bring it in (the axis stops at the data). There it
 * goes before the dot instead. timeline.css draws that side with a CSS `translate`, which leaves the item's box (what
 * vis-timeline measures and stacks) exactly as it was, so the lanes do not move.
 *
 * The room on each side is measured to the axis' ends (at most a panel's width), not to the panel's edges: it does
 * not change when the window pans, so a title never flips back and forth while the timeline moves to show it
 * (useTimelineFrame's reveal pans until the item and its title are inside the panel).
 */
export type TitleSide = 'after' | 'before'

/** On screen, in px: the item's date, its box (dot and title), where the axis starts and ends, the panel's width. */
export function titleSide(
  dotX: number,
  width: number,
  axis: { startX: number; endX: number; panelWidth: number },
): TitleSide {
  const roomAfter = Math.min(axis.endX - dotX, axis.panelWidth)
  const roomBefore = Math.min(dotX - axis.startX, axis.panelWidth)
  return width > roomAfter && roomBefore > roomAfter ? 'before' : 'after'
}

/**
 * Places the selected point item's title (after each redraw of the timeline in `root`, and after each selection):
 * `data-title-side="before"` on the item when it goes before its dot, and no attribute otherwise (nor on any item no
 * longer selected). `window` is the timeline's visible range and `limits` its axis' ends (ms).
 */
export function placeSelectedTitle(
  root: HTMLElement,
  window: { startMs: number; endMs: number },
  limits: { startMs: number; endMs: number },
): void {
  for (const stale of root.querySelectorAll<HTMLElement>('.vis-item[data-title-side]:not(.vis-selected)'))
    delete stale.dataset.titleSide
  const selected = root.querySelectorAll<HTMLElement>('.vis-item.vis-point.vis-selected')
  // Nothing selected (every redraw while the page loads): nothing to measure, so no layout is forced.
  if (selected.length === 0) return
  const panel = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect()
  if (!panel || panel.width === 0 || window.endMs <= window.startMs) return
  const pxPerMs = panel.width / (window.endMs - window.startMs)
  const axis = {
    startX: panel.left + (limits.startMs - window.startMs) * pxPerMs,
    endX: panel.left + (limits.endMs - window.startMs) * pxPerMs,
    panelWidth: panel.width,
  }
  for (const item of selected) {
    const dot = item.querySelector('.vis-dot')?.getBoundingClientRect()
    if (!dot) continue
    const side = titleSide(dot.left + dot.width / 2, item.offsetWidth, axis)
    if (side === 'before') item.dataset.titleSide = side
    else delete item.dataset.titleSide
  }
}
