/**
 * Builds a large place index off the page's main thread (usePlaceIndex): the page posts the places' coordinates and
 * properties as typed arrays, the worker clusters them with the page's own options and posts the index back as
 * buffers, transferred, not copied (placeIndexTransfer.ts). One index per worker; the page terminates it after.
 */
import type { PointProps } from './clusterCounts'
import { indexPoints } from './placeIndex'
import { packPlaceIndex, type PackedPlaceIndex } from './placeIndexTransfer'

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

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PlaceIndexRequest>) => void) | null
  postMessage: (reply: PlaceIndexReply, transfer?: Transferable[]) => void
}

scope.onmessage = (event) => {
  try {
    const { lon, lat, eventIndex, placeIndex, multi, s, e } = event.data
    const props: PointProps[] = Array.from(eventIndex, (at, i) => ({
      eventIndex: at,
      placeIndex: placeIndex[i] ?? 0,
      multi: multi[i] ?? 0,
      s: s[i] ?? 0,
      e: e[i] ?? 0,
    }))
    const { packed, transfer } = packPlaceIndex(indexPoints({ props, lon, lat }))
    scope.postMessage({ type: 'done', packed }, transfer)
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
