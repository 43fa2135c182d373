/**
 * Untrusted text stays text: HTML in a cell becomes plain text plus a list of its http(s) links. Nothing is rendered,
 * embedded or fetched; scripts, styles and frames are dropped with their content, `javascript:` and other schemes are
 * never kept as links. Uses htmlparser2's tokenizer (no DOM, so it runs the same in Node, a worker and the page).
 */
import { Parser } from 'htmlparser2'
import type { ImportedLink } from './types'

/** Only absolute http(s) URLs of sane length become links. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const url = value.trim()
  if (url.length > 2000 || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return undefined
  return url
}

/** Any value as single-line-ish text: numbers and booleans as written, control characters removed. */
export function plain(value: unknown): string {
  if (value === undefined || value === null) return ''
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : ''
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
}

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'pre',
  'hr',
  'dd',
  'dt',
  'cite',
])
/** Elements whose content is code or a foreign document, never text for a reader. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'frame',
  'frameset',
  'applet',
])

export type HtmlText = {
  text: string
  links: ImportedLink[]
  /** True when the input held markup (so the report can say it was turned into text). */
  hadHtml: boolean
  /** What was dropped: "script", "iframe", "onerror attribute", "javascript: link"… */
  removed: string[]
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/gi

/** Turns a cell that may hold HTML into plain text and its http(s) links. */
export function htmlToText(input: unknown): HtmlText {
  const source = plain(input)
  const links: ImportedLink[] = []
  const removed: string[] = []
  const seen = new Set<string>()
  const addLink = (raw: string | undefined, label?: string) => {
    if (raw === undefined) return
    const url = safeUrl(raw)
    if (url === undefined) {
      if (/^\s*(javascript|data|vbscript):/i.test(raw))
        removed.push(`${raw.trim().split(':')[0]?.toLowerCase() ?? ''}: link`)
      return
    }
    if (seen.has(url)) return
    seen.add(url)
    const cleanLabel = label?.replace(/\s+/g, ' ').trim()
    links.push(cleanLabel && cleanLabel !== url ? { url, label: cleanLabel } : { url })
  }

  if (!/[<&]/.test(source)) {
    for (const match of source.matchAll(URL_IN_TEXT)) addLink(match[0])
    return { text: tidy(source), links, hadHtml: false, removed }
  }

  const parts: string[] = []
  let dropDepth = 0
  const anchors: { href: string | undefined; start: number }[] = []
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const attribute of Object.keys(attributes)) {
          if (/^on/i.test(attribute)) removed.push(`${attribute} attribute`)
        }
        if (DROPPED.has(name)) {
          if (dropDepth === 0) removed.push(name)
          dropDepth++
          return
        }
        if (dropDepth > 0) return
        if (BLOCK.has(name)) parts.push('\n')
        if (name === 'a') anchors.push({ href: attributes.href, start: parts.length })
        if (name === 'img' || name === 'source' || name === 'video' || name === 'audio') {
          addLink(attributes.src, attributes.alt ?? attributes.title)
        }
      },
      ontext(data) {
        if (dropDepth === 0) parts.push(data)
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          dropDepth = Math.max(0, dropDepth - 1)
          return
        }
        if (dropDepth > 0) return
        if (name === 'a') {
          const anchor = anchors.pop()
          if (anchor) addLink(anchor.href, parts.slice(anchor.start).join(''))
        }
        if (BLOCK.has(name)) parts.push('\n')
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  )
  parser.write(source)
  parser.end()
  const text = tidy(parts.join(''))
  for (const match of text.matchAll(URL_IN_TEXT)) addLink(match[0])
  const hadHtml = text !== tidy(source) || removed.length > 0 || links.length > 0
  return { text, links, hadHtml, removed }
}

/** Collapses runs of spaces, keeps single line breaks between blocks, trims. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
