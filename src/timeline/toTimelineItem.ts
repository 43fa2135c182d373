/**
 * Pure conversions from the dataset to what the timeline draws: item specs (ids, times, lanes, classes, text),
 * never HTML. The adapter turns `label` into a text node.
 */
import { formatDateSpan, qualifierWord } from '../data/formatDate'
import { laneCountryOf, lowerBound, type Lane } from '../data/queries'
import type { Category, EventRecord, Lang, Period } from '../data/types'
import type { Messages } from '../i18n/messages'
import { itemIdOf } from './itemIds'
import type { LaneMode, TimeWindow } from '../state/view'

export type ItemSpec = {
  id: string
  group: string
  start: number
  end?: number
  type: 'point' | 'range' | 'background'
  className: string
  label: string
  /** Full text for the tooltip and screen readers. */
  description: string
  /** Present on event items: the event they stand for. */
  eventId?: string
  /** Present on aggregate items: how many events they stand for. */
  count?: number
}

export type GroupSpec = {
  id: string
  label: string
  /** What a narrow timeline shows instead of the label (the container query in theme.css): a country's short name. */
  short?: string
  order: number
  categoryId?: string
  className?: string
}

export const AGGREGATE_PREFIX = 'agg:'
export const PERIOD_PREFIX = 'period:'
/** Lanes by group: the prefix, then the group's label (empty for the events without a group). */
export const GROUP_LANE_PREFIX = 'group:'
/** The lane of an imported file's eras. */
export const ERA_LANE = 'eras'
const BIN_COUNT = 48
const DAY_MS = 86_400_000

/** The bin width for a wanted width: a power of two of days (1, 2, 4, … days), so every zoom level has few widths. */
export function binWidthMs(wantedMs: number): number {
  const days = Math.max(1, wantedMs / DAY_MS)
  return 2 ** Math.ceil(Math.log2(days)) * DAY_MS
}

export function laneOf(
  event: EventRecord,
  mode: LaneMode,
  actorCountry: ReadonlyMap<string, string>,
): string {
  if (mode === 'group') return `${GROUP_LANE_PREFIX}${event.imported?.group ?? ''}`
  return mode === 'category' ? `cat:${event.category}` : `country:${laneCountryOf(event, actorCountry)}`
}

export function toTimelineItem(event: EventRecord, lang: Lang, group: string): ItemSpec {
  const { when } = event
  const isUncertain =
    when.start.precision !== 'day' || (when.end !== undefined && when.end.precision !== 'day')
  const isSpan = when.end !== undefined || when.start.precision !== 'day'
  const classes = [
    `cat-${event.category}`,
    `precision-${when.start.precision}`,
    `status-${event.claim.status}`,
  ]
  if (isUncertain) classes.push('is-uncertain')
  if (when.qualifier) classes.push(`qualifier-${when.qualifier}`)
  const date = formatDateSpan(when, lang)
  return {
    id: itemIdOf(event.id),
    eventId: event.id,
    group,
    start: when.startMs,
    ...(isSpan ? { end: when.endMs } : {}),
    type: isSpan ? 'range' : 'point',
    className: classes.join(' '),
    label: when.qualifier ? `${qualifierWord(when.qualifier, lang)} ${event.title[lang]}` : event.title[lang],
    description: `${date}: ${event.title[lang]}`,
  }
}

export function periodItems(periods: readonly Period[], lang: Lang, extentEndMs: number): ItemSpec[] {
  return periods.map((period) => ({
    id: `${PERIOD_PREFIX}${period.id}`,
    group: period.lane === 'era' ? ERA_LANE : `presidency:${period.country}`,
    start: period.when.startMs,
    // A presidency without an end is still running; an era's own end is its last day (a one-year era has no end).
    end: period.when.end || period.lane === 'era' ? period.when.endMs : extentEndMs,
    type: 'background',
    className: period.lane === 'era' ? 'period period-era' : `period period-${period.country}`,
    label: period.label[lang],
    description: period.label[lang],
  }))
}

/** The lanes a timeline draws: the reader's choice, or one lane of events (the strip of the present and phone layouts). */
export type TimelineLanes = LaneMode | 'single'

/** The lane of the single-lane strip. */
export const SINGLE_LANE = 'events'

export function groupSpecs(
  mode: TimelineLanes,
  categories: readonly Category[],
  usedLanes: ReadonlySet<string>,
  lang: Lang,
  messages: Messages,
  /** The presidency lanes are drawn when the dataset has presidencies (an imported file has none). */
  withPresidencies = true,
  /** The "Eras" lane, when an imported file has eras. */
  withEras = false,
  /** An imported file's groups, in order (lanes by group). */
  groups: readonly string[] = [],
): GroupSpec[] {
  const presidencies: GroupSpec[] = withPresidencies
    ? [
        {
          id: 'presidency:US',
          label: `${messages.presidencies}: ${messages.unitedStates}`,
          short: messages.unitedStatesShort,
          order: -2,
          className: 'period-group',
        },
        {
          id: 'presidency:MX',
          label: `${messages.presidencies}: ${messages.mexico}`,
          short: messages.mexicoShort,
          order: -1,
          className: 'period-group',
        },
      ]
    : []
  if (withEras)
    presidencies.unshift({ id: ERA_LANE, label: messages.eras, order: -3, className: 'period-group' })
  if (mode === 'single') return [...presidencies, { id: SINGLE_LANE, label: messages.events, order: 0 }]
  if (mode === 'group') {
    return [
      ...presidencies,
      ...[...groups, '']
        .map((group, order) => ({
          id: `${GROUP_LANE_PREFIX}${group}`,
          label: group === '' ? messages.noGroup : group,
          order,
        }))
        .filter((lane) => usedLanes.has(lane.id)),
    ]
  }
  if (mode === 'category') {
    return [
      ...presidencies,
      ...categories
        .map((category, order) => ({
          id: `cat:${category.id}`,
          label: category.label[lang],
          order,
          categoryId: category.id,
        }))
        .filter((group) => usedLanes.has(group.id)),
    ]
  }
  const countryLabels: Record<Lane, string> = {
    US: messages.unitedStates,
    MX: messages.mexico,
    'US-MX': `${messages.unitedStates} + ${messages.mexico}`,
    other: messages.other,
  }
  const countryShorts: Record<Lane, string> = {
    US: messages.unitedStatesShort,
    MX: messages.mexicoShort,
    'US-MX': `${messages.unitedStatesShort} + ${messages.mexicoShort}`,
    other: messages.other,
  }
  return [
    ...presidencies,
    ...(Object.keys(countryLabels) as Lane[])
      .map((lane, order) => ({
        id: `country:${lane}`,
        label: countryLabels[lane],
        short: countryShorts[lane],
        order,
      }))
      .filter((group) => usedLanes.has(group.id)),
  ]
}

/**
 * What the timeline is given for a window: the events in and near it, or, when more than `maxItems` would show,
 * counts per lane and time bin (so vis-timeline never has to lay out thousands of items) plus the `pinned` event.
 */
export function itemsForWindow(
  events: readonly EventRecord[],
  window: TimeWindow,
  maxItems: number,
  maxDurationMs: number,
  laneFor: (event: EventRecord) => string,
  lang: Lang,
  messages: Messages,
  pinned?: EventRecord,
): ItemSpec[] {
  const listing = windowListing(events, window, maxItems, maxDurationMs, laneFor, lang, messages)
  return withPinned(listing, pinned, lang, laneFor)
}

/** A window's items without the selection: the events themselves, or counts (`counts`: true). */
export type WindowListing = { specs: ItemSpec[]; counts: boolean }

/**
 * The listing with the `pinned` event drawn as itself on top of the counts, so every view can show the selection.
 * Events listed as themselves need no pin: the selected one is among them or outside the window. A listing can so be
 * kept for its window while the selection changes (useVisTimeline).
 */
export function withPinned(
  listing: WindowListing,
  pinned: EventRecord | undefined,
  lang: Lang,
  laneFor: (event: EventRecord) => string,
): ItemSpec[] {
  return listing.counts && pinned && !pinned.when.undated
    ? [...listing.specs, toTimelineItem(pinned, lang, laneFor(pinned))]
    : listing.specs
}

/** What itemsForWindow lists before the pin: see there. */
export function windowListing(
  events: readonly EventRecord[],
  window: TimeWindow,
  maxItems: number,
  maxDurationMs: number,
  laneFor: (event: EventRecord) => string,
  lang: Lang,
  messages: Messages,
): WindowListing {
  const widthMs = window.endMs - window.startMs
  const padStart = window.startMs - widthMs / 2
  const padEnd = window.endMs + widthMs / 2
  const from = lowerBound(events, padStart - maxDurationMs)
  const to = lowerBound(events, padEnd)
  const candidates: EventRecord[] = []
  for (let index = from; index < to; index++) {
    const event = events[index]
    // An imported row without a date is listed and mapped, never drawn on the timeline.
    if (event && event.when.endMs > padStart && !event.when.undated) candidates.push(event)
  }
  if (candidates.length <= maxItems)
    return { specs: candidates.map((event) => toTimelineItem(event, lang, laneFor(event))), counts: false }

  const binMs = binWidthMs((padEnd - padStart) / BIN_COUNT)
  const binDays = binMs / DAY_MS
  // By lane, then by bin number: no key string to build and hash per event (at 100,000 events in the window that
  // was most of this listing's 45 ms). `created` keeps the bins in the order they first appear.
  const lanes = new Map<string, Map<number, ItemSpec>>()
  const created: ItemSpec[] = []
  for (const event of candidates) {
    // Bins are counted from the epoch, not from the window, so a pan keeps every bin it does not push out of range
    // (the timeline then only adds and removes bins at the edges).
    const bin = Math.floor(event.when.startMs / binMs)
    const group = laneFor(event)
    let byBin = lanes.get(group)
    if (!byBin) {
      byBin = new Map()
      lanes.set(group, byBin)
    }
    const existing = byBin.get(bin)
    if (existing) existing.count = (existing.count ?? 0) + 1
    else {
      const start = bin * binMs
      const spec: ItemSpec = {
        id: `${AGGREGATE_PREFIX}${group}|${binDays}d|${bin}`,
        group,
        start,
        end: start + binMs,
        type: 'range',
        className: 'is-aggregate',
        label: '',
        description: '',
        count: 1,
      }
      byBin.set(bin, spec)
      created.push(spec)
    }
  }
  const aggregates = created.map((bin) => {
    const text = messages.markerCluster(bin.count ?? 0)
    return { ...bin, label: String(bin.count ?? 0), description: text }
  })
  return { specs: aggregates, counts: true }
}
