/**
 * The one module that knows the fields of a loaded supercluster index (version 9.1.0, pinned in package.json):
 * placeIndexTransfer.ts packs and adopts an index through them, and countClusterEvents below counts each cluster's
 * distinct events from them. supercluster has no public way to do either. A supercluster update that moves these
 * fields is refused by readInternals, and placeIndexTransfer.test.ts and superclusterInternals.test.ts fail, not the
 * map.
 */
import KDBush from 'kdbush'
import type { ClusterSums, PointProps } from './clusterCounts'
import type { PlaceIndex } from './placeIndex'

/** A zoom's KD-tree and its rows (STRIDE numbers each: x, y, zoom, id, parent id, number of points, sums index). */
export type Tree = Omit<KDBush, 'data'> & { data: Int32Array }
export type Internals = {
  trees: Tree[]
  stride: number
  numPoints: number
  props: PointProps[]
  coords: Float64Array
  ids: unknown[] | null
  clusterProps: ClusterSums[]
}

/** Offsets in a row (supercluster's OFFSET_ID, OFFSET_PARENT, OFFSET_NUM, OFFSET_PROP). */
const ID = 3
const PARENT = 4
const NUM = 5
const PROP = 6

/** The fields, checked: a supercluster whose index no longer has them is refused here rather than misread. */
export function readInternals(index: PlaceIndex): Internals {
  const internals = index as unknown as Partial<Internals>
  const { trees, stride, numPoints, props, coords, clusterProps } = internals
  const treesOk =
    Array.isArray(trees) &&
    trees.every(
      (tree: unknown) => tree instanceof KDBush && (tree as { data: unknown }).data instanceof Int32Array,
    )
  if (
    !treesOk ||
    stride !== 7 ||
    typeof numPoints !== 'number' ||
    !Array.isArray(props) ||
    !(coords instanceof Float64Array) ||
    !Array.isArray(clusterProps) ||
    (internals.ids ?? null) !== null
  )
    throw new Error(
      'supercluster’s index is not laid out as superclusterInternals.ts expects (version 9.1.0)',
    )
  return internals as Internals
}

/**
 * Sets each cluster's `events`: the number of distinct events among its points (an event with several places in the
 * cluster counts once). Done once per index, from the leaves up, zoom by zoom: a cluster's events are its children's
 * one-place events, counted, and its several-place events, as a set of event indices (the set of its largest child is
 * taken over and the others' added to it). The map then counts a cluster without listing its points (getLeaves: 137
 * of the 165 ms of the first map draw at 100,000 events, stop 32's profile).
 */
export function countClusterEvents(index: PlaceIndex): void {
  const { trees, stride, numPoints, props, clusterProps } = readInternals(index)
  type Tally = { single: number; multi: Set<number> }
  /** Per cluster id, until the cluster becomes a child of another. */
  const tallies = new Map<number, Tally>()
  for (let zoom = trees.length - 2; zoom >= 0; zoom--) {
    const tree = trees[zoom]
    const below = trees[zoom + 1]
    // A zoom at which nothing merged shares the tree below (supercluster reuses it): no cluster was made there.
    if (!tree || !below || tree === below) continue
    const rows = below.data
    for (let k = 0; k < below.numItems * stride; k += stride) {
      const parent = rows[k + PARENT] ?? -1
      if (parent === -1) continue
      let tally = tallies.get(parent)
      if (!tally) {
        tally = { single: 0, multi: new Set() }
        tallies.set(parent, tally)
      }
      const id = rows[k + ID] ?? -1
      if ((rows[k + NUM] ?? 1) === 1) {
        const point = props[id]
        if (!point) throw new Error(`the place index has no point ${id}`)
        if (point.multi) tally.multi.add(point.eventIndex)
        else tally.single++
        continue
      }
      const child = tallies.get(id)
      if (!child) throw new Error(`the place index has no count for cluster ${id}`)
      tallies.delete(id)
      tally.single += child.single
      const [larger, smaller] =
        child.multi.size > tally.multi.size ? [child.multi, tally.multi] : [tally.multi, child.multi]
      for (const event of smaller) larger.add(event)
      tally.multi = larger
    }
    // The clusters made at this zoom are complete: their rows are in this zoom's tree.
    const made = tree.data
    for (let k = 0; k < tree.numItems * stride; k += stride) {
      const id = made[k + ID] ?? -1
      if ((made[k + NUM] ?? 1) === 1 || (id - numPoints) % 32 !== zoom + 1) continue
      const tally = tallies.get(id)
      const sums = clusterProps[made[k + PROP] ?? -1]
      if (!tally || !sums) throw new Error(`the place index has no sums for cluster ${id}`)
      sums.events = tally.single + tally.multi.size
    }
  }
}
