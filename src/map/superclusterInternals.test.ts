import { describe, expect, it } from 'vitest'
import Supercluster, { type ClusterProperties } from 'supercluster'
import { mulberry32 } from '../../scripts/generateSynthetic'
import type { ClusterSums, PointProps } from './clusterCounts'
import { indexPoints, type PlaceIndex, type PlacePoints } from './placeIndex'
import { adoptPlaceIndex, packPlaceIndex } from './placeIndexTransfer'
import { countClusterEvents } from './superclusterInternals'

/**
 * `n` events around a few cities, as the map gets them: most with one place, some with two to four (flagged `multi`,
 * as placePoints flags them), some places on the very same spot, some of an event's places far apart.
 */
function eventPoints(n: number, seed: number): PlacePoints {
  const random = mulberry32(seed)
  const centres = [
    [19.43, -99.13],
    [38.9, -77.04],
    [25.69, -100.32],
    [32.53, -117.04],
    [21.16, -86.85],
  ] as const
  const props: PointProps[] = []
  const lon: number[] = []
  const lat: number[] = []
  for (let eventIndex = 0; eventIndex < n; eventIndex++) {
    const places = random() < 0.25 ? 2 + Math.floor(random() * 3) : 1
    const s = Date.UTC(2020, 0, 1) + Math.floor(random() * 2000) * 86_400_000
    for (let placeIndex = 0; placeIndex < places; placeIndex++) {
      const [cLat, cLon] = centres[Math.floor(random() * centres.length)] ?? centres[0]
      const spread = random() < 0.3 ? 0 : random() * 6
      lat.push(cLat + (random() - 0.5) * spread)
      lon.push(cLon + (random() - 0.5) * spread)
      props.push({ eventIndex, placeIndex, multi: places > 1 ? 1 : 0, s, e: s + 86_400_000 })
    }
  }
  return { props, lon: Float64Array.from(lon), lat: Float64Array.from(lat) }
}

/** Per zoom, every cluster's `events` and the number of distinct events among its leaves (listed, as the map did). */
function countsAtEveryZoom(index: PlaceIndex) {
  const counted: number[] = []
  const listed: number[] = []
  for (let zoom = 0; zoom <= 10; zoom++)
    for (const feature of index.getClusters([-180, -85, 180, 85], zoom)) {
      const props = feature.properties as Partial<ClusterProperties & ClusterSums>
      if (!props.cluster || props.cluster_id === undefined) continue
      counted.push(props.events ?? -1)
      const leaves = index.getLeaves(props.cluster_id, Infinity)
      listed.push(new Set(leaves.map((leaf) => leaf.properties.eventIndex)).size)
    }
  return { counted, listed }
}

describe('countClusterEvents', () => {
  it(
    'gives every cluster at every zoom the number of distinct events among its leaves',
    { timeout: 60_000 },
    () => {
      for (const [n, seed] of [
        [3_000, 1],
        [40, 2],
        [2, 3],
      ] as const) {
        const { counted, listed } = countsAtEveryZoom(indexPoints(eventPoints(n, seed)))
        expect(counted.length).toBeGreaterThan(0)
        expect(counted).toEqual(listed)
      }
    },
  )

  it('counts an event with several places in one cluster once, and fewer events than places', () => {
    const index = indexPoints(eventPoints(3_000, 4))
    const { counted } = countsAtEveryZoom(index)
    const world = index
      .getClusters([-180, -85, 180, 85], 0)
      .map((feature) => feature.properties as Partial<ClusterProperties & ClusterSums>)
      .filter((props) => props.cluster)
    expect(world.some((props) => (props.events ?? 0) < (props.point_count ?? 0))).toBe(true)
    expect(counted.every((events) => events >= 1)).toBe(true)
  })

  it('keeps the counts in an index built in a worker and adopted by the page', () => {
    const points = eventPoints(2_000, 5)
    const { packed, transfer } = packPlaceIndex(indexPoints(points))
    const adopted = adoptPlaceIndex(structuredClone(packed, { transfer }), points.props)
    expect(countsAtEveryZoom(adopted)).toEqual(countsAtEveryZoom(indexPoints(points)))
  })

  it('handles an index with no points, or no clusters', () => {
    expect(() => indexPoints(eventPoints(0, 6))).not.toThrow()
    const one: PlacePoints = {
      props: [{ eventIndex: 0, placeIndex: 0, multi: 0, s: 0, e: 1 }],
      lon: Float64Array.of(-99.13),
      lat: Float64Array.of(19.43),
    }
    expect(countsAtEveryZoom(indexPoints(one)).counted).toEqual([])
  })

  it('refuses an index laid out otherwise than it expects (here, one built without sums)', () => {
    const plain = new Supercluster<PointProps, ClusterSums>({ radius: 44, maxZoom: 9 }).load([])
    expect(() => {
      countClusterEvents(plain)
    }).toThrow(/not laid out/u)
  })
})
