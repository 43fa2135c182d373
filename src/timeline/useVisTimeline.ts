// Owns the single vis-timeline instance: creates it once, mirrors the store into it (items for the visible window,
// lanes, selection, hover, window, language) and reports user gestures back as store actions.
import moment from 'moment'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type DataItemCollectionType, type TimelineOptions } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import { afterNextPaint } from '../data/nextTask'
import { datasetExtent, eventGroups } from '../data/queries'
import { writtenAxisLabel } from '../data/formatDate'
import type { EventRecord, Lang } from '../data/types'
import { MESSAGES } from '../i18n/messages'
import { lanesShown, useVisibleEvents } from '../state/selectors'
import { useAppState, useAppStore, type AppState } from '../state/store'
import type { TimeWindow } from '../state/view'
import { categoryStyle, SHAPES } from '../ui/categoryStyle'
import { keepAxisLabelsWhole } from './axisLabels'
import { keepBandNamesInBands } from './bandNames'
import { clampedStart } from './axisClamp'
import { fitSelectedTitle } from './fitSelectedTitle'
import { eventIdOf, itemIdOf } from './itemIds'
import { isListedAlready, listingFor, type ListedWindow } from './listedWindow'
import { syncDataSet } from './syncDataSet'
import { withFirstDrawHeld, withItemRedrawsHeld } from './holdItemRedraws'
import { placeTitles } from './titledPoints'
import { STAGED_MOUNT_MIN_EVENTS } from '../ui/useStagedMount'
import { useTimelineFrame } from './useTimelineFrame'
import {
  AGGREGATE_PREFIX,
  groupSpecs,
  laneOf,
  periodItems,
  SINGLE_LANE,
  type GroupSpec,
  type ItemSpec,
  type TimelineLanes,
  windowListing,
  withPinned,
} from './toTimelineItem'

/** Above this many items in and near the window, the timeline shows counts per lane and period instead. */
export const MAX_TIMELINE_ITEMS = 500
const DAY_MS = 86_400_000

type VisItem = Omit<ItemSpec, 'start' | 'end'> & {
  start: Date
  end?: Date
  content: HTMLElement
  key: string
}
type VisGroup = { id: string; content: HTMLElement; order: number; className?: string; key: string }

const formatterCache = new Map<string, Intl.DateTimeFormat>()
function axisLabel(ms: number, lang: Lang, given: Intl.DateTimeFormatOptions): string {
  const written = writtenAxisLabel(ms, lang, given)
  if (written !== null) return written
  // Years before 1000 carry the era, as dates do (formatDate.ts): an imported file's "300 BC" must not read "300".
  const options: Intl.DateTimeFormatOptions =
    given.year !== undefined && new Date(ms).getUTCFullYear() < 1000 ? { ...given, era: 'short' } : given
  const key = `${lang}:${JSON.stringify(options)}`
  let formatter = formatterCache.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
    formatterCache.set(key, formatter)
  }
  return formatter.format(ms)
}

const MINOR: Record<string, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric' },
  weekday: { day: 'numeric', weekday: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
}
const MAJOR: Record<string, Intl.DateTimeFormatOptions> = {
  day: { month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: {},
}

/**
 * `stack: false` for the single-lane strip: its events share one row, unlabelled (StripCaption names the selected
 * one).
 */
function timelineOptions(lang: Lang, window: TimeWindow, extent: TimeWindow, stack = true): TimelineOptions {
  return {
    start: window.startMs,
    end: window.endMs,
    // The axis is the data (the extent, already padded), never empty years, even centred on the last event: a title
    // near the end goes before its dot instead (titledPoints.ts). The window shown first (a link's, a story step's)
    // may be narrower than the extent.
    min: extent.startMs,
    max: extent.endMs,
    height: '100%',
    stack,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    orientation: { axis: 'top', item: 'top' },
    // No horizontal margin: adjacent count bins touch without counting as overlapping, so they stay on one row.
    margin: { item: { horizontal: 0, vertical: 4 }, axis: 4 },
    zoomMin: 14 * DAY_MS,
    zoomMax: Math.max(extent.endMs - extent.startMs, 14 * DAY_MS),
    verticalScroll: true,
    groupOrder: 'order',
    // Calendar dates are UTC midnights: draw the axis in UTC so nothing moves by a day in any time zone.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    format: {
      minorLabels: (date: Date, scale: string) =>
        MINOR[scale] ? axisLabel(+date, lang, MINOR[scale]) : axisLabel(+date, lang, { year: 'numeric' }),
      majorLabels: (date: Date, scale: string) => {
        const options = MAJOR[scale]
        return options && Object.keys(options).length > 0 ? axisLabel(+date, lang, options) : ''
      },
    },
    xss: { disabled: false },
  }
}

function textContent(item: ItemSpec): HTMLElement {
  const span = document.createElement('span')
  span.className = 'timeline-item-label'
  span.textContent = item.label
  span.title = item.description
  if (item.eventId) span.dataset.eventId = item.eventId
  return span
}

function groupContent(group: GroupSpec): HTMLElement {
  const wrapper = document.createElement('span')
  wrapper.className = 'timeline-group-label'
  if (group.categoryId) {
    wrapper.classList.add('has-icon')
    const style = categoryStyle(group.categoryId)
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    svg.setAttribute('viewBox', '0 0 16 16')
    svg.setAttribute('width', '12')
    svg.setAttribute('height', '12')
    svg.setAttribute('aria-hidden', 'true')
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path')
    path.setAttribute('d', SHAPES[style.shape])
    path.setAttribute('fill', style.color)
    svg.appendChild(path)
    wrapper.appendChild(svg)
  }
  // A narrow timeline (the container query in theme.css) shows the shape, or the short name, instead of the label;
  // the full label stays the lane's tooltip.
  const label = document.createElement('span')
  label.className = 'lane-name'
  label.textContent = group.label
  wrapper.appendChild(label)
  if (group.short) {
    wrapper.classList.add('has-short')
    const short = document.createElement('span')
    short.className = 'lane-short'
    short.textContent = group.short
    wrapper.appendChild(short)
  }
  wrapper.title = group.label
  return wrapper
}

const specKey = (item: ItemSpec) =>
  `${item.group}|${item.start}|${item.end ?? ''}|${item.className}|${item.label}`

const toVisItem = (item: ItemSpec): VisItem => {
  const { start, end, ...rest } = item
  return {
    ...rest,
    start: new Date(start),
    ...(end !== undefined ? { end: new Date(end) } : {}),
    content: textContent(item),
    key: specKey(item),
  }
}

/** Far outside any window the timeline can show (its axis stops at the data): new items are added here first. */
const STAGE_MS = Date.UTC(1000, 0, 1)
const stageOutOfView = (item: VisItem): VisItem => ({
  ...item,
  start: new Date(STAGE_MS),
  ...(item.end ? { end: new Date(STAGE_MS + DAY_MS) } : {}),
})

const selectionOf = (state: AppState) => (state.selectedId ? [itemIdOf(state.selectedId)] : [])

/**
 * `singleLane`: one lane of events under the presidencies (the present and phone layouts' strip), whatever lane mode
 * the reader chose elsewhere: a short strip shows its events without scrolling through lanes.
 */
export function useVisTimeline(container: HTMLElement | null, singleLane = false): void {
  const store = useAppStore()
  const dataset = useAppState((s) => s.dataset)
  const lang = useAppState((s) => s.lang)
  const chosenLanes = useAppState(lanesShown)
  const eventGroupList = useMemo(() => eventGroups(dataset.events), [dataset])
  const laneMode: TimelineLanes = singleLane ? 'single' : chosenLanes
  const visibleEvents = useVisibleEvents()
  const [items] = useState(() => new DataSet<VisItem, 'id'>())
  const [groups] = useState(() => new DataSet<VisGroup, 'id'>())
  const timelineRef = useRef<Timeline | null>(null)
  /** A selected event that had no item yet when it was selected (see followStore). */
  const pendingFocusRef = useRef<string | null>(null)
  /** What refreshItems last gave the DataSet, and for which widget (see refreshItems). */
  const lastRefreshRef = useRef<ListedWindow | null>(null)
  /** The language of the axis labels the widget has (its `format` option), so they are set again only on a change. */
  const formatLangRef = useRef<Lang | null>(null)
  /** True from a large dataset's widget creation until its first items are given, after its first draw. */
  const firstItemsWaitRef = useRef(false)

  const extent = useMemo(() => datasetExtent(dataset), [dataset])
  const maxDurationMs = useMemo(
    () => dataset.events.reduce((max, event) => Math.max(max, event.when.endMs - event.when.startMs), 0),
    [dataset],
  )
  const actorCountry = useMemo(
    () => new Map(dataset.actors.map((actor) => [actor.id, actor.country])),
    [dataset],
  )
  const laneFor = useMemo(
    () => (event: EventRecord) =>
      laneMode === 'single' ? SINGLE_LANE : laneOf(event, laneMode, actorCountry),
    [laneMode, actorCountry],
  )

  const listWindow = useCallback(
    (window: TimeWindow) =>
      windowListing(visibleEvents, window, MAX_TIMELINE_ITEMS, maxDurationMs, laneFor, lang, MESSAGES[lang]),
    [visibleEvents, maxDurationMs, laneFor, lang],
  )

  /**
   * Puts into the DataSet what lies in and near the window, plus the context bands, and re-applies selection. Asked
   * again for what it last gave the same widget (the same window, and the same selection where the timeline shows
   * counts, which pin the selected event), it only re-applies the selection: a new widget's first window is asked
   * for by its creation, by followLanesAndLanguage in the same commit and by its first 'rangechanged', and at 100,000
   * events each listing of the window took about 70–90 ms (BENCHMARKS.md, itemsForWindow). A selection that keeps
   * the window reuses its listing and only pins the new selection (listedWindow.ts).
   */
  const refreshItems = useCallback(
    (window: TimeWindow) => {
      // A large dataset's first items wait for the widget's first draw (createTimeline): the task that gives them
      // lists the window then.
      if (firstItemsWaitRef.current) return
      const state = store.getState()
      const timeline = timelineRef.current
      const asked = { timeline, startMs: window.startMs, endMs: window.endMs, selectedId: state.selectedId }
      if (!isListedAlready(lastRefreshRef.current, asked)) {
        const selected = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
        const listing = listingFor(lastRefreshRef.current, window) ?? listWindow(window)
        const specs = [
          ...periodItems(dataset.periods, lang, extent.endMs),
          ...withPinned(listing, selected, lang, laneFor),
        ]
        withItemRedrawsHeld(timeline, () => {
          syncDataSet(items, specs, specKey, (item) => item.key, toVisItem, stageOutOfView)
        })
        lastRefreshRef.current = { ...asked, listing }
      }
      timeline?.setSelection(selectionOf(state))
      markSelected(items, state.selectedId)
    },
    [lang, dataset, extent, listWindow, laneFor, items, store],
  )
  // Widget callbacks are registered once; they call the latest refreshItems through this ref.
  const refreshItemsRef = useRef(refreshItems)
  useEffect(
    function keepRefreshCurrent() {
      refreshItemsRef.current = refreshItems
      // What the DataSet holds was listed with the previous inputs: the next refresh lists again.
      lastRefreshRef.current = null
    },
    [refreshItems],
  )

  const isLarge = dataset.events.length >= STAGED_MOUNT_MIN_EVENTS
  useEffect(
    function listAhead() {
      // A large dataset's timeline is created in a stage of its own (EventTimeline); its first window's listing is
      // made before, in a task of its own, and the creation reuses it (listingFor): at 100,000 events the listing
      // was about 35 ms of the creation's task, the longest of the load after the data (issue 14).
      if (container || !isLarge) return
      const task = globalThis.setTimeout(() => {
        const state = store.getState()
        const window = state.timeWindow ?? extent
        lastRefreshRef.current = {
          timeline: null,
          startMs: window.startMs,
          endMs: window.endMs,
          selectedId: state.selectedId,
          listing: listWindow(window),
        }
      }, 0)
      return () => {
        globalThis.clearTimeout(task)
      }
    },
    // refreshItems too, though unread: each new one clears the listing kept (keepRefreshCurrent), to be made again.
    [container, isLarge, store, extent, listWindow, refreshItems],
  )

  useEffect(
    function syncLanes() {
      // Before the widget is created (effects run in order): vis-timeline then starts with its lanes, instead of
      // taking every item out of the ungrouped lane and into its own when the lanes arrive (about 60 ms at start in
      // an embed, issue 10).
      const used = new Set(visibleEvents.map(laneFor))
      const specs = groupSpecs(
        laneMode,
        dataset.categories,
        used,
        lang,
        MESSAGES[lang],
        dataset.periods.some((period) => period.lane !== 'era'),
        dataset.periods.some((period) => period.lane === 'era'),
        eventGroupList,
      )
      syncDataSet(
        groups,
        specs.map((group) => ({
          ...group,
          content: groupContent(group),
          key: `${group.label}|${group.short ?? ''}|${group.order}`,
        })),
        (group) => group.key,
      )
    },
    [groups, dataset, eventGroupList, visibleEvents, laneFor, laneMode, lang],
  )

  useEffect(
    function createTimeline() {
      if (!container) return
      const state = store.getState()
      const initialWindow = state.timeWindow ?? extent
      // The groups and items are given below, drawn with the widget's first draw (withFirstDrawHeld).
      const timeline = new Timeline(
        container,
        null as unknown as DataItemCollectionType,
        timelineOptions(state.lang, initialWindow, extent, !singleLane),
      )
      timelineRef.current = timeline
      formatLangRef.current = state.lang
      const stopAxisLabels = keepAxisLabelsWhole(timeline, container)
      const stopBandNames = keepBandNamesInBands(timeline, container)
      showWithFirstDraw(timeline)
      const focusInitialEvent = () => {
        const state = store.getState()
        const initialEvent = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
        // focus() scrolls to the item's lane only when the window moves, which it may not (the axis is clamped to the
        // data): useTimelineFrame keeps the selected item in view as the lanes settle.
        if (initialEvent && !isFramedEvent(state, initialEvent.id))
          timeline.focus(itemIdOf(initialEvent.id), { zoom: false, animation: false })
      }
      // A large dataset's widget draws its axis and lanes first, and its items in a task after that frame: at 100,000
      // events the creation with its items (their sync, 40 ms) and the first draw with them (the items' measuring,
      // 25 ms of 80) were two tasks of 60–113 ms each, the longest of the load after the data (issue 14).
      const itemsAfterFirstDraw = isLarge
      firstItemsWaitRef.current = itemsAfterFirstDraw
      withFirstDrawHeld(timeline, () => {
        timeline.setGroups(groups)
        // vis-timeline accepts DOM elements as item and group content at run time; its types only say string.
        timeline.setItems(items as unknown as DataItemCollectionType)
        refreshItemsRef.current(initialWindow)
      })
      const cancelFirstItems = itemsAfterFirstDraw
        ? afterNextPaint(() => {
            firstItemsWaitRef.current = false
            const range = timeline.getWindow()
            refreshItemsRef.current({ startMs: +range.start, endMs: +range.end })
            focusInitialEvent()
          })
        : undefined
      if (!itemsAfterFirstDraw) focusInitialEvent()

      timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
        const id = selected[0]
        if (id === undefined) return
        const itemId = String(id)
        if (itemId.startsWith(AGGREGATE_PREFIX)) {
          // A count stands for many events: zoom into its period instead of selecting.
          const bin = items.get(itemId)
          if (bin?.end) timeline.setWindow(bin.start, bin.end)
          timeline.setSelection(selectionOf(store.getState()))
          return
        }
        store.getState().selectEvent(eventIdOf(itemId))
      })
      timeline.on('itemover', ({ item }: { item: string | number }) => {
        if (!String(item).startsWith(AGGREGATE_PREFIX)) store.getState().hoverEvent(String(item))
      })
      timeline.on('itemout', () => {
        store.getState().hoverEvent(null)
      })
      // Each redraw places the selected item anew (a selection, a pan, a zoom): its title is fitted into the panel.
      const fitTitle = () => {
        fitTitleIn(timeline, container)
      }
      timeline.on('changed', fitTitle)
      let isFirstRange = true
      timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
        const window = { startMs: +start, endMs: +end }
        refreshItemsRef.current(window)
        if (byUser) store.getState().setTimeWindow(window)
        if (isFirstRange) {
          isFirstRange = false
          // The lanes arrive after the widget (syncLanesAndLanguage), so the focus() above could not scroll to the
          // lane of an event selected from the start (a link); now that the lanes are drawn, bring it into view.
          // Not an event a frame shows (a story step's): useTimelineFrame places it and keeps its lane in view, and
          // a focus here centred it again over the step's own window.
          const state = store.getState()
          const selectedId = state.selectedId
          if (selectedId !== null && !isFramedEvent(state, selectedId) && items.get(itemIdOf(selectedId))) {
            timeline.focus(itemIdOf(selectedId), { zoom: false, animation: false })
            globalThis.setTimeout(() => {
              scrollLaneIntoView(timeline, itemIdOf(selectedId))
            }, 0)
          }
        }
      })
      return function destroyTimeline() {
        cancelFirstItems?.()
        firstItemsWaitRef.current = false
        stopAxisLabels()
        stopBandNames()
        timeline.destroy()
        timelineRef.current = null
      }
    },
    [container, items, groups, store, extent, singleLane, isLarge],
  )

  useEffect(
    function followLanesAndLanguage() {
      const timeline = timelineRef.current
      if (!timeline) return
      if (formatLangRef.current !== lang) {
        formatLangRef.current = lang
        timeline.setOptions({ format: timelineOptions(lang, extent, extent).format } as TimelineOptions)
      }
      const range = timeline.getWindow()
      refreshItemsRef.current({ startMs: +range.start, endMs: +range.end })
      const pendingId = pendingFocusRef.current
      pendingFocusRef.current = null
      const state = store.getState()
      const pending =
        pendingId !== null && state.selectedId === pendingId ? state.eventsById.get(pendingId) : undefined
      if (pending && !pending.when.undated)
        bringIntoView(timeline, pending, store, refreshItemsRef.current, extent)
    },
    [container, groups, dataset, eventGroupList, visibleEvents, laneFor, laneMode, lang, extent, store],
  )

  useEffect(
    function followStore() {
      const unsubscribe = store.subscribe((state, previous) => {
        const timeline = timelineRef.current
        if (!timeline) return
        if (state.resetCount !== previous.resetCount) {
          timeline.setWindow(extent.startMs, extent.endMs, { animation: !prefersReducedMotion() })
        } else if (state.timeWindow !== previous.timeWindow && state.timeWindow) {
          const current = timeline.getWindow()
          const tolerance = (+current.end - +current.start) * 0.01
          if (
            Math.abs(+current.start - state.timeWindow.startMs) > tolerance ||
            Math.abs(+current.end - state.timeWindow.endMs) > tolerance
          )
            timeline.setWindow(state.timeWindow.startMs, state.timeWindow.endMs, { animation: false })
        }
        if (state.selectedId !== previous.selectedId) {
          const event = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
          // A frame request for the same event (a story step) moves the timeline itself (useTimelineFrame): a
          // focus() here too would animate the scroll to another place and fight it.
          const isFramed =
            event !== undefined && state.frame !== previous.frame && isFramedEvent(state, event.id)
          if (event && !isFramed && !event.when.undated) {
            bringIntoView(timeline, event, store, refreshItemsRef.current, extent)
            // An event revealed in the same transition (a playhead or a story step passing it) has no item until
            // React renders the new visible events; syncLanesAndLanguage brings it into view then.
            pendingFocusRef.current = items.get(itemIdOf(event.id)) ? null : event.id
          }
          // setSelection() does not emit 'select' (vis-timeline docs, Events), so this cannot loop.
          timeline.setSelection(selectionOf(state))
          markSelected(items, state.selectedId)
          // Selecting redraws the two items only (their titles change width), not their places: placed here.
          placeTitles(timeline, [previous.selectedId, state.selectedId])
          // ...and the selected title fitted into the panel before the frame is painted (a selection that keeps the
          // window redraws no more than those items: no 'changed' follows).
          if (container) {
            const panel = container
            requestAnimationFrame(() => {
              fitTitleIn(timeline, panel)
            })
          }
        }
        if (state.hoveredId !== previous.hoveredId) markHovered(items, state.hoveredId)
      })
      return unsubscribe
    },
    [store, extent, items, container, singleLane],
  )

  // Story steps and layouts ask for a frame (src/state/frame.ts); subscribed after followStore, so it wins.
  useTimelineFrame(timelineRef, container, refreshItemsRef)
}

/**
 * vis-timeline keeps itself hidden (`visibility: hidden`) until a redraw follows its first 'rangechanged', and it
 * emits that 200 ms after a range is set (Range.setRange's timer): every first view waited at least that long with its
 * timeline drawn but hidden, and longer while the page was busy (430 ms after the first items, in the bundled load of
 * stop 28's comparison). The window is given as options, so there is nothing to wait for: the timeline shows with its
 * next redraw, the one that draws the items. Its Core's own flag (vis-timeline 8, pinned in package.json); the browser
 * tests check that the timeline is visible in the frame its first items are.
 */
function showWithFirstDraw(timeline: Timeline): void {
  const core = timeline as unknown as { initialRangeChangeDone: boolean; initialFitDone: boolean }
  core.initialRangeChangeDone = true
  // Nor is there a window to fit: vis-timeline fits once, at its first 'changed', to the start and end it was created
  // with, and so replaced a window set meanwhile (a story step's frame, useTimelineFrame) by the whole range until
  // the frame was applied again: present mode's strip showed 2005–2025 for about 150 ms between two views of
  // 2024–2026, and a browser test reading its axis then saw the wrong years.
  core.initialFitDone = true
  timeline.redraw()
}

/** Whether a frame request (a story step's, src/state/frame.ts) shows this event: useTimelineFrame places it then. */
function isFramedEvent(state: AppState, id: string): boolean {
  return state.frame?.eventIds.includes(id) ?? false
}

/**
 * Brings the event into view, horizontally and vertically, keeping the zoom. An event well inside the window stays
 * where it is (its lane scrolled into view): moving the timeline at every click would lose the reader's place (and
 * redraw it all). Otherwise the items for the destination window are put in place first, so the event's item exists
 * to focus on.
 */
function bringIntoView(
  timeline: Timeline,
  event: EventRecord,
  store: ReturnType<typeof useAppStore>,
  refreshItems: (window: TimeWindow) => void,
  extent: TimeWindow,
): void {
  const current = timeline.getWindow()
  const width = +current.end - +current.start
  const margin = width * 0.05
  if (event.when.startMs >= +current.start + margin && event.when.startMs <= +current.end - margin) {
    // The window stays; the refresh pins the event's own item when the timeline shows counts. A lane out of view is
    // scrolled to (a new window and focus() moved the timeline sideways for nothing, and every view followed that
    // window).
    refreshItems({ startMs: +current.start, endMs: +current.end })
    if (!isLaneInView(timeline, itemIdOf(event.id)))
      scrollLaneIntoView(timeline, itemIdOf(event.id), 'next frame')
    return
  }
  const center = event.when.startMs + Math.min(event.when.endMs - event.when.startMs, width / 2) / 2
  const window = { startMs: center - width / 2, endMs: center + width / 2 }
  if (Math.abs(clampedStart(window, extent) - +current.start) < width / 1000) {
    // The window cannot move (the axis ends at the data, timelineOptions), and focus() scrolls to the item's lane
    // only when it does: the lane's scroll is set here and drawn with the selection's redraw in the next frame. (Left
    // to the later call below, the selected item appeared on the timeline a task after the list and the map, or
    // 450 ms later with motion.)
    refreshItems({ startMs: +current.start, endMs: +current.end })
    scrollLaneIntoView(timeline, itemIdOf(event.id), 'next frame')
    return
  }
  refreshItems(window)
  const isReduced = prefersReducedMotion()
  timeline.focus(itemIdOf(event.id), {
    zoom: false,
    animation: isReduced ? false : { duration: 400, easingFunction: 'easeInOutQuad' },
  })
  globalThis.setTimeout(
    () => {
      scrollLaneIntoView(timeline, itemIdOf(event.id))
    },
    isReduced ? 0 : 450,
  )
  if (store.getState().timeWindow) store.getState().setTimeWindow(window)
}

type VisInternals = {
  itemSet?: {
    items?: Record<string, { displayed?: boolean; parent?: { top?: number; isVisible?: boolean } }>
  }
  _setScrollTop?: (top: number) => number
  /** vis-timeline's own redraw, throttled to the next animation frame (the one its data changes ask for). */
  _redraw?: () => void
  /** The same, at once (what the throttled one calls). */
  _origRedraw?: () => void
}

/**
 * True when the event's item is drawn in a lane that vis-timeline currently shows. vis-timeline has no public API for
 * its lanes' vertical positions, hence the internals, guarded: if they change, this says false and focus() is used.
 */
function isLaneInView(timeline: Timeline, id: string): boolean {
  const item = (timeline as unknown as VisInternals).itemSet?.items?.[id]
  return item?.displayed === true && item.parent?.isVisible === true
}

/**
 * focus() scrolls vertically only to items whose lane has been drawn before (vis-timeline positions items lazily),
 * so an item in a lane never scrolled into view stays hidden. Then scroll to its lane ourselves. There is no public
 * API for the vertical scroll, hence the internals, guarded so that a vis-timeline change only loses this fallback.
 */
function scrollLaneIntoView(timeline: Timeline, id: string, when: 'now' | 'next frame' = 'now'): void {
  if (!(timeline as unknown as { dom?: unknown }).dom) return // destroyed meanwhile (a layout switch)
  const internals = timeline as unknown as VisInternals
  const item = internals.itemSet?.items?.[id]
  const content = item ? (item as { data?: { content?: unknown } }).data?.content : undefined
  if (content instanceof HTMLElement && content.isConnected) return
  const top = item?.parent?.top
  if (typeof top !== 'number' || typeof internals._setScrollTop !== 'function') return
  internals._setScrollTop(-top)
  // In a selection's handler: drawn by vis-timeline's own redraw in the next frame (throttled; the selection asks for
  // one anyway). Drawn at once, the redraw rewrote the timeline's DOM inside the click's task, and the map's handler
  // then paid a whole layout for it: the list followed the click 40–90 ms later than with the old axis.
  if (when === 'next frame' && typeof internals._redraw === 'function') {
    internals._redraw()
    // That redraw draws the lanes above it for the first time, and they may grow: its lane, moved down, is then
    // scrolled to and drawn in the same frame (the reveal, useTimelineFrame, did it a frame later: with the bundled
    // data the timeline marked the event 60 ms after the list and the map).
    requestAnimationFrame(() => {
      const moved = item?.parent?.top
      if (
        !(content instanceof HTMLElement && content.isConnected) &&
        typeof moved === 'number' &&
        moved !== top &&
        internals._origRedraw
      ) {
        internals._setScrollTop?.(-moved)
        internals._origRedraw()
      }
    })
  } else timeline.redraw()
}

/**
 * Fits the selected title into the panel (fitSelectedTitle.ts); where a wrapped title changes its item's height, the
 * lane is restacked by vis-timeline's own redraw in the next animation frame (throttled, as its data changes ask for
 * it), without its public redraw()'s marking every item to be measured again. An internal, guarded: without it, the
 * public one.
 */
function fitTitleIn(timeline: Timeline, container: HTMLElement): void {
  fitSelectedTitle(container, () => {
    const internals = timeline as unknown as VisInternals
    if (typeof internals._redraw === 'function') internals._redraw()
    else timeline.redraw()
  })
}

/** Per DataSet, the item contents now marked selected and hovered (an event has at most one item: itemIdOf). */
type Marked = { selected: HTMLElement | undefined; hovered: HTMLElement | undefined }
const marked = new WeakMap<DataSet<VisItem>, Marked>()

function markedOf(items: DataSet<VisItem>): Marked {
  let mark = marked.get(items)
  if (!mark) {
    mark = { selected: undefined, hovered: undefined }
    marked.set(items, mark)
  }
  return mark
}

/**
 * The selected event's item, and only it, carries data-selected. Only the item marked before and the new one are
 * touched: a selection at 10,000 events went over all the items in and near the window (about 600), twice.
 */
function markSelected(items: DataSet<VisItem>, selectedId: string | null): void {
  const mark = markedOf(items)
  const next = selectedId ? items.get(itemIdOf(selectedId))?.content : undefined
  if (mark.selected && mark.selected !== next) delete mark.selected.dataset.selected
  if (next) next.dataset.selected = 'true'
  mark.selected = next
}

function markHovered(items: DataSet<VisItem>, hoveredId: string | null): void {
  const mark = markedOf(items)
  const next = hoveredId ? items.get(itemIdOf(hoveredId))?.content : undefined
  if (mark.hovered && mark.hovered !== next) mark.hovered.classList.remove('is-hovered')
  if (next) next.classList.add('is-hovered')
  mark.hovered = next
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}
