// Mounting a large dataset's panels one task at a time, so that no single task of the page's holds them all: the
// list first (it never waits), then the map's layers, then the timeline, each after the previous one has committed.
import { startTransition, useEffect, useRef, useState } from 'react'

/** Datasets of at least this many events mount their map layers and timeline in stages. */
export const STAGED_MOUNT_MIN_EVENTS = 5000

/** The stages waiting, in the order they asked; one runs at a time, each in a task of its own. */
const waiting: (() => void)[] = []
let running = false

function runNext(): void {
  const next = waiting.shift()
  running = next !== undefined
  if (next) globalThis.setTimeout(next, 0)
}

/**
 * False until this panel's stage comes (when `defer`), then true for good. The stage ends when the panel has
 * committed with it, and the next one starts in a later task.
 */
export function useStagedMount(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer)
  const holdsStage = useRef(false)

  useEffect(
    function waitForStage() {
      if (ready) return
      let live = true
      const start = () => {
        if (!live) {
          runNext()
          return
        }
        holdsStage.current = true
        // As a transition: React renders the stage in slices (a stage's render was one task of up to 0.1 s at
        // 100,000 events, its routes and lanes among others), and the page paints and answers input in between.
        startTransition(() => {
          setReady(true)
        })
      }
      waiting.push(start)
      if (!running) runNext()
      return function leaveQueue() {
        live = false
        const at = waiting.indexOf(start)
        if (at >= 0) waiting.splice(at, 1)
      }
    },
    [ready],
  )

  useEffect(
    function endStage() {
      if (!ready || !holdsStage.current) return
      holdsStage.current = false
      runNext()
    },
    [ready],
  )

  useEffect(function passStageOnUnmount() {
    // Gone after its stage began and before it committed: the next stage must not wait for it.
    return function passStage() {
      if (!holdsStage.current) return
      holdsStage.current = false
      runNext()
    }
  }, [])

  // A panel whose dataset stopped needing stages (defer turned false) does not wait for its turn.
  return ready || !defer
}
