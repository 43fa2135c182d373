// Places known only to a country, a state or a region (a sea) are not pins: each such area gets one badge with its
// name ("Mexico · nationwide", "Caribbean Sea") and the number of distinct events placed there, inside the time
// window and outside it, counted apart. A click selects the event, or lists the events when there are several.
import L from 'leaflet'
import { useEffect, useMemo, useState } from 'react'
import { isInWindow } from '../data/queries'
import type { EventRecord, LocalizedText } from '../data/types'
import { MESSAGES } from '../i18n/messages'
import { useVisibleEvents } from '../state/selectors'
import { useAppStore } from '../state/store'
import { usableInsets, type Insets } from './frameInsets'
import { boxesOverlap, MARKERS_PLACED, toLayerBox, type Box, type MarkersPlacedEvent } from './markersPlaced'
import { isAreaPlace, shownPlaceIndices } from './geometry'
import { freeSpot, MAX_SHIFT_PX, shiftBox, spotFits, type Offset } from './areaSpots'
import { featureAt, featureContains, loadBasemap, type Basemap } from './basemapData'
import { areaBadgeIcon, fillAreaBadge, markSelection } from './markerIcons'
import { isHidden } from './useEventMarkers'

/** A country, state or region (a sea) as the events place it: its point stands for the whole area. */
export type Area = {
  /** Its precision and English name: one badge per area. */
  key: string
  name: LocalizedText
  precision: 'country' | 'state' | 'region'
  lat: number
  lon: number
}

export type AreaGroup = Area & { events: EventRecord[] }

/** The events of each area, each event once per area. */
export function areaGroups(events: readonly EventRecord[]): AreaGroup[] {
  const groups = new Map<string, AreaGroup>()
  for (const event of events) {
    for (const placeIndex of shownPlaceIndices(event.places)) {
      const place = event.places[placeIndex]
      if (!place || !isAreaPlace(place)) continue
      // One badge per named area, wherever the point that stands for it lies.
      const key = `${place.precision}|${place.name.en}`
      let group = groups.get(key)
      if (!group) {
        group = {
          key,
          name: place.name,
          precision: place.precision as AreaGroup['precision'],
          lat: place.lat,
          lon: place.lon,
          events: [],
        }
        groups.set(key, group)
      }
      if (group.events.at(-1) !== event) group.events.push(event)
    }
  }
  return [...groups.values()]
}

const MAX_LISTED = 30

/** The z-index step between two badges' ranks: more than a marker's y can span on the map's pane. */
const AREA_RANK_Z = 100_000

export function useAreaMarkers(map: L.Map): void {
  const store = useAppStore()
  const events = useVisibleEvents()
  const groups = useMemo(() => areaGroups(events), [events])
  // Where each area's badge last moved to, and which spots lie inside its area: kept across the badges' redraws
  // (every time-window change).
  const [remembered] = useState<Remembered>(() => ({ spots: new Map(), onShape: new Map() }))

  useEffect(
    function drawAreaBadges() {
      // Above the routes and halos, under the event markers (600).
      if (!map.getPane('areas')) map.createPane('areas').style.zIndex = '590'
      const layer = L.layerGroup().addTo(map)
      // Each badge's own point and the shape of its country or state (once the basemap is in): a badge covered
      // there may move inside that shape (cullAreaLabels).
      const homes = new Map<L.Marker, Home>()
      let basemap: Basemap | null = null
      // Each area's badge, kept while its area's events are the same (this effect's `groups`): a time window's change
      // (every timeline pan, and a selection that moves the window) rewrites the counts of the badges drawn instead
      // of removing and creating every badge (about 5–14 ms at 10,000 events). A language's change draws them anew.
      const drawn = new Map<AreaGroup, L.Marker>()
      let drawnLang: string | null = null
      const redraw = () => {
        homes.clear()
        if (isHidden(map)) {
          layer.clearLayers()
          drawn.clear()
          return
        }
        const state = store.getState()
        if (drawnLang !== state.lang) {
          layer.clearLayers()
          drawn.clear()
          drawnLang = state.lang
        }
        const messages = MESSAGES[state.lang]
        const counted = groups.map((group) => ({
          group,
          inside: group.events.filter((event) => isInWindow(event, state.timeWindow)),
        }))
        // Where badges overlap, the one with more events is drawn on top: Leaflet orders a pane's markers by their
        // y plus zIndexOffset, so a state's badge of 1 south of Mexico's centre hid "Mexico · nationwide 35" on a
        // phone. Ranked (fewest first), so the offset outweighs any y on the map's pane.
        const ranks = new Map(
          [...counted]
            .sort(
              (a, b) => a.inside.length - b.inside.length || a.group.events.length - b.group.events.length,
            )
            .map(({ group }, rank) => [group, rank]),
        )
        for (const { group, inside } of counted) {
          const outside = group.events.length - inside.length
          const name = group.name[state.lang]
          const count = messages.mapSearch.eventsHere(inside.length, outside)
          const label =
            group.precision === 'country'
              ? `${name} (${messages.mapSearch.nationwideShort}): ${count}`
              : `${name}: ${count}`
          const options = {
            name,
            note: group.precision === 'country' ? messages.mapSearch.nationwideShort : null,
            inWindow: inside.length,
            outside,
            label,
            eventIds: group.events.map((event) => event.id),
            selectedId: state.selectedId,
            precision: group.precision,
          }
          const zIndexOffset = (ranks.get(group) ?? 0) * AREA_RANK_Z
          let marker = drawn.get(group)
          const element = marker?.getElement()?.querySelector<HTMLElement>('.area-badge')
          if (marker && element) {
            // An open list of its events was listed for the window before: closed, as a new badge's would be.
            if (marker.isPopupOpen()) marker.closePopup()
            fillAreaBadge(element, options)
            marker.setZIndexOffset(zIndexOffset)
          } else {
            if (marker) layer.removeLayer(marker)
            const created = L.marker([group.lat, group.lon], {
              icon: areaBadgeIcon(options),
              pane: 'areas',
              keyboard: false,
              zIndexOffset,
            })
            created.on('click', () => {
              const only = group.events.length === 1 ? group.events[0] : undefined
              if (only) {
                store.getState().selectEvent(only.id)
                return
              }
              // The window and the language as they are now, not as they were when the badge was drawn.
              const now = store.getState()
              const within = group.events.filter((event) => isInWindow(event, now.timeWindow))
              created.bindPopup(eventMenu(group, within, now.lang), { maxWidth: 320 }).openPopup()
            })
            layer.addLayer(created)
            drawn.set(group, created)
            marker = created
          }
          // Its own point (the cull may have moved the badge off it: it puts it back before measuring).
          homes.set(marker, { latLng: L.latLng(group.lat, group.lon), group })
        }
      }
      const eventMenu = (group: AreaGroup, inside: readonly EventRecord[], lang: 'en' | 'es' | 'de') => {
        const list = document.createElement('ul')
        list.className = 'area-menu'
        const ordered = [...inside, ...group.events.filter((event) => !inside.includes(event))]
        for (const event of ordered.slice(0, MAX_LISTED)) {
          const item = document.createElement('li')
          const button = document.createElement('button')
          button.type = 'button'
          button.dataset.eventId = event.id
          button.textContent = `${event.when.start.iso} — ${event.title[lang]}`
          if (!inside.includes(event)) button.classList.add('is-dimmed')
          button.addEventListener('click', () => {
            map.closePopup()
            store.getState().selectEvent(event.id)
          })
          item.appendChild(button)
          list.appendChild(item)
        }
        if (ordered.length > MAX_LISTED) {
          const more = document.createElement('li')
          more.textContent = `+${ordered.length - MAX_LISTED}`
          list.appendChild(more)
        }
        return list
      }
      // Labels culled by collision: after the badges (and the selected event's own badge, drawn by the markers
      // in a microtask) are in place, a badge whose name would overlap a badge already shown keeps only its count.
      let frame = 0
      const scheduleCull = () => {
        cancelAnimationFrame(frame)
        // Not culled for what is drawn now (new badges, a move) until the frame below has run.
        delete map.getContainer().dataset.areaLabelsZoom
        frame = requestAnimationFrame(() => {
          const size = map.getSize()
          const insets = usableInsets(store.getState().frameInsets, size)
          const taken = cullAreaLabels(map, homes, basemap, insets, remembered, placeOf)
          // The zoom the labels were last culled for: a condition for tests to wait on.
          map.getContainer().dataset.areaLabelsZoom = String(map.getZoom())
          // Whether badges could move inside their areas (the basemap's shapes were in): the same for tests.
          map.getContainer().dataset.areaShapes = String(basemap !== null)
          // The basemap's names (useBasemap) make way for what is drawn above them.
          const page = map.getContainer().getBoundingClientRect()
          // What the layout covers (present mode's card, a phone's sheet) is taken too: a name half under it is cut;
          // so are the map's controls ("Sonora" was under the zoom buttons in present mode).
          const whole: Box = { left: page.left, top: page.top, right: page.right, bottom: page.bottom }
          const covered = [
            { ...whole, left: page.right - insets.right },
            { ...whole, top: page.bottom - insets.bottom },
            { ...whole, right: page.left + insets.left },
            { ...whole, bottom: page.top + insets.top },
          ].filter((box) => box.right > box.left && box.bottom > box.top)
          const placed: MarkersPlacedEvent = {
            // (The map's controls are among the boxes taken: cullAreaLabels read them before changing any badge.)
            boxes: [...taken, ...covered].map((box) => toLayerBox(map, page, box)),
          }
          map.fire(MARKERS_PLACED, placed)
        })
      }
      // The place a selected event's area badge stands for (useEventMarkers draws it: data-event-id, data-place-index).
      const placeOf = (element: HTMLElement): Area | undefined => {
        const place = store.getState().eventsById.get(element.dataset.eventId ?? '')?.places[
          Number(element.dataset.placeIndex)
        ]
        if (!place || !isAreaPlace(place)) return undefined
        const precision = place.precision as Area['precision']
        return {
          key: `${precision}|${place.name.en}`,
          name: place.name,
          precision,
          lat: place.lat,
          lon: place.lon,
        }
      }
      const redrawAndCull = () => {
        redraw()
        scheduleCull()
      }
      redrawAndCull()
      let removed = false
      loadBasemap()
        .then((loaded) => {
          if (removed) return
          basemap = loaded
          scheduleCull()
        })
        .catch(() => undefined)
      // A selection alone changes which badge is marked, not the badges: marked in place (rebuilding every badge was
      // about 7 ms of a selection's click at 10,000 events). The labels are culled again: the selected event's own
      // badge (useEventMarkers) comes or goes.
      const markSelected = (selectedId: string | null) => {
        for (const [marker, { group }] of homes) {
          const element = marker.getElement()?.querySelector<HTMLElement>('.area-badge')
          if (!element) continue
          markSelection(element, selectedId !== null && group.events.some((event) => event.id === selectedId))
        }
      }
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.timeWindow !== previous.timeWindow || state.lang !== previous.lang) redrawAndCull()
        else if (state.selectedId !== previous.selectedId) {
          markSelected(state.selectedId)
          scheduleCull()
        } else if (state.frameInsets !== previous.frameInsets) scheduleCull()
      })
      map.on('resize', redrawAndCull)
      map.on('moveend', scheduleCull)
      // The legend opening or closing over the map (a <details>: its toggle event does not bubble, hence capture).
      const wrapper = map.getContainer().parentElement
      wrapper?.addEventListener('toggle', scheduleCull, true)
      return function removeAreaBadges() {
        removed = true
        unsubscribe()
        cancelAnimationFrame(frame)
        map.off('resize', redrawAndCull)
        map.off('moveend', scheduleCull)
        wrapper?.removeEventListener('toggle', scheduleCull, true)
        layer.remove()
      }
    },
    [map, groups, store, remembered],
  )
}

/** The map's own controls drawn over it: its zoom buttons and the legend (open or closed). */
const MAP_CONTROLS = '.leaflet-control, .legend'

/** The boxes (client px) of the map's controls that lie over the map (`page`: the map container's box). */
function controlBoxes(container: HTMLElement, page: DOMRect): Box[] {
  const controls = container.parentElement?.querySelectorAll<HTMLElement>(MAP_CONTROLS) ?? []
  const boxes: Box[] = []
  for (const control of controls) {
    const { left, top, right, bottom } = control.getBoundingClientRect()
    if (right > left && bottom > top && boxesOverlap({ left, top, right, bottom }, page, 0))
      boxes.push({ left, top, right, bottom })
  }
  return boxes
}

type Home = { latLng: L.LatLng; group: AreaGroup }
/** Where an area's badge was moved at a zoom, as its name or as its count (inside its area or beside its point). */
type KeptSpot = Offset & { zoom: number; how: 'name' | 'inside' | 'beside'; shaped: boolean }
/**
 * What the cull keeps from one move to the next, by area: where its badge moved, and which offsets (px) from its point
 * lie inside its shape at a zoom (the geometry does not change while the timeline pans: the shape tests were most of
 * the search's cost after a pan at 10k events).
 */
type Remembered = {
  spots: Map<string, KeptSpot>
  onShape: Map<string, { zoom: number; points: Map<number, boolean> }>
}
type Shape = NonNullable<ReturnType<typeof featureAt>>

/**
 * Each area's country or state shape in the basemap (null: a sea, or a place the basemap does not have), by its
 * precision and name: the groups are made again whenever the visible events change (a pan of the timeline), the
 * areas are not.
 */
const shapes = new Map<string, Shape | null>()
function shapeOf(group: Area, basemap: Basemap): Shape | null {
  const key = group.key
  let shape = shapes.get(key)
  if (shape === undefined) {
    const kind = group.precision
    // By name (a few string comparisons: a place named "Sinaloa" is in Sinaloa wherever its point was jittered);
    // else by the point, which reads every shape's outline ("United States" is "United States of America" in the
    // basemap, its English name apart).
    const named =
      kind === 'region'
        ? undefined
        : basemap.features.find(
            ({ properties }) =>
              properties.kind === kind &&
              (properties.name === group.name.en || properties.names?.en === group.name.en),
          )
    shape =
      kind === 'region'
        ? null
        : ((named as Shape | undefined) ?? featureAt(basemap, kind, group.lon, group.lat))
    shapes.set(key, shape)
  }
  return shape
}

/**
 * Whether a badge moved by (dx, dy) px lies inside its area's shape: its centre and most of five points along it (a
 * badge mostly over the sea beside a coast reads as a sea's), for a badge `width` px wide whose centre (container px)
 * is `centre` where it stands now: a country's badge is drawn below its point (map.css), so the test is where the
 * badge is seen, not at the point (a "35" tested on Sinaloa's coast was drawn over the sea).
 * Remembered per area, point, badge and zoom as offsets (whole px): the search for a spot for a count tries the
 * centres the search for its name tried, and the next move's search the same again (the geometry does not change
 * while the timeline pans: these tests were most of the search's cost after a pan at 10k events).
 */
function insideTests(map: L.Map, remembered: Remembered, area: Area, shape: Shape | null, centre: L.Point) {
  const zoom = map.getZoom()
  const home = map.latLngToContainerPoint([area.lat, area.lon])
  const memoKey = `${area.key}|${area.lat}|${area.lon}|${Math.round(centre.x - home.x)}|${Math.round(centre.y - home.y)}`
  let memo = remembered.onShape.get(memoKey)
  if (memo?.zoom !== zoom) {
    memo = { zoom, points: new Map() }
    remembered.onShape.set(memoKey, memo)
  }
  const onShape = memo.points
  const isOnShape = (dx: number, dy: number) => {
    if (shape === null) return false
    const x = Math.round(dx)
    const y = Math.round(dy)
    const key = x * 65536 + y
    let inside = onShape.get(key)
    if (inside === undefined) {
      const { lat, lng } = map.containerPointToLatLng([centre.x + x, centre.y + y])
      inside = featureContains(shape, lng, lat)
      onShape.set(key, inside)
    }
    return inside
  }
  return (width: number) => (dx: number, dy: number) => {
    const reach = Math.max(0, width / 2 - END_INSET_PX)
    if (!isOnShape(dx, dy)) return false
    // At least two of four points along it (no lists: this runs for every spot tried, after every move).
    let on = 0
    for (let step = -2; step <= 2; step++)
      if (step !== 0 && isOnShape(dx + (reach * step) / 2, dy) && ++on === 2) return true
    return false
  }
}

/**
 * Shows each area badge's name only where the map's edge (or the layout's card or sheet over it) does not cut it and
 * it overlaps no cluster, no event marker and no badge shown before it: the selected event's badges first, then badges
 * holding more events in the window, then more events in all. A country's or state's badge covered at its own point
 * moves to the nearest free spot inside its shape (areaSpots.ts: "Mexico · nationwide 35" was under the clusters of
 * Mexico City and Guadalajara on a phone), a country's named if its name fits there, else as its count; at the same zoom
 * it keeps the spot it moved to while that stays free (`remembered`). The others keep their count (and
 * their accessible name and tooltip, which still say the place); zooming in or panning gives them room again.
 * The selected event's own area badge (drawn over the clusters, with its name) moves the same way when it would cover
 * a cluster, a pin or a count ("México · todo el país" lay on a state's count, a cluster and a pin in present mode);
 * a cluster under the selected event's pin steps aside (moveClustersFromSelection).
 * Culled again after every move (moveend: the positions are final then, which zoomend does not promise).
 * Returns the boxes (client px) of every marker in view and every badge as it now shows.
 */
function cullAreaLabels(
  map: L.Map,
  homes: ReadonlyMap<L.Marker, Home>,
  basemap: Basemap | null,
  insets: Insets,
  remembered: Remembered,
  placeOf: (element: HTMLElement) => Area | undefined,
): Box[] {
  const zoom = map.getZoom()
  const kept = remembered.spots
  const container = map.getContainer()
  const badges: { badge: HTMLElement; marker: L.Marker; home: Home }[] = []
  for (const [marker, home] of homes) {
    // Back to its own point before anything is measured (a write: the boxes below are read in one layout).
    if (!marker.getLatLng().equals(home.latLng)) marker.setLatLng(home.latLng)
    const badge = marker.getElement()?.querySelector<HTMLElement>('.area-badge')
    if (badge) badges.push({ badge, marker, home })
  }
  // The selected event's area badges, back to their points too (a CSS translate on the badge, inside the marker's
  // own transform: they belong to the event markers' layer).
  const selectedBadges = [...container.querySelectorAll<HTMLElement>(SELECTED_AREA_BADGE)]
  for (const badge of selectedBadges) badge.style.translate = ''
  // So are clusters moved aside from the selected event's pin.
  for (const cluster of container.querySelectorAll<HTMLElement>(`.${BESIDE_SELECTION}`)) {
    cluster.style.translate = ''
    cluster.classList.remove(BESIDE_SELECTION)
  }
  const inWindow = (badge: HTMLElement) => Number(badge.dataset.inWindow ?? 0)
  const total = (badge: HTMLElement) => inWindow(badge) + Number(badge.dataset.outside ?? 0)
  badges.sort(
    ({ badge: a }, { badge: b }) =>
      Number(b.classList.contains('is-selected')) - Number(a.classList.contains('is-selected')) ||
      inWindow(b) - inWindow(a) ||
      total(b) - total(a),
  )
  for (const { badge } of badges) badge.classList.remove('is-compact')
  // What a name must not cover: the selected event's own badges, every cluster and event marker (a name drawn
  // under a cluster's count, or over a pin, reads as one muddle). Only those in view count.
  const page = container.getBoundingClientRect()
  // What the layout leaves uncovered (present mode's card, a phone's sheet): a name half under the card is as cut as
  // one at the edge.
  const view: Box = {
    left: page.left + insets.left,
    top: page.top + insets.top,
    right: page.right - insets.right,
    bottom: page.bottom - insets.bottom,
  }
  const markers = [
    ...container.querySelectorAll<HTMLElement>('.cluster-marker, .event-marker:not(.area-badge)'),
  ]
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.right > box.left && boxesOverlap(box, view, 0))
  const shown: Box[] = markers.map(({ box }) => box)
  // Nor the map's controls: a badge under the legend or the zoom buttons cannot be read ("Kanada" under the legend
  // in present mode).
  shown.push(...controlBoxes(container, page))
  // Every box is read before any badge changes, so the page is laid out once here, not again after each badge made
  // compact or moved. A compact badge is its count, with the badge's padding and border, centred where the badge is
  // (map.css).
  const selectedBoxes = selectedBadges.map((badge) => badge.getBoundingClientRect())
  const full = badges.map(({ badge }) => badge.getBoundingClientRect())
  const counts = badges.map(
    ({ badge }) => badge.querySelector('.area-badge-count')?.getBoundingClientRect() ?? null,
  )
  // A name the map's edge would cut ("en Bavispe, Chihuahua") reads as a wrong name: that badge keeps its count too.
  const isInView = (box: Box) =>
    box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom
  const isFree = (box: Box) => isInView(box) && !shown.some((other) => boxesOverlap(box, other))
  // A box's centre in the map's container px (the boxes are the page's).
  const centreOf = (box: Box) =>
    L.point((box.left + box.right) / 2 - page.left, (box.top + box.bottom) / 2 - page.top)
  moveClustersFromSelection(markers, shown, view)
  // The selected event's badges first: drawn above the clusters, one over a cluster hides its count. Each moves
  // inside its area, named, to the nearest spot clear of the markers, the controls and the badges placed before it;
  // with none within reach it stays at its point (it is the selection: it is not made compact or hidden).
  selectedBadges.forEach((badge, index) => {
    const box = selectedBoxes[index]
    if (!box || box.right <= box.left) return
    const area = placeOf(badge)
    const shape = area && basemap ? shapeOf(area, basemap) : null
    if (isFree(box) || !area || !shape || !boxesOverlap(box, view, 0)) {
      shown.push(box)
      return
    }
    const key = `selected|${area.key}`
    const inside = insideTests(map, remembered, area, shape, centreOf(box))(box.right - box.left)
    const last = kept.get(key)
    const spot =
      last?.zoom === zoom && spotFits(box, shown, view, inside, last)
        ? last
        : freeSpot(box, shown, view, inside)
    if (!spot) {
      kept.delete(key)
      shown.push(box)
      return
    }
    kept.set(key, { dx: spot.dx, dy: spot.dy, zoom, how: 'name', shaped: true })
    badge.style.translate = `${spot.dx}px ${spot.dy}px`
    shown.push(shiftBox(box, spot.dx, spot.dy))
  })
  // The counts of the badges not placed yet, where they stand: a badge moved there would hide one (they are drawn
  // under it).
  const homeCounts = full.map((box, index) => compactBox(box, counts[index] ?? null))
  let searched = 0
  badges.forEach(({ badge, marker, home }, index) => {
    const box = full[index]
    if (!box) return
    if (isFree(box)) {
      kept.delete(home.group.key)
      shown.push(box)
      return
    }
    const compact = compactBox(box, counts[index] ?? null)
    // The first MAX_MOVED covered badges (the selected event's, then those with most events) look for a spot; the
    // rest keep their count where it stands: on a map that crowded (a large dataset zoomed out) a zoom gives room,
    // and the search's cost stays bounded after every move.
    // A badge whose point is out of reach of the view has nowhere to go, and takes no turn from those in view.
    const inReach = boxesOverlap(
      {
        left: box.left - MAX_SHIFT_PX,
        right: box.right + MAX_SHIFT_PX,
        top: box.top - MAX_SHIFT_PX,
        bottom: box.bottom + MAX_SHIFT_PX,
      },
      view,
      0,
    )
    if (!inReach || searched >= MAX_MOVED) {
      kept.delete(home.group.key)
      badge.classList.add('is-compact')
      shown.push(compact)
      return
    }
    searched++
    const shape = basemap ? shapeOf(home.group, basemap) : null
    const taken = [...shown, ...homeCounts.slice(index + 1)]
    const point = map.latLngToContainerPoint(home.latLng)
    const moveBy = (spot: Offset) =>
      marker.setLatLng(map.containerPointToLatLng([point.x + spot.dx, point.y + spot.dy]))
    const insideFor = insideTests(map, remembered, home.group, shape, centreOf(box))
    const isCountryNamed =
      shape !== null && home.group.precision === 'country' && !badge.classList.contains('is-selected')
    const nameInside = insideFor(box.right - box.left)
    const countInside = insideFor(compact.right - compact.left)
    const beside = () => true
    const compactFree = isFree(compact)
    // Where it stood after the last move at this zoom, while that spot stays free: the badge does not hop about (or
    // change from its count to its name) as the timeline pans, and the search below is skipped.
    const last = kept.get(home.group.key)
    const again =
      // (Not one found before the basemap's shapes came in: a spot inside the area may be free now.)
      last?.zoom !== zoom || last.shaped !== (shape !== null)
        ? null
        : last.how === 'name'
          ? isCountryNamed && spotFits(box, taken, view, nameInside, last)
          : !compactFree &&
            spotFits(compact, taken, view, last.how === 'inside' && shape ? countInside : beside, last)
    if (again && last) {
      if (last.how !== 'name') badge.classList.add('is-compact')
      moveBy(last)
      shown.push(last.how === 'name' ? shiftBox(box, last.dx, last.dy) : shiftBox(compact, last.dx, last.dy))
      return
    }
    // A country's badge is named where its name fits inside the country, unless the selected event's own badge
    // already names it at its point. A state's keeps its count (its name, up to 128 px away from a state a few dozen
    // px wide, would read as a neighbour's; and the search for a name costs most: a large dataset has dozens).
    const spot = isCountryNamed ? freeSpot(box, taken, view, nameInside) : null
    if (spot) {
      kept.set(home.group.key, { ...spot, zoom, how: 'name', shaped: true })
      moveBy(spot)
      shown.push(shiftBox(box, spot.dx, spot.dy))
      return
    }
    badge.classList.add('is-compact')
    // Its count where it stands if nothing covers it there; else the nearest free spot inside the area, or failing
    // that (a small state under a city's cluster, a sea, a road) right beside its point: a count under a cluster is
    // a count the reader cannot add up.
    const inside = compactFree || !shape ? null : freeSpot(compact, taken, view, countInside)
    const near = compactFree || inside ? null : freeSpot(compact, taken, view, beside, BESIDE_PX)
    const compactSpot = inside ?? near
    if (compactSpot) {
      kept.set(home.group.key, {
        ...compactSpot,
        zoom,
        how: inside ? 'inside' : 'beside',
        shaped: shape !== null,
      })
      moveBy(compactSpot)
      shown.push(shiftBox(compact, compactSpot.dx, compactSpot.dy))
      return
    }
    kept.delete(home.group.key)
    shown.push(compact)
  })
  return shown
}

/**
 * A cluster the selected event's own pin covers (the selection is drawn on top: "52" at Mexico City lay under the pin
 * of an event placed there) moves aside, up to CLUSTER_SHIFT_PX, to the nearest spot clear of everything else, so
 * its count stays readable; a cluster stands for several places near there, the pin for the event's exact one.
 * `shown` (the boxes taken) is updated in place.
 */
function moveClustersFromSelection(
  markers: readonly { element: HTMLElement; box: Box }[],
  shown: Box[],
  view: Box,
): void {
  const pins = markers.filter(({ element }) => element.matches('.event-marker.is-selected'))
  if (pins.length === 0) return
  markers.forEach(({ element, box }, index) => {
    if (!element.classList.contains('cluster-marker')) return
    // Covered: overlapping a selected pin by more than a few px.
    if (!pins.some((pin) => boxesOverlap(box, pin.box, -COVERED_PX))) return
    const spot = freeSpot(
      box,
      shown.filter((_, other) => other !== index),
      view,
      () => true,
      CLUSTER_SHIFT_PX,
    )
    if (!spot) return
    element.style.translate = `${spot.dx}px ${spot.dy}px`
    element.classList.add(BESIDE_SELECTION)
    shown[index] = shiftBox(box, spot.dx, spot.dy)
  })
}

/** A cluster moved aside from the selected event's pin (a class tests can find). */
const BESIDE_SELECTION = 'is-beside-selection'
/** How far (px) a cluster may move aside from the selected pin: beside it, still where its places are. */
const CLUSTER_SHIFT_PX = 48
/** How much (px) a selected pin must overlap a cluster to count as covering it. */
const COVERED_PX = 4

/** The selected event's own area badges (useEventMarkers), drawn with the event markers. */
const SELECTED_AREA_BADGE = '.event-marker.area-badge.is-selected'

/** How many covered badges may look for a free spot after a move. */
const MAX_MOVED = 12

/** How far (px) a count with no free spot inside its area may stand from its point: beside it, not elsewhere. */
const BESIDE_PX = 64

/** How far in from a badge's ends the points that must lie inside its area are (px). */
const END_INSET_PX = 8

/** The box of a badge shown as its count only: the count plus the compact badge's padding and border, centred. */
function compactBox(full: Box, count: Box | null): Box {
  if (!count) return full
  const halfWidth = (count.right - count.left) / 2 + COMPACT_EDGE_PX
  const halfHeight = (count.bottom - count.top) / 2 + COMPACT_EDGE_PX
  const x = (full.left + full.right) / 2
  const y = (full.top + full.bottom) / 2
  return { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight }
}

/** A compact badge's padding (0.1rem) and border (2px) on each side of its count (map.css), rounded up. */
const COMPACT_EDGE_PX = 4
