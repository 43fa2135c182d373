import { vi } from 'vitest'

/**
 * requestAnimationFrame and cancelAnimationFrame stubbed (with fake timers on): `paintFrame` runs the frame callbacks
 * due, as the browser does before it paints. Undo with vi.useRealTimers() and vi.unstubAllGlobals().
 */
export function stubFrames(): { paintFrame: () => void } {
  let frames: FrameRequestCallback[] = []
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
    frames[handle - 1] = () => undefined
  })
  return {
    paintFrame() {
      const due = frames
      frames = []
      for (const callback of due) callback(0)
    },
  }
}
