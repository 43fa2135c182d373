/**
 * Which layout the app runs in. Embed is a mode of the same app and the same build, not a fork: the page is the
 * same index.html, and `?embed=1` (exactly "1") switches to the compact, chrome-less layout meant for iframes.
 * A query parameter rather than a second entry page (embed.html) keeps one HTML file, one bundle and one set of
 * host rules, and works unchanged from any sub-path.
 */
import type { ComponentType } from 'react'
import type { EmbedConfig } from '../embed/embedConfig'

export type Mode = 'explore' | 'embed' | 'presenter'

export function readMode(url: string | URL): Mode {
  let parsed: URL
  try {
    parsed = new URL(url, 'http://localhost/')
  } catch {
    return 'explore'
  }
  if (parsed.searchParams.get('embed') === '1') return 'embed'
  // The presenter window of a presentation (src/presentation/PresenterWindow.tsx), opened by the present layout.
  return parsed.searchParams.get('presenter') === '1' ? 'presenter' : 'explore'
}

/** The root component of a mode's layout, given the mode and the embed parameters (none outside embed mode). */
export type LayoutComponent = ComponentType<{ mode?: Mode; embed?: EmbedConfig }>
