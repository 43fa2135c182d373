/**
 * When a load's first view was painted, rather than when the bench's next animation frame saw it (scripts/bench.ts,
 * scripts/benchEmbed.ts).
 *
 * The per-frame poll that tells the bench "drawn" runs at the start of each frame, before the page's own animation
 * callbacks. vis-timeline shows itself inside one of those (its first redraw), so the poll sees the timeline one
 * frame late, and whatever long task runs between the two frames (the basemap's shapes, a worker's answer) is added
 * to the figure: 120–230 ms in stop 34's traces. This watch sees the moment instead: a MutationObserver checks the
 * condition as the DOM changes and records when it first holds; the frame that paints it is the Long Animation Frames
 * API entry (Chromium 123+) whose span holds that moment, and the painted time is that entry's end (its rendering,
 * style, layout and paint done). A frame that took under 50 ms has no entry: then the poll's time stands, as before.
 */

/**
 * Page script (part of an init script): watches `condition`, a JavaScript expression over `document` that becomes
 * true once, when the first view is on the page.
 */
export function shownWatch(condition: string): string {
  return `(() => {
  const shown = (window.__shown = { at: null, frames: [], observer: null });
  try {
    shown.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shown.frames.push([entry.startTime, entry.duration]);
    });
    shown.observer.observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const holds = () => { try { return Boolean(${condition}); } catch { return false; } };
  const watch = new MutationObserver(() => {
    if (holds()) { shown.at = performance.now(); watch.disconnect(); }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true });
})();`
}

/**
 * Page expression: `{ shownAt, paintedAt }`, ms since navigation start; paintedAt is null when no long animation
 * frame holds the moment (or the browser reports none), and the caller keeps its next-frame figure.
 */
export const SHOWN_REPORT = `(() => {
  const shown = window.__shown;
  if (!shown || shown.at === null) return { shownAt: null, paintedAt: null };
  const pending = shown.observer ? shown.observer.takeRecords().map((entry) => [entry.startTime, entry.duration]) : [];
  const frame = shown.frames.concat(pending).find(([start, duration]) => start <= shown.at && shown.at <= start + duration);
  return { shownAt: shown.at, paintedAt: frame ? frame[0] + frame[1] : null };
})()`

/** The painted time where the page reported one, else the next frame's. */
export function paintedOrNextFrame(
  report: { paintedAt: number | null } | null | undefined,
  nextFrameMs: number | null | undefined,
): number | null {
  return report?.paintedAt ?? nextFrameMs ?? null
}
