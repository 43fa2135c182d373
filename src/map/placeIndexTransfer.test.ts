import { describe, expect, it } from 'vitest'
import type { ClusterProperties } from 'supercluster'
import { indexPoints, type PlaceIndex, type PlacePoints } from './placeIndex'
import { adoptPlaceIndex, packPlaceIndex } from './placeIndexTransfer'
import { eventPoints } from '../test/placePoints'

/** As the worker does it: packed, sent with its buffers transferred, and adopted around the page's own props. */
function viaWorker(points: PlacePoints): PlaceIndex {
  const { packed, transfer } = packPlaceIndex(indexPoints(points))
  const received = structuredClone(packed, { transfer })
  expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true)
  return adoptPlaceIndex(received, points.props)
}

/** Every answer the map asks of an index, at every zoom: clusters, their children, leaves and expansion zoom. */
function everyAnswer(index: PlaceIndex) {
  const answers: unknown[] = []
  const boxes: [number, number, number, number][] = [
    [-180, -85, 180, 85],
    [-120, 15, -80, 35],
    [-100, 19, -99, 20],
    [170, -10, -170, 10],
  ]
  for (let zoom = 0; zoom <= 11; zoom++) {
    for (const box of boxes) {
      const features = index.getClusters(box, zoom)
      answers.push(features)
      features.forEach((feature, at) => {
        const props = feature.properties as Partial<ClusterProperties>
        if (!props.cluster || props.cluster_id === undefined) return
        answers.push(
          index.getChildren(props.cluster_id),
          // All of a cluster's leaves for a sample of clusters (all of them at every zoom is minutes of deep equality).
          index.getLeaves(props.cluster_id, at % 7 === 0 ? Infinity : 5, at % 3),
          index.getClusterExpansionZoom(props.cluster_id),
        )
      })
    }
  }
  answers.push(index.getTile(3, 1, 3), index.getTile(5, 7, 13))
  return answers
}

describe('a place index built in a worker', () => {
  // Generous: deep equality over every zoom's answers, on a machine that may be busy (no wall-clock assertion).
  it('answers every query exactly as the index it was built as', { timeout: 120_000 }, () => {
    for (const [n, seed] of [
      [8_000, 1],
      [7, 2],
      [1, 3],
    ] as const) {
      const points = eventPoints(n, seed)
      const built = everyAnswer(indexPoints(points))
      // The queries reached clusters (4 boxes × 12 zooms, plus 2 tiles, are the answers without any).
      if (n > 1) expect(built.length).toBeGreaterThan(4 * 12 + 2)
      expect(everyAnswer(viaWorker(points))).toEqual(built)
    }
  })

  it('keeps the sums that count a cluster’s events (ClusterSums)', () => {
    const points = eventPoints(1_500, 4)
    const sums = (index: PlaceIndex) =>
      index.getClusters([-180, -85, 180, 85], 3).map((feature) => feature.properties)
    const adopted = sums(viaWorker(points))
    expect(adopted.some((props) => 'minS' in props && 'multi' in props)).toBe(true)
    expect(adopted).toEqual(sums(indexPoints(points)))
  })

  it('handles an empty list', () => {
    const points = eventPoints(0, 5)
    expect(viaWorker(points).getClusters([-180, -85, 180, 85], 2)).toEqual([])
  })

  it('refuses props that are not the points it was built from', () => {
    const points = eventPoints(10, 6)
    const { packed } = packPlaceIndex(indexPoints(points))
    const n = points.props.length
    expect(() => adoptPlaceIndex(packed, points.props.slice(1))).toThrow(
      new RegExp(`${n} points, the page ${n - 1}`, 'u'),
    )
  })
})
