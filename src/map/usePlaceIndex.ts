// The place index of the events the map shows: built at once for a short list, in a worker for a long one, so that
// clustering 100,000 places is never one long task of the page's (placeIndex.worker.ts, placeIndexTransfer.ts).
import { useEffect, useMemo, useState } from 'react'
import type { EventRecord } from '../data/types'
import { indexPoints, placePoints, type PlaceIndex } from './placeIndex'
import type { PlaceIndexReply, PlaceIndexRequest } from './placeIndex.worker'
import { adoptPlaceIndex } from './placeIndexTransfer'

/**
 * Lists of at least this many events are clustered in a worker. Below it, on the page: 10,000 events' places take
 * about 50 ms in Node (BENCHMARKS.md), and a worker's start and round trip would cost more than it saves.
 */
export const WORKER_MIN_EVENTS = 5000

/**
 * An index and the list it was built from: `index` refers to events by their position in that list. `builtIn` says
 * where it was clustered (written on the map for tests and tools: `data-places-built`).
 */
export type PlacedEvents = { events: readonly EventRecord[]; index: PlaceIndex; builtIn: 'page' | 'worker' }

/**
 * `placed` is the index of `events`, or while a worker builds it, the previous list's (null the first time);
 * `current` says which, so the map can say it is still placing the events.
 */
export function usePlaceIndex(events: readonly EventRecord[]): {
  placed: PlacedEvents | null
  current: boolean
} {
  const immediate = useMemo(
    () =>
      events.length < WORKER_MIN_EVENTS || typeof Worker === 'undefined'
        ? { events, index: indexPoints(placePoints(events)), builtIn: 'page' as const }
        : null,
    [events],
  )
  const [built, setBuilt] = useState<PlacedEvents | null>(null)

  useEffect(
    function buildInWorker() {
      if (immediate) return
      let cancelled = false
      let worker: Worker | null = null
      // The places are listed in a task of their own (about 50 ms for 100,000 events), not in the commit's.
      const listing = globalThis.setTimeout(() => {
        const points = placePoints(events)
        const started = new Worker(new URL('./placeIndex.worker.ts', import.meta.url), {
          type: 'module',
          name: 'frontera-places',
        })
        worker = started
        // A worker that cannot start or fails: the page builds the index itself, slower but right.
        const buildHere = () => {
          started.terminate()
          if (!cancelled) setBuilt({ events, index: indexPoints(points), builtIn: 'page' })
        }
        started.onmessage = (message: MessageEvent<PlaceIndexReply>) => {
          const reply = message.data
          if (reply.type !== 'done') {
            buildHere()
            return
          }
          started.terminate()
          if (!cancelled)
            setBuilt({ events, index: adoptPlaceIndex(reply.packed, points.props), builtIn: 'worker' })
        }
        started.onerror = (error) => {
          error.preventDefault()
          buildHere()
        }
        const request = toRequest(points)
        started.postMessage(
          request,
          Object.values(request).map((array) => array.buffer as ArrayBuffer),
        )
      }, 0)
      return function stopBuilding() {
        cancelled = true
        globalThis.clearTimeout(listing)
        worker?.terminate()
      }
    },
    [events, immediate],
  )

  if (immediate) return { placed: immediate, current: true }
  return { placed: built, current: built?.events === events }
}

/** The points as typed arrays, copied for the worker (the page keeps `props`). */
function toRequest({ props, lon, lat }: ReturnType<typeof placePoints>): PlaceIndexRequest {
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
  return request
}
