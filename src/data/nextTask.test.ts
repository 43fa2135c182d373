import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { stubFrames } from '../test/frames'
import { afterNextPaint } from './nextTask'

describe('afterNextPaint', () => {
  let paintFrame = () => {}
  beforeEach(() => {
    paintFrame = stubFrames().paintFrame
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs in a task after the next frame, not in the frame itself, and once', () => {
    const task = vi.fn()
    afterNextPaint(task)
    expect(task).not.toHaveBeenCalled()
    paintFrame()
    expect(task).not.toHaveBeenCalled() // the frame's callback only schedules it: the paint comes first
    vi.advanceTimersByTime(0)
    expect(task).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('never runs once cancelled, before or after its frame', () => {
    const early = vi.fn()
    afterNextPaint(early)()
    const late = vi.fn()
    const cancelLate = afterNextPaint(late)
    paintFrame()
    cancelLate()
    vi.advanceTimersByTime(1000)
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })
})
