// The place index of the events the map shows: built at once for a short list, in a worker for a long one, so that
// clustering 100,000 places is never one long task of the page's (placeIndex.worker.ts, placeIndexTransfer.ts).
import { useEffect, useMemo, useState } from 'react'
import type { EventRecord } from '../data/types'
import { nextTask } from '../data/nextTask'
import { indexPoints, placePoints, placingPoints, type PlaceIndex } from './placeIndex'
import { adoptPlaceIndex, placeIndexRequest, type PlaceIndexReply } from './placeIndexTransfer'

/**
 * Lists of at least this many events are clustered in a worker. Below it, on the page: 10,000 events' places take
 * about 50 ms in Node (BENCHMARKS.md), and a worker's start and round trip would cost more than it saves.
 */
export const WORKER_MIN_EVENTS = 5000

/** How many events' places are listed in one task before a worker builds their index (about 10 ms of work each). */
export const EVENTS_PER_TASK = 20_000

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
      // The places are listed in tasks of their own (about 50 ms for 100,000 events, in steps of EVENTS_PER_TASK),
      // not in the commit's, and the worker is started in the task after them.
      const listAndStart = async () => {
        const steps = placingPoints(events, EVENTS_PER_TASK)
        let step = steps.next()
        while (!step.done) {
          await nextTask()
          if (cancelled) return
          step = steps.next()
        }
        const points = step.value
        await nextTask()
        if (cancelled) return
        // A worker that cannot start, fails, or sends an index that cannot be adopted: the page builds the index
        // itself, slower but right.
        const buildHere = () => {
          worker?.terminate()
          if (!cancelled) setBuilt({ events, index: indexPoints(points), builtIn: 'page' })
        }
        try {
          const started = new Worker(new URL('./placeIndex.worker.ts', import.meta.url), {
            type: 'module',
            name: 'frontera-places',
          })
          worker = started
          started.onmessage = (message: MessageEvent<PlaceIndexReply>) => {
            const reply = message.data
            started.terminate()
            if (cancelled) return
            if (reply.type !== 'done') {
              buildHere()
              return
            }
            let index: PlaceIndex
            try {
              index = adoptPlaceIndex(reply.packed, points.props)
            } catch {
              buildHere()
              return
            }
            setBuilt({ events, index, builtIn: 'worker' })
          }
          started.onerror = (error) => {
            error.preventDefault()
            buildHere()
          }
          const { request, transfer } = placeIndexRequest(points)
          started.postMessage(request, transfer)
        } catch {
          buildHere()
        }
      }
      const listing = globalThis.setTimeout(() => void listAndStart(), 0)
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
