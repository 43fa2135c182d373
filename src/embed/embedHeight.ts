/**
 * The embed's height, chosen by the editor (`height=` in the embed link, written by the generator) rather than
 * followed from the content: the embed lays itself out inside it (the views share it, the card and the lists scroll
 * inside), so the height it reports to the host page never changes while a reader selects, steps through a story,
 * opens a disclosure or switches view, and the article text under it never jumps (Datawrapper, Flourish).
 *
 * `height=auto` is the explicit opt-in to follow the content instead, clamped to AUTO_MAX_HEIGHT.
 */
import type { PanelView } from '../state/view'

/** A fixed height in CSS px, or 'auto' (follow the content, clamped). */
export type EmbedHeight = number | 'auto'

/** The range of a fixed height an embed link may ask for. */
export const MIN_FIXED_HEIGHT = 300
export const MAX_FIXED_HEIGHT = 1600
/** The tallest an `auto` embed grows; beyond it, the embed scrolls inside. */
export const AUTO_MAX_HEIGHT = 1200

/** Sensible defaults per view: enough for the view and a compact card at 320–1000 px wide. */
export const DEFAULT_HEIGHT: Record<PanelView | 'story', number> = {
  map: 560,
  timeline: 480,
  list: 520,
  story: 600,
}

/** The `height=` value of an embed link, or null when it is not one (missing values are the caller's business). */
export function parseEmbedHeight(value: string): EmbedHeight | null {
  if (value === 'auto') return 'auto'
  if (!/^\d{3,4}$/u.test(value)) return null
  const px = Number(value)
  return px >= MIN_FIXED_HEIGHT && px <= MAX_FIXED_HEIGHT ? px : null
}

/** The height an embed lays itself out in: the link's, else the default for the view it opens with. */
export function resolveEmbedHeight(
  chosen: EmbedHeight | null,
  view: PanelView,
  isStory: boolean,
): EmbedHeight {
  return chosen ?? DEFAULT_HEIGHT[isStory ? 'story' : view]
}
