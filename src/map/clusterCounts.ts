/**
 * What a cluster's number means: the number of distinct events behind it (an event with several places in the
 * cluster counts once), split into events inside the timeline's window and events outside it. Pure; no Leaflet.
 *
 * Supercluster sums a few numbers per cluster as it builds (clusterReduce): how many of its points belong to events
 * with several shown places, and the range of their dates; and once it is built, each cluster's number of distinct
 * events (countClusterEvents). A cluster is settled by those numbers unless its dates straddle the window's edge: only
 * then are its points listed (once per cluster, cached).
 */
import type { EventRecord } from '../data/types'
import type { TimeWindow } from '../state/view'

/** Per point: its event's index, whether the event has several shown places, and its dates. */
export type PointProps = { eventIndex: number; placeIndex: number; multi: number; s: number; e: number }
/**
 * Per cluster: summed by supercluster as it builds (all but `events`), and `events`, its number of distinct events,
 * counted once the index is built (countClusterEvents, superclusterInternals.ts; 0 until then).
 */
export type ClusterSums = {
  multi: number
  minS: number
  maxS: number
  minE: number
  maxE: number
  events: number
}

export const clusterMap = (props: PointProps): ClusterSums => ({
  multi: props.multi,
  minS: props.s,
  maxS: props.s,
  minE: props.e,
  maxE: props.e,
  events: 0,
})

export function clusterReduce(sums: ClusterSums, other: ClusterSums): void {
  sums.multi += other.multi
  sums.minS = Math.min(sums.minS, other.minS)
  sums.maxS = Math.max(sums.maxS, other.maxS)
  sums.minE = Math.min(sums.minE, other.minE)
  sums.maxE = Math.max(sums.maxE, other.maxE)
}

export type ClusterCount = { inWindow: number; outside: number }

/**
 * @param pointCount the cluster's number of points (places)
 * @param eventsOf lists the distinct events behind the cluster (called only when the sums cannot settle it: the
 *   window's edge falls among its dates, or its events were not counted)
 */
export function countCluster(
  pointCount: number,
  sums: ClusterSums,
  timeWindow: TimeWindow | null,
  eventsOf: () => readonly EventRecord[],
): ClusterCount {
  const allIn = !timeWindow || (sums.maxS < timeWindow.endMs && sums.minE > timeWindow.startMs)
  const noneIn = timeWindow !== null && (sums.minS >= timeWindow.endMs || sums.maxE <= timeWindow.startMs)
  if (allIn || noneIn) {
    const count = sums.multi === 0 ? pointCount : sums.events > 0 ? sums.events : eventsOf().length
    return allIn ? { inWindow: count, outside: 0 } : { inWindow: 0, outside: count }
  }
  const events = eventsOf()
  let inWindow = 0
  for (const event of events)
    if (event.when.startMs < timeWindow.endMs && event.when.endMs > timeWindow.startMs) inWindow++
  return { inWindow, outside: events.length - inWindow }
}

/** The distinct events of a list of points, in first-seen order. */
export function distinctEvents(
  points: readonly { eventIndex: number }[],
  events: readonly EventRecord[],
): EventRecord[] {
  const seen = new Set<number>()
  const out: EventRecord[] = []
  for (const point of points) {
    if (seen.has(point.eventIndex)) continue
    seen.add(point.eventIndex)
    const event = events[point.eventIndex]
    if (event) out.push(event)
  }
  return out
}
