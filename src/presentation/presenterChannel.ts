/**
 * The presenter window and the projected window talk over a BroadcastChannel (same origin only, never another
 * site). The main window owns the story: it sends its step on every change and when asked; the presenter window
 * sends only "go to step n" and "hello". Every message is checked field by field; anything else is ignored.
 */
export const PRESENTER_CHANNEL = 'frontera-presenter'

export type PresenterMessage =
  | { type: 'frontera:presenter-state'; storyId: string | null; stepIndex: number; lang: string }
  | { type: 'frontera:presenter-go'; stepIndex: number }
  | { type: 'frontera:presenter-hello' }

export function readPresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const message = data as Record<string, unknown>
  const isStep = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000
  switch (message.type) {
    case 'frontera:presenter-state':
      if (
        (message.storyId === null ||
          (typeof message.storyId === 'string' && message.storyId.length <= 200)) &&
        isStep(message.stepIndex) &&
        typeof message.lang === 'string'
      )
        return {
          type: message.type,
          storyId: message.storyId,
          stepIndex: message.stepIndex,
          lang: message.lang,
        }
      return null
    case 'frontera:presenter-go':
      return isStep(message.stepIndex) ? { type: message.type, stepIndex: message.stepIndex } : null
    case 'frontera:presenter-hello':
      return { type: message.type }
    default:
      return null
  }
}

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENTER_CHANNEL) : null
}
