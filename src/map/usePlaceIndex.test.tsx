// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { EventRecord } from '../data/types'
import { makeDataset } from '../test/fixtures'
import { buildPlaceIndex } from './placeIndex'
import { answerPlaceIndexRequest, type PlaceIndexReply, type PlaceIndexRequest } from './placeIndexTransfer'
import { usePlaceIndex, WORKER_MIN_EVENTS } from './usePlaceIndex'

/** Waits are for conditions; this is only how long one may take before it counts as never (a busy machine). */
const WAIT = { timeout: 15_000 }

/** How the stand-in worker behaves: as the real one (the same code, a task later), or failing in one of three ways. */
let mode: 'answer' | 'cannot start' | 'fails' | 'wrong index' = 'answer'
const started: FakeWorker[] = []

class FakeWorker {
  onmessage: ((message: MessageEvent<PlaceIndexReply>) => void) | null = null
  onerror: ((error: ErrorEvent) => void) | null = null
  terminated = false
  constructor() {
    if (mode === 'cannot start') throw new Error('blocked')
    started.push(this)
  }
  postMessage(request: PlaceIndexRequest) {
    globalThis.setTimeout(() => {
      const { reply } = answerPlaceIndexRequest(structuredClone(request))
      const data: PlaceIndexReply =
        mode === 'fails'
          ? { type: 'failed', message: 'out of memory' }
          : mode === 'wrong index' && reply.type === 'done'
            ? { type: 'done', packed: { ...reply.packed, numPoints: reply.packed.numPoints + 1 } }
            : reply
      this.onmessage?.({ data } as MessageEvent<PlaceIndexReply>)
    }, 0)
  }
  terminate() {
    this.terminated = true
  }
}

let events: readonly EventRecord[] = []
beforeAll(() => {
  events = makeDataset({
    events: Array.from({ length: WORKER_MIN_EVENTS }, (_, i) => ({
      id: `e${i}`,
      start: '2025-01-10',
      places: [
        {
          name: { en: 'A', es: 'A', de: 'A' },
          lat: 15 + (i % 97) / 5,
          lon: -110 + (i % 89) / 4,
          precision: 'city' as const,
          role: 'occurred' as const,
        },
      ],
    })),
  }).events
  expect(events).toHaveLength(WORKER_MIN_EVENTS)
}, 60_000)

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  started.length = 0
  mode = 'answer'
})

const WORLD: [number, number, number, number] = [-180, -85, 180, 85]

describe('usePlaceIndex on a long list', () => {
  it(
    'has no index until the worker answers, then the one the page would have built',
    { timeout: 60_000 },
    async () => {
      vi.stubGlobal('Worker', FakeWorker)
      const { result } = renderHook(() => usePlaceIndex(events))
      expect(result.current).toEqual({ placed: null, current: false })
      await waitFor(() => {
        expect(result.current.current).toBe(true)
      }, WAIT)
      const placed = result.current.placed!
      expect(placed.builtIn).toBe('worker')
      expect(placed.events).toBe(events)
      expect(placed.index.getClusters(WORLD, 3)).toEqual(buildPlaceIndex(events).getClusters(WORLD, 3))
      expect(started.every((worker) => worker.terminated)).toBe(true)
    },
  )

  for (const failure of ['cannot start', 'fails', 'wrong index'] as const) {
    it(`builds the index on the page when the worker ${failure}`, { timeout: 60_000 }, async () => {
      mode = failure
      vi.stubGlobal('Worker', FakeWorker)
      const { result } = renderHook(() => usePlaceIndex(events))
      await waitFor(() => {
        expect(result.current.current).toBe(true)
      }, WAIT)
      expect(result.current.placed!.builtIn).toBe('page')
      expect(result.current.placed!.index.getClusters(WORLD, 3)).toEqual(
        buildPlaceIndex(events).getClusters(WORLD, 3),
      )
    })
  }

  it(
    'keeps the previous list’s index, marked not current, while the next one is built',
    { timeout: 60_000 },
    async () => {
      vi.stubGlobal('Worker', FakeWorker)
      const shorter = events.slice(1)
      const { result, rerender } = renderHook(({ list }) => usePlaceIndex(list), {
        initialProps: { list: events },
      })
      await waitFor(() => {
        expect(result.current.current).toBe(true)
      }, WAIT)
      // Still long enough for the worker: the first list's index stays until the second one's arrives.
      const longer = [...shorter, ...shorter.slice(0, 10)]
      rerender({ list: longer })
      expect(result.current.current).toBe(false)
      expect(result.current.placed!.events).toBe(events)
      await waitFor(() => {
        expect(result.current.current).toBe(true)
      }, WAIT)
      expect(result.current.placed!.events).toBe(longer)
    },
  )
})
