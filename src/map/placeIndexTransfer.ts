/**
 * A place index built in a worker and adopted by the page, so that clustering 100,000 places (0.3–0.5 s) is not one
 * task of the page's. supercluster has no way to save and load an index: this module packs and adopts one through
 * superclusterInternals.ts, the one module that reads its fields (version 9.1.0, pinned in package.json).
 * placeIndexTransfer.test.ts checks that an adopted index answers every query exactly as the index it came from; a
 * supercluster update that moves these fields fails there, not on the map.
 *
 * What crosses: per zoom, its KD-tree (kdbush's own buffer, read back with `KDBush.from`) and the cluster rows beside
 * it (an Int32Array); the sums of each cluster (ClusterSums, six numbers each, its count of distinct events among
 * them); the places' projected coordinates.
 * What does not: the points' properties, which the page made itself (placePoints) and keeps.
 *
 * Both ends of the exchange are here too: the page's request (placeIndexRequest) and the worker's whole job
 * (answerPlaceIndexRequest), so that usePlaceIndex.test.tsx can run a stand-in worker on the very same code.
 */
import KDBush from 'kdbush'
import Supercluster from 'supercluster'
import type { ClusterSums, PointProps } from './clusterCounts'
import { indexPoints, PLACE_INDEX_OPTIONS, type PlaceIndex, type PlacePoints } from './placeIndex'
import { readInternals, type Internals, type Tree } from './superclusterInternals'

/** What the page sends the worker: the points, as typed arrays (placePoints' props, split by field). */
export type PlaceIndexRequest = {
  lon: Float64Array
  lat: Float64Array
  eventIndex: Int32Array
  placeIndex: Int32Array
  multi: Uint8Array
  s: Float64Array
  e: Float64Array
}
export type PlaceIndexReply = { type: 'done'; packed: PackedPlaceIndex } | { type: 'failed'; message: string }

/** The points as typed arrays, copied for the worker (the page keeps `props`), and the buffers to transfer. */
export function placeIndexRequest({ props, lon, lat }: PlacePoints): {
  request: PlaceIndexRequest
  transfer: ArrayBuffer[]
} {
  const n = props.length
  const request: PlaceIndexRequest = {
    lon: lon.slice(),
    lat: lat.slice(),
    eventIndex: new Int32Array(n),
    placeIndex: new Int32Array(n),
    multi: new Uint8Array(n),
    s: new Float64Array(n),
    e: new Float64Array(n),
  }
  props.forEach((point, i) => {
    request.eventIndex[i] = point.eventIndex
    request.placeIndex[i] = point.placeIndex
    request.multi[i] = point.multi
    request.s[i] = point.s
    request.e[i] = point.e
  })
  return { request, transfer: Object.values(request).map((array) => array.buffer as ArrayBuffer) }
}

/** The worker's whole job: the index of the request's points, packed, or why not. */
export function answerPlaceIndexRequest(request: PlaceIndexRequest): {
  reply: PlaceIndexReply
  transfer: ArrayBuffer[]
} {
  try {
    const { lon, lat, eventIndex, placeIndex, multi, s, e } = request
    const props: PointProps[] = Array.from(eventIndex, (at, i) => ({
      eventIndex: at,
      placeIndex: placeIndex[i] ?? 0,
      multi: multi[i] ?? 0,
      s: s[i] ?? 0,
      e: e[i] ?? 0,
    }))
    const { packed, transfer } = packPlaceIndex(indexPoints({ props, lon, lat }))
    return { reply: { type: 'done', packed }, transfer }
  } catch (error) {
    return {
      reply: { type: 'failed', message: error instanceof Error ? error.message : String(error) },
      transfer: [],
    }
  }
}

export type PackedPlaceIndex = {
  numPoints: number
  coords: Float64Array
  /** The distinct trees: a zoom at which nothing merged shares the tree of the zoom above. */
  trees: { kdbush: ArrayBuffer; rows: Int32Array }[]
  /** Per zoom, 0 to maxZoom + 1: which of `trees`. */
  treeOfZoom: number[]
  /** ClusterSums in order, SUM_FIELDS.length numbers per cluster. */
  sums: Float64Array
}

const SUM_FIELDS = [
  'multi',
  'minS',
  'maxS',
  'minE',
  'maxE',
  'events',
] as const satisfies readonly (keyof ClusterSums)[]

/** The index as plain data and the buffers to transfer with it (the index is unusable afterwards). */
export function packPlaceIndex(index: PlaceIndex): { packed: PackedPlaceIndex; transfer: ArrayBuffer[] } {
  const internals = readInternals(index)
  const distinct = new Map<Tree, number>()
  const treeOfZoom = internals.trees.map((tree) => {
    let at = distinct.get(tree)
    if (at === undefined) {
      at = distinct.size
      distinct.set(tree, at)
    }
    return at
  })
  const trees = [...distinct.keys()].map((tree) => ({
    kdbush: tree.ids.buffer,
    rows: tree.data,
  }))
  const sums = new Float64Array(internals.clusterProps.length * SUM_FIELDS.length)
  internals.clusterProps.forEach((cluster, i) => {
    SUM_FIELDS.forEach((field, f) => (sums[i * SUM_FIELDS.length + f] = cluster[field]))
  })
  const transfer = new Set<ArrayBuffer>([internals.coords.buffer as ArrayBuffer, sums.buffer])
  for (const tree of trees) {
    transfer.add(tree.kdbush)
    transfer.add(tree.rows.buffer as ArrayBuffer)
  }
  return {
    packed: { numPoints: internals.numPoints, coords: internals.coords, trees, treeOfZoom, sums },
    transfer: [...transfer],
  }
}

/** The index again, around the properties of the same points in the same order. */
export function adoptPlaceIndex(packed: PackedPlaceIndex, props: PointProps[]): PlaceIndex {
  if (props.length !== packed.numPoints)
    throw new Error(`the place index has ${packed.numPoints} points, the page ${props.length}`)
  const index = new Supercluster<PointProps, ClusterSums>(PLACE_INDEX_OPTIONS)
  const trees = packed.trees.map(({ kdbush, rows }): Tree =>
    Object.assign(KDBush.from(kdbush), { data: rows }),
  )
  const clusterProps: ClusterSums[] = []
  for (let at = 0; at < packed.sums.length; at += SUM_FIELDS.length) {
    const read = (f: number) => packed.sums[at + f] ?? 0
    clusterProps.push({
      multi: read(0),
      minS: read(1),
      maxS: read(2),
      minE: read(3),
      maxE: read(4),
      events: read(5),
    })
  }
  const adopted: Partial<Internals> = {
    trees: packed.treeOfZoom.map((at) => {
      const tree = trees[at]
      if (!tree) throw new Error(`the place index has no tree ${at}`)
      return tree
    }),
    numPoints: packed.numPoints,
    props,
    coords: packed.coords,
    ids: null,
    clusterProps,
  }
  Object.assign(index, adopted)
  return index
}
