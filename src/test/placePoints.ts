/**
 * Places as the map indexes them (placePoints' shape), for the place-index tests: `n` events around a few cities,
 * most with one place, some with two to four (flagged `multi`, as placePoints flags them), some places on the very
 * same spot, some of an event's places far apart, each event with its dates.
 */
import { mulberry32 } from '../../scripts/generateSynthetic'
import type { PointProps } from '../map/clusterCounts'
import type { PlacePoints } from '../map/placeIndex'

const CENTRES = [
  [19.43, -99.13],
  [38.9, -77.04],
  [25.69, -100.32],
  [32.53, -117.04],
  [21.16, -86.85],
] as const

export function eventPoints(n: number, seed: number): PlacePoints {
  const random = mulberry32(seed)
  const props: PointProps[] = []
  const lon: number[] = []
  const lat: number[] = []
  for (let eventIndex = 0; eventIndex < n; eventIndex++) {
    const places = random() < 0.25 ? 2 + Math.floor(random() * 3) : 1
    const s = Date.UTC(2020, 0, 1) + Math.floor(random() * 2000) * 86_400_000
    for (let placeIndex = 0; placeIndex < places; placeIndex++) {
      const [cLat, cLon] = CENTRES[Math.floor(random() * CENTRES.length)] ?? CENTRES[0]
      const spread = random() < 0.3 ? 0 : random() * 6
      lat.push(cLat + (random() - 0.5) * spread)
      lon.push(cLon + (random() - 0.5) * spread)
      props.push({ eventIndex, placeIndex, multi: places > 1 ? 1 : 0, s, e: s + 86_400_000 })
    }
  }
  return { props, lon: Float64Array.from(lon), lat: Float64Array.from(lat) }
}
