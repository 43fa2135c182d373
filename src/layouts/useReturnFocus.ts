// Focus after Close: back to the element that made the selection (a list row's list, the map, the timeline, a related
// link), or to the list when that element is gone. Recorded when a selection is made, never from the details.
import { useCallback, useEffect, useRef } from 'react'
import { useAppStore } from '../state/store'

export function useReturnFocus(fallbackSelector = '.event-list'): () => void {
  const store = useAppStore()
  const originRef = useRef<HTMLElement | null>(null)
  useEffect(
    function rememberWhereSelectionsComeFrom() {
      return store.subscribe((state, previous) => {
        if (state.selectedId === null || state.selectedId === previous.selectedId) return
        const active = document.activeElement
        if (active instanceof HTMLElement && active !== document.body && !active.closest('.detail-column'))
          originRef.current = active
      })
    },
    [store],
  )
  return useCallback(() => {
    const origin = originRef.current
    const target =
      origin?.isConnected === true ? origin : document.querySelector<HTMLElement>(fallbackSelector)
    target?.focus()
  }, [fallbackSelector])
}
