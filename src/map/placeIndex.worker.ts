/**
 * Builds a large place index off the page's main thread (usePlaceIndex): the page posts the places' coordinates and
 * properties as typed arrays, the worker clusters them with the page's own options and posts the index back as
 * buffers, transferred, not copied (placeIndexTransfer.ts). One index per worker; the page terminates it after.
 */
import { answerPlaceIndexRequest, type PlaceIndexReply, type PlaceIndexRequest } from './placeIndexTransfer'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PlaceIndexRequest>) => void) | null
  postMessage: (reply: PlaceIndexReply, transfer?: Transferable[]) => void
}

scope.onmessage = (event) => {
  const { reply, transfer } = answerPlaceIndexRequest(event.data)
  scope.postMessage(reply, transfer)
}
