/**
 * What a cluster's number means: the number of distinct events behind it (an event with several places in the
 * cluster counts once), split into events inside the timeline's window and events outside it. Pure; no Leaflet.
 *
 * Supercluster sums a few numbers per cluster as it builds (clusterReduce): how many of its points belong to events
 * with several shown places, and the range of their dates. Most clusters are settled by those numbers alone; only a
 * cluster that may hold an event twice, or whose dates straddle the window's edge, has its points listed (once per
 * cluster, cached).
 */
import type { EventRecord } from '../data/types'
import type { TimeWindow } from '../state/view'

/** Per point: its event's index, whether the event has several shown places, and its dates. */
export type PointProps = { eventIndex: number; placeIndex: number; multi: number; s: number; e: number }
/** Per cluster, summed by supercluster. */
export type ClusterSums = { multi: number; minS: number; maxS: number; minE: number; maxE: number }

export const clusterMap = (props: PointProps): ClusterSums => ({
  multi: props.multi,
  minS: props.s,
  maxS: props.s,
  minE: props.e,
  maxE: props.e,
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
 * @param eventsOf lists the distinct events behind the cluster (called only when the sums cannot settle it)
 */
export function countCluster(
  pointCount: number,
  sums: ClusterSums,
  timeWindow: TimeWindow | null,
  eventsOf: () => readonly EventRecord[],
): ClusterCount {
  const allIn = !timeWindow || (sums.maxS < timeWindow.endMs && sums.minE > timeWindow.startMs)
  const noneIn = timeWindow !== null && (sums.minS >= timeWindow.endMs || sums.maxE <= timeWindow.startMs)
  if (sums.multi === 0 && (allIn || noneIn))
    return allIn ? { inWindow: pointCount, outside: 0 } : { inWindow: 0, outside: pointCount }
  const events = eventsOf()
  if (allIn) return { inWindow: events.length, outside: 0 }
  if (noneIn) return { inWindow: 0, outside: events.length }
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
