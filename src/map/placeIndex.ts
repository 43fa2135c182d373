/** The spatial index of the places the map pins (supercluster; no Leaflet here, so the bench can time it too). */
import Supercluster, { type Options, type PointFeature } from 'supercluster'
import type { EventRecord } from '../data/types'
import { clusterMap, clusterReduce, type ClusterSums, type PointProps } from './clusterCounts'
import { isAreaPlace, shownPlaceIndices } from './geometry'
import { countClusterEvents } from './superclusterInternals'

export type PlaceIndex = Supercluster<PointProps, ClusterSums>

/** The index's options: the same in the page and in the worker that builds large indexes (placeIndex.worker.ts). */
export const PLACE_INDEX_OPTIONS: Options<PointProps, ClusterSums> = {
  radius: 44,
  maxZoom: 9,
  minPoints: 2,
  map: clusterMap,
  reduce: clusterReduce,
}

/** The pinned places of a list of events, in index order: each one's properties and its coordinates. */
export type PlacePoints = { props: PointProps[]; lon: Float64Array; lat: Float64Array }

export function placePoints(events: readonly EventRecord[]): PlacePoints {
  const steps = placingPoints(events, Infinity)
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

/**
 * placePoints in steps: it pauses (yields) after every `eventsPerStep` events, so that a caller can give each step a
 * task of its own. At 100,000 events the whole pass, with the garbage collection of its 100,000 small objects, was
 * one task of 90–130 ms after the data had loaded (the longest of the load, issue 14's limit is 100 ms).
 */
export function* placingPoints(
  events: readonly EventRecord[],
  eventsPerStep: number,
): Generator<void, PlacePoints, void> {
  // One pass over each event's places, its dates read once, into typed arrays grown as needed: the same points as
  // pinnedPlaceIndices gives, in about half the time at 100,000 events (135 -> 68 ms in Node).
  let pauseAt = eventsPerStep
  const props: PointProps[] = []
  let lon = new Float64Array(Math.max(16, events.length))
  let lat = new Float64Array(lon.length)
  for (let eventIndex = 0; eventIndex < events.length; eventIndex++) {
    if (eventIndex === pauseAt) {
      yield
      pauseAt += eventsPerStep
    }
    const event = events[eventIndex]
    if (!event) continue
    const { places } = event
    const { startMs, endMs } = event.when
    let hasOrigin = false
    for (const place of places) if (place.role === 'origin') hasOrigin = true
    const first = props.length
    for (let placeIndex = 0; placeIndex < places.length; placeIndex++) {
      const place = places[placeIndex]
      if (!place || (hasOrigin && place.role === 'destination') || isAreaPlace(place)) continue
      const at = props.length
      if (at === lon.length) {
        lon = grown(lon)
        lat = grown(lat)
      }
      lon[at] = place.lon
      lat[at] = place.lat
      props.push({ eventIndex, placeIndex, multi: 0, s: startMs, e: endMs })
    }
    if (props.length - first > 1)
      for (let at = first; at < props.length; at++) (props[at] as PointProps).multi = 1
  }
  return { props, lon: lon.slice(0, props.length), lat: lat.slice(0, props.length) }
}

function grown(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const next = new Float64Array(array.length * 2)
  next.set(array)
  return next
}

/** Builds the index on this thread: about 0.3–0.5 s for 100,000 places on this machine's kind, in one task. */
export function buildPlaceIndex(events: readonly EventRecord[]): PlaceIndex {
  return indexPoints(placePoints(events))
}

export function indexPoints({ props, lon, lat }: PlacePoints): PlaceIndex {
  const features = props.map((properties, i): PointFeature<PointProps> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon[i] ?? 0, lat[i] ?? 0] },
    properties,
  }))
  const index = new Supercluster<PointProps, ClusterSums>(PLACE_INDEX_OPTIONS).load(features)
  try {
    countClusterEvents(index)
  } catch {
    // A supercluster laid out otherwise (its tests fail first): the clusters keep `events` 0, and countCluster lists
    // their points instead. Slower, still right; the map must not break over it.
  }
  return index
}

/** The event's places drawn as pins: shown and exact. Areas are badges (useAreaMarkers). */
export function pinnedPlaceIndices(event: EventRecord): number[] {
  return shownPlaceIndices(event.places).filter((index) => {
    const place = event.places[index]
    return place !== undefined && !isAreaPlace(place)
  })
}
