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
  const props: PointProps[] = []
  const lon: number[] = []
  const lat: number[] = []
  events.forEach((event, eventIndex) => {
    const pinned = pinnedPlaceIndices(event)
    const multi = pinned.length > 1 ? 1 : 0
    for (const placeIndex of pinned) {
      const place = event.places[placeIndex]
      if (!place) continue
      props.push({ eventIndex, placeIndex, multi, s: event.when.startMs, e: event.when.endMs })
      lon.push(place.lon)
      lat.push(place.lat)
    }
  })
  return { props, lon: Float64Array.from(lon), lat: Float64Array.from(lat) }
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
  countClusterEvents(index)
  return index
}

/** The event's places drawn as pins: shown and exact. Areas are badges (useAreaMarkers). */
export function pinnedPlaceIndices(event: EventRecord): number[] {
  return shownPlaceIndices(event.places).filter((index) => {
    const place = event.places[index]
    return place !== undefined && !isAreaPlace(place)
  })
}
