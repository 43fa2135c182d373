import type { Dataset, EventRecord } from './types'

/** Index by id: a new Map on each call, so made once per dataset (the store's, or the validator's own). */
export function indexEvents(events: readonly EventRecord[]): ReadonlyMap<string, EventRecord> {
  return new Map(events.map((event) => [event.id, event]))
}

/** The whole time extent of the dataset, padded so first and last events are not on the edge. */
/** The groups of an imported file (TimelineJS "Group"), in the order they first appear; none for curated data. */
export function eventGroups(events: readonly EventRecord[]): string[] {
  const groups = new Set<string>()
  for (const event of events) {
    const group = event.imported?.group
    if (group) groups.add(group)
  }
  return [...groups]
}

export function datasetExtent(dataset: Dataset): { startMs: number; endMs: number } {
  const first = dataset.events[0]
  const last = dataset.events.at(-1)
  if (!first || !last) {
    const now = Date.UTC(2025, 0, 1)
    return { startMs: now, endMs: now + 365 * 86_400_000 }
  }
  // A loop, not Math.max(...spread): spreading 100,000+ arguments throws a RangeError (Safari's limit is 65,536).
  const endMs = dataset.events.reduce((max, event) => Math.max(max, event.when.endMs), first.when.endMs)
  const padMs = Math.max((endMs - first.when.startMs) * 0.03, 15 * 86_400_000)
  return { startMs: first.when.startMs - padMs, endMs: endMs + padMs }
}

/** True when the event's span overlaps the window. */
export function isInWindow(event: EventRecord, window: { startMs: number; endMs: number } | null): boolean {
  if (!window) return true
  return event.when.startMs < window.endMs && event.when.endMs > window.startMs
}

/** How many of the events overlap the window (all of them when there is none). */
export function countInWindow(
  events: readonly EventRecord[],
  window: { startMs: number; endMs: number } | null,
): number {
  if (!window) return events.length
  let count = 0
  for (const event of events) if (isInWindow(event, window)) count++
  return count
}

/** Events related to this one in either direction, with the direction. */
export function relatedEvents(
  event: EventRecord,
  byId: ReadonlyMap<string, EventRecord>,
  events: readonly EventRecord[],
): { type: string; direction: 'out' | 'in'; event: EventRecord }[] {
  const outgoing = event.relations.flatMap((relation) => {
    const target = byId.get(relation.id)
    return target ? [{ type: relation.type, direction: 'out' as const, event: target }] : []
  })
  const incoming = (incomingRelations(events).get(event.id) ?? []).map(({ type, event: other }) => ({
    type,
    direction: 'in' as const,
    event: other,
  }))
  return [...outgoing, ...incoming]
}

/** Per list of events: for each event id, the relations pointing at it, in the list's order (built once per list). */
const incomingIndex = new WeakMap<
  readonly EventRecord[],
  ReadonlyMap<string, readonly { type: string; event: EventRecord }[]>
>()

/** Finds the relations pointing at each event of the list ahead of the first relatedEvents() on it. */
export function prepareRelatedEvents(events: readonly EventRecord[]): void {
  incomingRelations(events)
}

/**
 * The relations pointing at each event, found once per list instead of at every selection: scanning the whole list
 * took about 7 ms a selection at 10,000 events (and ten times that at 100,000).
 */
function incomingRelations(
  events: readonly EventRecord[],
): ReadonlyMap<string, readonly { type: string; event: EventRecord }[]> {
  const known = incomingIndex.get(events)
  if (known) return known
  const index = new Map<string, { type: string; event: EventRecord }[]>()
  for (const other of events)
    for (const relation of other.relations) {
      const list = index.get(relation.id)
      if (list) list.push({ type: relation.type, event: other })
      else index.set(relation.id, [{ type: relation.type, event: other }])
    }
  incomingIndex.set(events, index)
  return index
}

export type Lane = 'US' | 'MX' | 'US-MX' | 'other'

/** Which country's lane an event sits in, from the countries of its actors. */
export function laneCountryOf(event: EventRecord, actorCountry: ReadonlyMap<string, string>): Lane {
  let hasUS = false
  let hasMX = false
  for (const id of event.actors) {
    const country = actorCountry.get(id)
    if (country === 'US') hasUS = true
    else if (country === 'MX') hasMX = true
  }
  return hasUS && hasMX ? 'US-MX' : hasUS ? 'US' : hasMX ? 'MX' : 'other'
}

/**
 * Index of the first event whose start is at or after `ms`, in events sorted by start (binary search), so that
 * windowing 100,000 events costs microseconds.
 */
export function lowerBound(events: readonly EventRecord[], ms: number): number {
  let low = 0
  let high = events.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((events[mid]?.when.startMs ?? Infinity) < ms) low = mid + 1
    else high = mid
  }
  return low
}
