/**
 * The embed's own addresses, in the entry (an embed needs them at once); the code generator, which builds embed
 * URLs, is in embedSnippet.ts and loads with the Embed dialog.
 */

/** The page embeds load, beside index.html (written by scripts/prerender.ts). */
export const EMBED_PAGE = 'embed.html'

/**
 * The full app with the same state as an embed: the embed's own address with only the shareable state, and the
 * app's page (the folder) instead of embed.html.
 */
export function fullViewUrl(embedHref: string, stateQuery: string): string {
  const url = new URL(embedHref)
  if (url.pathname.endsWith(`/${EMBED_PAGE}`)) url.pathname = url.pathname.slice(0, -EMBED_PAGE.length)
  url.search = stateQuery
  url.hash = ''
  return url.toString()
}
