/**
 * The embed's panes and cards, each loaded when first needed, so that an embed downloads only what it shows (README
 * "Weight"): the map only in a map view, the timeline (vis-timeline) only where it is shown (not in narrow frames,
 * nor in a list view), the chronology only in narrow frames, the list only in the list view, the cards once something
 * is selected or a story is open. The fixed height means nothing moves while they arrive.
 *
 * This module is main.tsx's first import, and starts loading the ones an embed shows first while the rest of the
 * entry chunk is still being evaluated (about 90 ms on this machine) and the dataset downloads: asked for from the
 * layout, they came one round trip after the data. Preloadable (src/ui/preloadable.tsx): a pane whose code came
 * with the data renders with it, instead of suspending and waiting out React's Suspense throttle.
 */
import { NARROW_QUERY } from '../embed/useNarrowEmbed'
import { loadBasemap } from '../map/basemapData'
import { preloadable } from '../ui/preloadable'
import { readMode } from './mode'

/** The map (Leaflet and its layers): not in a list embed, which never shows it until the reader switches. */
export const EventMap = preloadable(() => import('../map/EventMap').then((module) => module.EventMap))
export const EventTimeline = preloadable(() =>
  import('../timeline/EventTimeline').then((module) => module.EventTimeline),
)
/** Also the phone's Timeline tab (src/layouts/sections.tsx), which loads it the same way when first shown. */
export const Chronology = preloadable(() => import('../embed/Chronology').then((module) => module.Chronology))
export const EmbedCard = preloadable(() => import('../embed/EmbedCard').then((module) => module.EmbedCard))
export const EmbedListPane = preloadable(() =>
  import('../embed/EmbedListPane').then((module) => module.EmbedListPane),
)
export const EmbedStoryCard = preloadable(() =>
  import('../embed/EmbedStoryCard').then((module) => module.EmbedStoryCard),
)

/**
 * Starts loading the panes and the card the embed will show first, from its link alone. A wrong guess (a bad
 * `view=`, which the URL check later refuses) costs one chunk, nothing else. Resolves when all have loaded or failed:
 * a failed preload is retried, and reported, by the pane's own lazy() when it renders.
 */
export function preloadEmbedPanes(search: string): Promise<void> {
  const params = new URLSearchParams(search)
  const view = params.get('view') ?? 'map'
  const narrow = typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches
  const loads: Promise<unknown>[] = []
  if (view === 'list') loads.push(EmbedListPane.preload())
  else loads.push(narrow ? Chronology.preload() : EventTimeline.preload())
  if (view === 'map') loads.push(EventMap.preload())
  // The map's boundaries, beside the dataset rather than after the first render (the map asks for them as it
  // mounts, about half a second later): not waited for here; a failure is the map's to report (it asks again).
  if (view === 'map') loadBasemap().catch(() => undefined)
  if (params.has('story')) loads.push(EmbedStoryCard.preload())
  else if (params.has('event')) loads.push(EmbedCard.preload())
  return Promise.allSettled(loads).then(() => undefined)
}

/** In an embed, the first panes' loading, started as this module is evaluated; elsewhere, nothing to wait for. */
export const embedPanesLoading: Promise<void> =
  typeof window !== 'undefined' && readMode(window.location.href) === 'embed'
    ? preloadEmbedPanes(window.location.search)
    : Promise.resolve()
