/**
 * The embed's message protocol with its host page, as pure functions (docs: README "Deploying and embedding").
 *
 * Out (embed → window.parent): versioned objects carrying only public, non-sensitive values (a height, an event id
 * that is also in the page's URL, the publisher's own embed id), plus the AMP `embed-size` message and, when the
 * publisher asks for it with `childId`, the Pym v1 height string.
 *
 * In (window.parent → embed): only `frontera:set` (event, view, time window, theme) and `frontera:ping`. Nothing that
 * navigates, loads a URL or carries markup exists in the protocol; unknown types, wrong versions, foreign embed ids,
 * non-plain objects and values of the wrong type are dropped here, and the values themselves are then checked by the
 * same decoder as the URL (see applySetCommand in embedChannel.ts).
 */

export const PROTOCOL_VERSION = 1
/** Heights the embed reports, in CSS px; embed.js on the host clamps to the same range. */
export const MIN_HEIGHT = 150
export const MAX_HEIGHT = 5000
/** Longest string accepted in a command field (the URL decoder allows the same). */
export const MAX_FIELD_LENGTH = 200
const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/u

export type ResizeMessage = { type: 'frontera:resize'; version: 1; height: number; eid: string | null }
export type ReadyMessage = { type: 'frontera:ready'; version: 1; eid: string | null; count: number }
export type SelectMessage = {
  type: 'frontera:select'
  version: 1
  eid: string | null
  eventId: string | null
}
export type AmpResizeMessage = { sentinel: 'amp'; type: 'embed-size'; height: number }
export type OutboundMessage = ResizeMessage | ReadyMessage | SelectMessage | AmpResizeMessage | string

/** What a host may ask for. Values are still untrusted strings here. */
export type SetFields = {
  event?: string | null
  view?: string
  from?: string
  to?: string
  theme?: string
}
export type InboundCommand = { kind: 'set'; fields: SetFields } | { kind: 'ping' }

/** Rounds and clamps a measured height; non-finite input gives the minimum. */
export function clampHeight(px: number): number {
  if (!Number.isFinite(px)) return MIN_HEIGHT
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(px)))
}

export function isEmbedId(value: unknown): value is string {
  return typeof value === 'string' && EMBED_ID.test(value)
}

export function resizeMessages(
  height: number,
  eid: string | null,
  childId: string | null,
): OutboundMessage[] {
  const clamped = clampHeight(height)
  const messages: OutboundMessage[] = [
    { type: 'frontera:resize', version: PROTOCOL_VERSION, height: clamped, eid },
    { sentinel: 'amp', type: 'embed-size', height: clamped },
  ]
  if (childId !== null) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${clamped}`)
  return messages
}

export function readyMessage(eid: string | null, count: number): ReadyMessage {
  return { type: 'frontera:ready', version: PROTOCOL_VERSION, eid, count }
}

export function selectMessage(eid: string | null, eventId: string | null): SelectMessage {
  return { type: 'frontera:select', version: PROTOCOL_VERSION, eid, eventId }
}

const SET_KEYS: readonly (keyof SetFields)[] = ['event', 'view', 'from', 'to', 'theme']
const ENVELOPE_KEYS = new Set(['type', 'version', 'eid'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_FIELD_LENGTH
}

/**
 * A message from the host as a command, or null when it is not one of ours or is malformed in any way. `ownEid` is
 * this embed's id: a message naming another embed is ignored (a host may broadcast to several frames).
 */
export function parseInboundMessage(data: unknown, ownEid: string | null): InboundCommand | null {
  if (!isPlainObject(data)) return null
  const own = (key: string): unknown => (Object.hasOwn(data, key) ? data[key] : undefined)
  if (own('version') !== PROTOCOL_VERSION) return null
  if (Object.hasOwn(data, 'eid') && (ownEid === null || own('eid') !== ownEid)) return null
  const type = own('type')
  if (type === 'frontera:ping') return { kind: 'ping' }
  if (type !== 'frontera:set') return null
  for (const key of Object.keys(data))
    if (!ENVELOPE_KEYS.has(key) && !(SET_KEYS as readonly string[]).includes(key)) return null
  const fields: SetFields = {}
  for (const key of SET_KEYS) {
    if (!Object.hasOwn(data, key)) continue
    const value = own(key)
    if (key === 'event' && value === null) fields.event = null
    else if (isShortString(value)) fields[key] = value
    else return null
  }
  return Object.keys(fields).length > 0 ? { kind: 'set', fields } : null
}
