// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useStagedMount } from './useStagedMount'

/** Waits are for conditions; this is only how long one may take before it counts as never (a busy machine). */
const WAIT = { timeout: 15_000 }

afterEach(cleanup)

/** Logs its name when it commits shown. */
function Stage({ name, defer, log }: { name: string; defer: boolean; log: string[] }) {
  const shown = useStagedMount(defer)
  useEffect(() => {
    if (shown) log.push(name)
  }, [shown, name, log])
  return <p>{shown ? `${name} shown` : `${name} waiting`}</p>
}

describe('useStagedMount', () => {
  it('shows what need not wait at once, and the rest one stage after another, in the order they asked', async () => {
    const log: string[] = []
    render(
      <>
        <Stage name="list" defer={false} log={log} />
        <Stage name="map" defer log={log} />
        <Stage name="timeline" defer log={log} />
      </>,
    )
    expect(screen.getByText('list shown')).toBeTruthy()
    expect(screen.getByText('map waiting')).toBeTruthy()
    expect(screen.getByText('timeline waiting')).toBeTruthy()
    // The log is written by each panel's effect, after its commit: wait for it, not for the text.
    await waitFor(() => {
      expect(log).toEqual(['list', 'map', 'timeline'])
    }, WAIT)
    expect(screen.getByText('timeline shown')).toBeTruthy()
  })

  it('never commits two stages together: each one waits for the previous one’s commit and a task after it', async () => {
    const commits: { name: string; otherShown: boolean }[] = []
    function Probe({ name, other }: { name: string; other: string }) {
      const shown = useStagedMount(true)
      useEffect(() => {
        if (shown) commits.push({ name, otherShown: document.body.textContent.includes(`${other} shown`) })
      }, [shown, name, other])
      return <p>{shown ? `${name} shown` : `${name} waiting`}</p>
    }
    render(
      <>
        <Probe name="a" other="b" />
        <Probe name="b" other="a" />
      </>,
    )
    await waitFor(() => {
      expect(commits).toHaveLength(2)
    }, WAIT)
    // When a committed, b was not shown yet; when b committed, a had been shown already (in an earlier commit).
    expect(commits).toEqual([
      { name: 'a', otherShown: false },
      { name: 'b', otherShown: true },
    ])
  })

  it('lets the next stage go when a panel goes away after its stage began, before it committed', async () => {
    // Only setTimeout is faked: the stages' own tasks run when told to, React's scheduling stays real.
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const first = render(<Stage name="first" defer log={[]} />)
      render(<Stage name="second" defer log={[]} />)
      vi.advanceTimersByTime(0) // the first stage begins: its state is set, its render not yet done
      first.unmount()
      vi.advanceTimersByTime(0)
    } finally {
      vi.useRealTimers()
    }
    await waitFor(() => {
      expect(screen.getByText('second shown')).toBeTruthy()
    }, WAIT)
  })

  it('lets the next stage go when a waiting panel goes away', async () => {
    const { rerender } = render(
      <>
        <Stage name="gone" defer log={[]} />
        <Stage name="kept" defer log={[]} />
      </>,
    )
    rerender(<Stage name="kept" defer log={[]} />)
    await waitFor(() => {
      expect(screen.getByText('kept shown')).toBeTruthy()
    }, WAIT)
  })
})
