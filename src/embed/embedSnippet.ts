/**
 * The embed code a publisher pastes into an article, built as a plain string (shown in a read-only textarea, never
 * rendered as HTML). The iframe works without any script; the optional embed.js only adds automatic height.
 */
import type { EmbedHeight } from './embedHeight'
import { EMBED_PAGE } from './embedUrl'
import { isEmbedId, MAX_HEIGHT, MIN_HEIGHT } from './protocol'

/** Recommended iframe sandbox (EMBED-SECURITY.md §3.7): scripts and our own data fetches work, links open in a new
 * tab outside the sandbox, and the embed can never navigate the article (no allow-top-navigation). */
export const SANDBOX_TOKENS = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'
export const DEFAULT_EMBED_HEIGHT = 640

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** The app's own address for a page URL: the same path, without query or hash. */
export function appBaseUrl(href: string): string {
  const url = new URL(href)
  url.search = ''
  url.hash = ''
  return url.toString()
}

/**
 * The embed URL for a state query (as urlState.encodeUrlState writes it): `embed=1` first, then the state, then the
 * chosen height (embedHeight.ts) and the embed id when it is valid.
 */
export function buildEmbedUrl(
  appBase: string,
  stateQuery: string,
  eid: string | null,
  height: EmbedHeight | null = null,
): string {
  // embed.html: index.html without the prerendered explorer and chronology (scripts/prerender.ts), so an article's
  // readers download none of it; `embed=1` is what switches the layout, on either page.
  const url = new URL(EMBED_PAGE, appBase)
  const params = new URLSearchParams([['embed', '1']])
  for (const [key, value] of new URLSearchParams(stateQuery))
    if (key !== 'embed' && key !== 'eid' && key !== 'height') params.append(key, value)
  if (height !== null) params.set('height', String(height))
  if (eid !== null && isEmbedId(eid)) params.set('eid', eid)
  url.search = params.toString()
  url.hash = ''
  return url.toString()
}

export function clampEmbedHeight(height: number): number {
  return Number.isFinite(height)
    ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)))
    : DEFAULT_EMBED_HEIGHT
}

export type SnippetOptions = {
  /** Absolute embed URL (buildEmbedUrl). */
  src: string
  /** Accessible name of the frame, in the embed's language. */
  title: string
  /** Height in px: the chosen one (the embed keeps it), or the initial one of an `auto` embed. */
  height: number
  /** Absolute URL of embed.js; null leaves the script out. */
  scriptSrc: string | null
}

export function buildEmbedSnippet({ src, title, height, scriptSrc }: SnippetOptions): string {
  const attributes: [string, string | null][] = [
    ['src', src],
    ['title', title],
    ['width', '100%'],
    ['height', String(clampEmbedHeight(height))],
    // No style="" attribute: a host page whose Content-Security-Policy has a strict style-src would block it.
    // embed.js sets the frame's layout through the CSSOM instead (allowed by CSP); without it, width="100%" holds.
    ['frameborder', '0'],
    ['loading', 'lazy'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ['sandbox', SANDBOX_TOKENS],
    ['allow', 'fullscreen'],
    ['data-frontera-embed', null],
  ]
  const lines = attributes.map(([name, value]) =>
    value === null ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`,
  )
  const iframe = `<iframe\n${lines.join('\n')}\n></iframe>`
  return scriptSrc === null
    ? iframe
    : `${iframe}\n<script async src="${escapeAttribute(scriptSrc)}"></script>`
}

/** The AMP component amp-iframe needs, loaded once in the AMP page's <head>. */
export const AMP_IFRAME_SCRIPT =
  '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>'

/**
 * The code for an AMP page: `amp-iframe` with `resizable` and the overflow element AMP requires for it. AMP applies
 * the embed's `embed-size` messages (protocol.ts) itself; embed.js is not allowed there and not needed.
 */
export function buildAmpSnippet({
  src,
  title,
  height,
  showMore,
}: Omit<SnippetOptions, 'scriptSrc'> & { showMore: string }): string {
  const attributes: [string, string | null][] = [
    ['src', src],
    ['title', title],
    ['width', 'auto'],
    ['height', String(clampEmbedHeight(height))],
    ['layout', 'fixed-height'],
    ['frameborder', '0'],
    ['sandbox', SANDBOX_TOKENS],
    ['resizable', null],
  ]
  const lines = attributes.map(([name, value]) =>
    value === null ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`,
  )
  return [
    `<!-- in <head>: ${AMP_IFRAME_SCRIPT} -->`,
    `<amp-iframe\n${lines.join('\n')}\n>`,
    `  <button overflow type="button">${escapeText(showMore)}</button>`,
    '</amp-iframe>',
  ].join('\n')
}

/** Escapes text content for HTML. */
function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
