/**
 * A small, escaping element builder for the pages the build writes (scripts/eventPage.ts, scripts/socialCard.ts).
 * There is no way to put markup into it: every child string is text and every attribute value is escaped; tag and
 * attribute names must be plain names; `href`/`src` values with a scheme must be http(s). The one non-text content
 * is JSON-LD (`jsonLd`), written as JSON with `<`, `>`, `&` and the line separators escaped, so no value can close
 * the script element.
 */

export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>
export type Child = Element | JsonLd | string | number | null | undefined | false | readonly Child[]
export type Element = {
  readonly kind: 'element'
  tag: string
  attributes: Attributes
  children: readonly Child[]
}
export type JsonLd = { readonly kind: 'json-ld'; value: unknown }

/** HTML elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
])
const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/u
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9:_-]*$/u
/** Attributes whose value the browser follows as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'xlink:href'])

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Element {
  if (!NAME.test(tag)) throw new Error(`html: bad tag name ${JSON.stringify(tag)}`)
  if (tag.toLowerCase() === 'script' || tag.toLowerCase() === 'style')
    throw new Error(`html: <${tag}> is not allowed (use jsonLd() for structured data)`)
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name) || /^on/iu.test(name) || name.toLowerCase() === 'style')
      throw new Error(`html: attribute ${JSON.stringify(name)} is not allowed`)
    const value = attributes[name]
    if (URL_ATTRIBUTES.has(name.toLowerCase()) && typeof value === 'string' && !isAllowedUrl(value))
      throw new Error(`html: ${name} must be an http(s) URL or a relative path, not ${JSON.stringify(value)}`)
  }
  if (VOID.has(tag) && children.length > 0) throw new Error(`html: <${tag}> cannot have children`)
  return { kind: 'element', tag, attributes, children }
}

/** Structured data for `<script type="application/ld+json">`: data, not script (CSP does not run or block it). */
export function jsonLd(value: unknown): JsonLd {
  return { kind: 'json-ld', value }
}

/** An absolute http(s) URL (what the dataset's links must be). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * An http(s) URL, or a relative reference without a scheme (`../../?event=x`, `card.png`). Browsers ignore ASCII
 * whitespace and control characters in a scheme ("java\tscript:"), so they are removed before looking for one.
 */
export function isAllowedUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- exactly the characters browsers strip from URLs
  const compact = value.replace(/[\u0000-\u0020\u007f]/gu, '')
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/u.exec(compact)
  if (scheme) return /^https?$/iu.test(scheme[1] ?? '') && isWebUrl(value.trim())
  // "//host" and "\\host" (browsers read a backslash as a slash) would leave the site.
  return !/^[\\/]{2}/u.test(compact)
}

export function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/gu, '&quot;').replace(/'/gu, '&#39;')
}

/** JSON that is safe inside a script element: nothing in it can end the element or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029')
}

export function render(child: Child): string {
  if (child === null || child === undefined || child === false) return ''
  if (typeof child === 'string') return escapeText(child)
  if (typeof child === 'number') return String(child)
  if (Array.isArray(child)) return (child as readonly Child[]).map(render).join('')
  const node = child as Element | JsonLd
  if (node.kind === 'json-ld')
    return `<script type="application/ld+json">${jsonForScript(node.value)}</script>`
  let attributes = ''
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === null || value === undefined || value === false) continue
    attributes += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attributes}>`
  return `<${node.tag}${attributes}>${node.children.map(render).join('')}</${node.tag}>`
}

/** A whole HTML document. */
export function renderDocument(html: Element): string {
  return `<!doctype html>\n${render(html)}\n`
}
