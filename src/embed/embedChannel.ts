/**
 * The embed's side of the conversation with its host page, without React: it tells the parent when it is ready, what
 * is selected and how tall it is, and applies `frontera:set` / `frontera:ping` from the parent only.
 *
 * Target origin: messages go to `parentOrigin` when the publisher set it, otherwise to '*', as Datawrapper and Pym do.
 * That is safe because nothing sent is private: a height, the publisher's embed id, and public event ids that are
 * also in the embed's own URL (EMBED-SECURITY.md §3.5, CodeQL js/cross-window-information-leak).
 */
import { decodeUrlState, urlVocabulary } from '../state/urlState'
import type { AppState, AppStore } from '../state/store'
import type { EmbedConfig } from './embedConfig'
import {
  clampHeight,
  parseInboundMessage,
  readyMessage,
  resizeMessages,
  selectMessage,
  type OutboundMessage,
  type SetFields,
} from './protocol'

export type MessageSource = unknown
/** The parts of a MessageEvent the channel reads. */
export type IncomingMessage = { data: unknown; origin: string; source: MessageSource }
export type ParentWindow = { postMessage: (message: OutboundMessage, targetOrigin: string) => void }
export type MessageListenerTarget = {
  addEventListener: (type: 'message', listener: (event: IncomingMessage) => void) => void
  removeEventListener: (type: 'message', listener: (event: IncomingMessage) => void) => void
}

export type EmbedChannel = {
  /** Reports the embed's height; unchanged heights are not sent again unless `force`. */
  reportHeight: (px: number, force?: boolean) => void
  /** The handler registered for 'message' events, exposed for tests. */
  receive: (event: IncomingMessage) => void
  dispose: () => void
}

/** The state keys a `frontera:set` may change, after decoding (theme only once the app has a theme). */
const SETTABLE = ['selectedId', 'view', 'timeWindow', 'theme'] as const

/**
 * Applies validated fields to the store through the same decoder as the URL: a value the URL would reject is ignored
 * here too, and nothing else in the state can be reached. Returns the keys that changed.
 */
export function applySetCommand(store: AppStore, fields: SetFields): string[] {
  const state = store.getState()
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(fields)) if (typeof value === 'string') params.set(key, value)
  const decoded = decodeUrlState(`?${params.toString()}`, state.eventsById, urlVocabulary(state.dataset))
    .state as Partial<Record<string, unknown>>
  const patch: Partial<Record<string, unknown>> = {}
  for (const key of SETTABLE) if (decoded[key] !== undefined && key in state) patch[key] = decoded[key]
  if (fields.event === null) patch.selectedId = null
  if (Object.keys(patch).length > 0) store.setState(patch as Partial<AppState>)
  return Object.keys(patch)
}

export function createEmbedChannel(options: {
  store: AppStore
  config: EmbedConfig
  parent: ParentWindow
  /** Where 'message' events arrive (the embed's own window). */
  target: MessageListenerTarget
  /** The embed's current height in CSS px, for answering a ping. */
  measureHeight: () => number
}): EmbedChannel {
  const { store, config, parent, target, measureHeight } = options
  const targetOrigin = config.parentOrigin ?? '*'
  let lastHeight: number | null = null

  function post(message: OutboundMessage): void {
    parent.postMessage(message, targetOrigin)
  }

  function reportHeight(px: number, force = false): void {
    const height = clampHeight(px)
    if (!force && height === lastHeight) return
    lastHeight = height
    for (const message of resizeMessages(height, config.eid, config.childId)) post(message)
  }

  function receive(event: IncomingMessage): void {
    if (event.source !== parent) return
    if (config.parentOrigin !== null && event.origin !== config.parentOrigin) return
    const command = parseInboundMessage(event.data, config.eid)
    if (command === null) return
    if (command.kind === 'ping') {
      reportHeight(measureHeight(), true)
      return
    }
    applySetCommand(store, command.fields)
  }

  target.addEventListener('message', receive)
  post(readyMessage(config.eid, store.getState().dataset.events.length))
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) post(selectMessage(config.eid, state.selectedId))
  })

  return {
    reportHeight,
    receive,
    dispose() {
      unsubscribe()
      target.removeEventListener('message', receive)
    },
  }
}
