import { describe, expect, it } from 'vitest'
import { paintedOrNextFrame, SHOWN_REPORT, shownWatch } from './benchFrames'

type Shown = { at: number | null; frames: [number, number][]; observer: { takeRecords(): object[] } | null }

/** SHOWN_REPORT as the page runs it, against a page whose watch recorded `shown`. */
function report(shown: Shown | undefined): { shownAt: number | null; paintedAt: number | null } {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the bench's own page expression, run as the page would
  const run = new Function('window', `return ${SHOWN_REPORT}`) as (
    window: object,
  ) => ReturnType<typeof report>
  return run({ __shown: shown })
}

describe('SHOWN_REPORT', () => {
  it('gives the end of the long animation frame that holds the moment the views were first on the page', () => {
    const frames: [number, number][] = [
      [100, 80],
      [784, 472],
      [1268, 212],
    ]
    expect(report({ at: 1243, frames, observer: null })).toEqual({ shownAt: 1243, paintedAt: 1256 })
  })

  it('also reads the frames the observer has not handed over yet', () => {
    const observer = { takeRecords: () => [{ startTime: 900, duration: 120 }] }
    expect(report({ at: 950, frames: [[100, 80]], observer })).toEqual({ shownAt: 950, paintedAt: 1020 })
  })

  it('gives no painted time when no long frame holds the moment, or the views never showed', () => {
    expect(report({ at: 500, frames: [[100, 80]], observer: null })).toEqual({
      shownAt: 500,
      paintedAt: null,
    })
    expect(report({ at: null, frames: [[100, 80]], observer: null })).toEqual({
      shownAt: null,
      paintedAt: null,
    })
    expect(report(undefined)).toEqual({ shownAt: null, paintedAt: null })
  })
})

describe('paintedOrNextFrame', () => {
  it('prefers the painted time and keeps the next frame where there is none', () => {
    expect(paintedOrNextFrame({ paintedAt: 1256 }, 1475)).toBe(1256)
    expect(paintedOrNextFrame({ paintedAt: null }, 1475)).toBe(1475)
    expect(paintedOrNextFrame(undefined, null)).toBeNull()
  })
})

describe('shownWatch', () => {
  it('is a script a page can parse, with the condition inside', () => {
    const script = shownWatch("document.querySelector('.event-row')")
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- parsed only, never run
    expect(() => new Function(script)).not.toThrow()
    expect(script).toContain("Boolean(document.querySelector('.event-row'))")
  })
})
