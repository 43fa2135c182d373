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

/** The events split by the window: before it, inside it and after it (while searching, all outside are "later"). */
export type WindowPartition = {
  earlier: readonly EventRecord[]
  inside: readonly EventRecord[]
  later: readonly EventRecord[]
  /** Their rows, made once per partition: a selection that opens no group reuses them (and the list's model). */
  rows: {
    earlier: readonly ListRow[]
    inside: readonly ListRow[]
    later: readonly ListRow[]
  }
}

type ListRow = ListModel['rows'][number]

/**
 * @param events the visible events in display order (chronological, or ranked while searching)
 * @param ranked true while searching: all events outside the window form the "later" group (after the hits)
 */
export function partitionByWindow(
  events: readonly EventRecord[],
  timeWindow: TimeWindow | null,
  ranked: boolean,
): WindowPartition {
  const earlier: EventRecord[] = []
  // (Not push(...events): spreading 100,000+ arguments throws a RangeError in some engines.)
  const inside: EventRecord[] = timeWindow ? [] : events.slice()
  const later: EventRecord[] = []
  if (timeWindow)
    for (const event of events) {
      if (event.when.endMs <= timeWindow.startMs) (ranked ? later : earlier).push(event)
      else if (event.when.startMs >= timeWindow.endMs) later.push(event)
      else inside.push(event)
    }
  const dimmed = (group: readonly EventRecord[]) => group.map((event) => ({ event, isDimmed: true }))
  return {
    earlier,
    inside,
    later,
    rows: {
      earlier: dimmed(earlier),
      inside: inside.map((event) => ({ event, isDimmed: false })),
      later: dimmed(later),
    },
  }
}

/**
 * Which groups are shown: those the reader opened, and one holding the selected event.
 * @param open which groups the reader opened
 */
export function openGroups(
  partition: WindowPartition,
  open: { earlier: boolean; later: boolean },
  selectedId: string | null,
): { earlier: boolean; later: boolean } {
  const holdsSelected = (group: readonly EventRecord[]) =>
    selectedId !== null && group.some((event) => event.id === selectedId)
  return {
    earlier: partition.earlier.length > 0 && (open.earlier || holdsSelected(partition.earlier)),
    later: partition.later.length > 0 && (open.later || holdsSelected(partition.later)),
  }
}

/** The list's rows and groups for a partition and the groups shown (see openGroups). */
export function modelOf(partition: WindowPartition, isEarlierOpen: boolean, isLaterOpen: boolean): ListModel {
  const { rows } = partition
  return {
    rows:
      !isEarlierOpen && !isLaterOpen
        ? rows.inside
        : [...(isEarlierOpen ? rows.earlier : []), ...rows.inside, ...(isLaterOpen ? rows.later : [])],
    firstInWindow: isEarlierOpen && partition.inside.length > 0 ? partition.earlier.length : 0,
    earlier: { count: partition.earlier.length, isOpen: isEarlierOpen },
    later: { count: partition.later.length, isOpen: isLaterOpen },
  }
}
