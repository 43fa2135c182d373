import { describe, expect, it } from 'vitest'
import Supercluster, { type ClusterProperties } from 'supercluster'
import type { ClusterSums, PointProps } from './clusterCounts'
import { indexPoints, type PlaceIndex, type PlacePoints } from './placeIndex'
import { adoptPlaceIndex, packPlaceIndex } from './placeIndexTransfer'
import { countClusterEvents } from './superclusterInternals'
import { eventPoints } from '../test/placePoints'

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
