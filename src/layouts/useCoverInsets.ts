// Tells the map (through the store's frame insets) how much of it an overlay covers: the present layout's step card
// on the right, the phone's bottom sheet at the bottom. Measured on every resize of either; cleared on unmount.
import { useEffect, type RefObject } from 'react'
import { NO_INSETS } from '../state/frame'
import { useAppStore } from '../state/store'

export function useCoverInsets(coverRef: RefObject<HTMLElement | null>, edge: 'right' | 'bottom'): void {
  const store = useAppStore()
  useEffect(
    function measureCover() {
      const cover = coverRef.current
      const map = document.querySelector<HTMLElement>('.map-canvas')
      if (!cover || !map) return
      const measure = () => {
        const mapBox = map.getBoundingClientRect()
        const box = cover.getBoundingClientRect()
        const covered = box.width > 0 && box.height > 0
        store.getState().setFrameInsets({
          ...NO_INSETS,
          ...(covered && edge === 'right' ? { right: Math.max(0, Math.round(mapBox.right - box.left)) } : {}),
          ...(covered && edge === 'bottom'
            ? { bottom: Math.max(0, Math.round(mapBox.bottom - box.top)) }
            : {}),
        })
      }
      const observer = new ResizeObserver(measure)
      observer.observe(cover)
      observer.observe(map)
      measure()
      return function stopMeasuring() {
        observer.disconnect()
        store.getState().setFrameInsets(NO_INSETS)
      }
    },
    [coverRef, edge, store],
  )
}
