/** The spatial index of the places the map pins (supercluster; no Leaflet here, so the bench can time it too). */
import Supercluster, { type PointFeature } from 'supercluster'
import type { EventRecord } from '../data/types'
import { clusterMap, clusterReduce, type ClusterSums, type PointProps } from './clusterCounts'
import { isAreaPlace, shownPlaceIndices } from './geometry'

export type PlaceIndex = Supercluster<PointProps, ClusterSums>

/**
 * Builds the index once per list of visible events (about 1 s for 100,000 places on this machine's kind). Only exact
 * places (points and cities) are pinned, and of a transfer only its origin; areas are badges (useAreaMarkers).
 */
export function buildPlaceIndex(events: readonly EventRecord[]): PlaceIndex {
  const index = new Supercluster<PointProps, ClusterSums>({
    radius: 44,
    maxZoom: 9,
    minPoints: 2,
    map: clusterMap,
    reduce: clusterReduce,
  })
  const points: PointFeature<PointProps>[] = []
  events.forEach((event, eventIndex) => {
    const pinned = pinnedPlaceIndices(event)
    const multi = pinned.length > 1 ? 1 : 0
    for (const placeIndex of pinned) {
      const place = event.places[placeIndex]
      if (!place) continue
      points.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { eventIndex, placeIndex, multi, s: event.when.startMs, e: event.when.endMs },
      })
    }
  })
  index.load(points)
  return index
}

/** The event's places drawn as pins: shown and exact. */
export function pinnedPlaceIndices(event: EventRecord): number[] {
  return shownPlaceIndices(event.places).filter((index) => {
    const place = event.places[index]
    return place !== undefined && !isAreaPlace(place)
  })
}
