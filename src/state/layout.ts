/**
 * Which layout the app shows, from the state alone (plus whether the screen is a phone's): a layout is a distinct
 * composition of the same views (src/layouts/*), never one dashboard with pieces hidden by CSS.
 * - phone: 480 px wide or less (and up to 40em), whatever else is going on; a phone never presents
 * - present: presentation mode (?present=1, the Present button)
 * - story: a guided story is open
 * - explore: everything else
 * The embed is its own mode (src/app/mode.ts, EmbedLayout).
 */
import type { AppState } from './store'

export type LayoutName = 'explore' | 'story' | 'present' | 'phone'

/** Screens this narrow get the phone layout. */
export const PHONE_QUERY = '(max-width: 40em)'

export function selectLayout(
  state: Pick<AppState, 'storyId' | 'isPresenting'>,
  isPhone: boolean,
): LayoutName {
  if (isPhone) return 'phone'
  if (state.isPresenting) return 'present'
  if (state.storyId !== null) return 'story'
  return 'explore'
}
