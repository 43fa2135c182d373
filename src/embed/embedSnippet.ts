/**
 * The embed code a publisher pastes into an article, built as a plain string (shown in a read-only textarea, never
 * rendered as HTML). The iframe works without any script; the optional embed.js only adds automatic height.
 */
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
 * embed id when it is valid.
 */
export function buildEmbedUrl(appBase: string, stateQuery: string, eid: string | null): string {
  const url = new URL(appBase)
  const params = new URLSearchParams([['embed', '1']])
  for (const [key, value] of new URLSearchParams(stateQuery))
    if (key !== 'embed' && key !== 'eid') params.append(key, value)
  if (eid !== null && isEmbedId(eid)) params.set('eid', eid)
  url.search = params.toString()
  url.hash = ''
  return url.toString()
}

/** The full app with the same state as an embed: the embed's own address with only the shareable state. */
export function fullViewUrl(embedHref: string, stateQuery: string): string {
  const url = new URL(embedHref)
  url.search = stateQuery
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
  /** Initial height in px; embed.js adjusts it to the content. */
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
