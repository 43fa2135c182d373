/**
 * What the timeline's DataSet was last given (useVisTimeline's refreshItems): for which widget, which window and
 * selection, and the window's listing. A refresh asked for the same again gives nothing: the listing depends on the
 * window alone, and the items on the selection only where counts show (they pin the selected event as itself). A
 * refresh for the same window and another selection reuses the listing and pins the new selection on it.
 */
import type { WindowListing } from './toTimelineItem'

export type ListedWindow = {
  timeline: object | null
  startMs: number
  endMs: number
  selectedId: string | null
  listing: WindowListing
}

type Asked = Omit<ListedWindow, 'listing'>

export function isListedAlready(last: ListedWindow | null, next: Asked): boolean {
  return (
    last !== null &&
    last.timeline === next.timeline &&
    listingFor(last, next) !== null &&
    (!last.listing.counts || last.selectedId === next.selectedId)
  )
}

/** The last listing, if it was of this very window (for any widget or selection). */
export function listingFor(
  last: ListedWindow | null,
  window: { startMs: number; endMs: number },
): WindowListing | null {
  return last !== null && last.startMs === window.startMs && last.endMs === window.endMs ? last.listing : null
}
