/**
 * What the timeline's DataSet was last given (useVisTimeline's refreshItems): for which widget, which window, whether
 * it showed counts, and the selection then. A refresh asked for the same again lists nothing: the listing depends on
 * the window alone, and on the selection only where counts show (they pin the selected event as itself).
 */
export type ListedWindow = {
  timeline: object | null
  startMs: number
  endMs: number
  /** The listing showed counts per lane and period (itemsForWindow above its item limit). */
  counts: boolean
  selectedId: string | null
}

export function isListedAlready(last: ListedWindow | null, next: Omit<ListedWindow, 'counts'>): boolean {
  return (
    last !== null &&
    last.timeline === next.timeline &&
    last.startMs === next.startMs &&
    last.endMs === next.endMs &&
    (!last.counts || last.selectedId === next.selectedId)
  )
}
