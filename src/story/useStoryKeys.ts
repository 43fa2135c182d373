// While a story is open, Page Down and Page Up move to the next and previous step wherever the focus is (presentation
// clickers send these keys). Listened for on window in the capture phase, so the list's own paging does not also run.
import { useEffect } from 'react'
import { useAppState, useAppStore } from '../state/store'

export function useStoryKeys(): void {
  const store = useAppStore()
  const isStoryOpen = useAppState((s) => s.storyId !== null)
  useEffect(
    function listenForStoryKeys() {
      if (!isStoryOpen) return
      const handleKeyDown = (event: KeyboardEvent) => {
        if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return
        if (event.key === 'PageDown') store.getState().nextStep()
        else if (event.key === 'PageUp') store.getState().previousStep()
        else return
        event.preventDefault()
        event.stopPropagation()
      }
      window.addEventListener('keydown', handleKeyDown, { capture: true })
      return function stopListeningForStoryKeys() {
        window.removeEventListener('keydown', handleKeyDown, { capture: true })
      }
    },
    [isStoryOpen, store],
  )
}

/** Text fields and menus keep their own keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
  )
}
