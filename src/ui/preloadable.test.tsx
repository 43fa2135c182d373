// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { Suspense, useEffect } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { preloadable } from './preloadable'

/** Waits are for conditions; this is only how long one may take before it counts as never (a busy machine). */
const WAIT = { timeout: 15_000 }

afterEach(cleanup)

/** A pane that logs each mount. */
function makePane(mounts: string[]) {
  return function Pane({ name }: { name: string }) {
    useEffect(() => {
      mounts.push(name)
    }, [name])
    return <p>{`pane ${name}`}</p>
  }
}

/** A load that resolves only when told to. */
function deferredLoad<T>(value: T) {
  let resolve: () => void = () => undefined
  let calls = 0
  const load = () => {
    calls += 1
    return new Promise<T>((done) => {
      resolve = () => {
        done(value)
      }
    })
  }
  return {
    load,
    resolve: () => {
      resolve()
    },
    calls: () => calls,
  }
}

describe('preloadable', () => {
  it('draws a preloaded component in the very first commit, with no fallback and no Suspense needed', async () => {
    const mounts: string[] = []
    const pane = preloadable(() => Promise.resolve(makePane(mounts)))
    expect(pane.isLoaded()).toBe(false)
    await pane.preload()
    expect(pane.isLoaded()).toBe(true)
    // No Suspense boundary around it: had it suspended, React would throw instead of rendering.
    render(<pane.Component name="a" />)
    // Read at once, not waited for: render() has flushed the first commit.
    expect(screen.getByText('pane a')).toBeTruthy()
    expect(mounts).toEqual(['a'])
  })

  it('loads on first render when not preloaded, shows the fallback meanwhile, and keeps the same instance after', async () => {
    const mounts: string[] = []
    const deferred = deferredLoad(makePane(mounts))
    const pane = preloadable(deferred.load)
    const view = render(
      <Suspense fallback={<p>loading</p>}>
        <pane.Component name="b" />
      </Suspense>,
    )
    expect(screen.getByText('loading')).toBeTruthy()
    deferred.resolve()
    await waitFor(() => {
      expect(screen.getByText('pane b')).toBeTruthy()
    }, WAIT)
    expect(pane.isLoaded()).toBe(true)
    // A later render of the same instance keeps the lazy element: not remounted (its state would be lost).
    view.rerender(
      <Suspense fallback={<p>loading</p>}>
        <pane.Component name="b" />
      </Suspense>,
    )
    expect(screen.getByText('pane b')).toBeTruthy()
    expect(mounts).toEqual(['b'])
    expect(deferred.calls()).toBe(1)
  })

  it('asks for the code once, however often it is preloaded', async () => {
    const deferred = deferredLoad(makePane([]))
    const pane = preloadable(deferred.load)
    const first = pane.preload()
    const second = pane.preload()
    deferred.resolve()
    expect(await first).toBe(await second)
    await pane.preload()
    expect(deferred.calls()).toBe(1)
  })

  it('tries again after a failed load', async () => {
    const mounts: string[] = []
    let calls = 0
    const pane = preloadable(() => {
      calls += 1
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(makePane(mounts))
    })
    await expect(pane.preload()).rejects.toThrow('offline')
    expect(pane.isLoaded()).toBe(false)
    await pane.preload()
    expect(calls).toBe(2)
    render(<pane.Component name="c" />)
    expect(screen.getByText('pane c')).toBeTruthy()
  })
})
