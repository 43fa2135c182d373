/** Resolves in a new task, without setTimeout's clamping to 4 ms when nested: lets the page paint and answer input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Runs `task` once the browser has painted the next frame: a frame's callback, then a task of its own after it
 * (requestAnimationFrame runs before the paint, the timeout after it). For the part of a response that the reader
 * does not need in its first frame (a pan that centres a selected event already marked in view), so that the first
 * frame comes sooner. A hidden page paints no frame: it runs when the page is shown again. Returns a cancel.
 * (Here, beside nextTask, because the entry loads this module: the map's and the timeline's chunks share it without a
 * chunk of its own, which took the 640 px map embed's code over its 310 kB budget.)
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelled = false
  const frame = requestAnimationFrame(() =>
    setTimeout(() => {
      if (!cancelled) task()
    }, 0),
  )
  return () => {
    cancelled = true
    cancelAnimationFrame(frame)
  }
}
