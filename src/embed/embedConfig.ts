/**
 * The embed-only URL parameters, on top of the shareable state that urlState.ts decodes for every mode:
 *   embed=1          turns embed mode on (src/app/mode.ts)
 *   eid=<id>         the publisher's name for this embed, echoed in every message ([A-Za-z0-9_-]{1,64})
 *   childId=<id>     also send Pym.js v1 height strings for CMSs that already run Pym (same pattern)
 *   parentOrigin=<o> the host page's exact origin: then messages go only to it and commands only come from it
 *   height=<px|auto> the height the embed lays itself out in (300–1600), or `auto` to follow its content (embedHeight.ts)
 * Anything else in the URL is ignored. Bad values fall back to "not set"; they concern the publisher, not the reader,
 * so they are reported as problems for the console rather than in the reader's notice.
 */
import type { Problem } from '../data/types'
import { parseEmbedHeight, type EmbedHeight } from './embedHeight'
import { isEmbedId, MAX_FIELD_LENGTH } from './protocol'

export type EmbedConfig = {
  eid: string | null
  childId: string | null
  parentOrigin: string | null
  /** The editor's chosen height; null: the default for the view the embed opens with. */
  height: EmbedHeight | null
}

export const NO_EMBED_CONFIG: EmbedConfig = { eid: null, childId: null, parentOrigin: null, height: null }

/** An exact http(s) origin such as `https://news.example.org`, or null. */
export function parseOrigin(value: string): string | null {
  if (value.length > MAX_FIELD_LENGTH) return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    return url.origin === value ? value : null
  } catch {
    return null
  }
}

export function readEmbedConfig(search: string): { config: EmbedConfig; problems: Problem[] } {
  const params = new URLSearchParams(search)
  const problems: Problem[] = []
  const reject = (field: string, value: string, message: string) => {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value
    problems.push({ severity: 'warning', row: 'embed link', field, value: JSON.stringify(shown), message })
  }
  const id = (name: 'eid' | 'childId'): string | null => {
    const value = params.get(name)
    if (value === null) return null
    if (isEmbedId(value)) return value
    reject(name, value, 'must be 1 to 64 letters, digits, "-" or "_"; ignored')
    return null
  }
  const eid = id('eid')
  const childId = id('childId')
  const rawOrigin = params.get('parentOrigin')
  const parentOrigin = rawOrigin === null ? null : parseOrigin(rawOrigin)
  if (rawOrigin !== null && parentOrigin === null)
    reject('parentOrigin', rawOrigin, 'must be an exact origin like https://news.example.org; ignored')
  const rawHeight = params.get('height')
  const height = rawHeight === null ? null : parseEmbedHeight(rawHeight)
  if (rawHeight !== null && height === null)
    reject('height', rawHeight, 'must be a number of pixels from 300 to 1600, or "auto"; the default is used')
  return { config: { eid, childId, parentOrigin, height }, problems }
}
