/**
 * What the list shows, in order: the events inside the timeline's window, with the events outside it gathered into
 * two collapsible groups ("12 earlier events outside the window", "20 later …"), so the list opens on the window
 * instead of on 2020. While searching, the rows are in rank order and every event outside the window is in one group
 * after the hits. Pure: no React.
 */
import type { EventRecord } from '../data/types'
import type { TimeWindow } from '../state/view'

export type OutsideGroup = 'earlier' | 'later'

export type ListModel = {
  /** The event rows, in display order (the expanded groups' events included, dimmed). */
  rows: readonly { event: EventRecord; isDimmed: boolean }[]
  /** Index in `rows` of the first event inside the window (0 when there is none). */
  firstInWindow: number
  /** How many events each group holds (0: no such group), and whether it is shown. */
  earlier: { count: number; isOpen: boolean }
  later: { count: number; isOpen: boolean }
}

/**
 * @param events the visible events in display order (chronological, or ranked while searching)
 * @param ranked true while searching: all events outside the window form the "later" group (after the hits)
 * @param open which groups the reader opened; a group holding the selected event is open too
 */
export function listModel(
  events: readonly EventRecord[],
  timeWindow: TimeWindow | null,
  ranked: boolean,
  open: { earlier: boolean; later: boolean },
  selectedId: string | null,
): ListModel {
  if (!timeWindow)
    return {
      rows: events.map((event) => ({ event, isDimmed: false })),
      firstInWindow: 0,
      earlier: { count: 0, isOpen: false },
      later: { count: 0, isOpen: false },
    }
  const earlier: EventRecord[] = []
  const inside: EventRecord[] = []
  const later: EventRecord[] = []
  for (const event of events) {
    if (event.when.endMs <= timeWindow.startMs) (ranked ? later : earlier).push(event)
    else if (event.when.startMs >= timeWindow.endMs) later.push(event)
    else inside.push(event)
  }
  const holdsSelected = (group: readonly EventRecord[]) =>
    selectedId !== null && group.some((event) => event.id === selectedId)
  const isEarlierOpen = earlier.length > 0 && (open.earlier || holdsSelected(earlier))
  const isLaterOpen = later.length > 0 && (open.later || holdsSelected(later))
  const dimmed = (group: readonly EventRecord[]) => group.map((event) => ({ event, isDimmed: true }))
  return {
    rows: [
      ...(isEarlierOpen ? dimmed(earlier) : []),
      ...inside.map((event) => ({ event, isDimmed: false })),
      ...(isLaterOpen ? dimmed(later) : []),
    ],
    firstInWindow: isEarlierOpen && inside.length > 0 ? earlier.length : 0,
    earlier: { count: earlier.length, isOpen: isEarlierOpen },
    later: { count: later.length, isOpen: isLaterOpen },
  }
}
