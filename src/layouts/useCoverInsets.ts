// Tells the map (through the store's frame insets) how much of it an overlay covers: the present layout's step card
// on the right, the phone's bottom sheet at the bottom. Measured on every resize of either; cleared on unmount.
import { useEffect, type RefObject } from 'react'
import { NO_INSETS } from '../state/frame'
import { useAppStore } from '../state/store'

/**
 * `mapKey`: what decides whether the map is there (the phone's view): the map is looked for again when it changes,
 * and, until it is in the page (a pane loaded on demand), as the page changes.
 */
export function useCoverInsets(
  coverRef: RefObject<HTMLElement | null>,
  edge: 'right' | 'bottom',
  mapKey: unknown = null,
): void {
  const store = useAppStore()
  useEffect(
    function measureCover() {
      const cover = coverRef.current
      if (!cover) return
      let resizes: ResizeObserver | null = null
      let arrivals: MutationObserver | null = null
      const measureAgainst = (map: HTMLElement) => {
        const measure = () => {
          const mapBox = map.getBoundingClientRect()
          const box = cover.getBoundingClientRect()
          const covered = box.width > 0 && box.height > 0
          store.getState().setFrameInsets({
            ...NO_INSETS,
            ...(covered && edge === 'right'
              ? { right: Math.max(0, Math.round(mapBox.right - box.left)) }
              : {}),
            ...(covered && edge === 'bottom'
              ? { bottom: Math.max(0, Math.round(mapBox.bottom - box.top)) }
              : {}),
          })
        }
        resizes = new ResizeObserver(measure)
        resizes.observe(cover)
        resizes.observe(map)
        measure()
      }
      const findMap = () => document.querySelector<HTMLElement>('.map-canvas')
      const map = findMap()
      if (map) measureAgainst(map)
      else {
        // A phone opened on the list or the timeline has no map yet: the sheet is measured against the map the Map
        // tab makes (before, the insets stayed at none, and the map centred the selection under the sheet).
        arrivals = new MutationObserver(() => {
          const arrived = findMap()
          if (!arrived) return
          arrivals?.disconnect()
          arrivals = null
          measureAgainst(arrived)
        })
        arrivals.observe(document.body, { childList: true, subtree: true })
      }
      return function stopMeasuring() {
        resizes?.disconnect()
        arrivals?.disconnect()
        store.getState().setFrameInsets(NO_INSETS)
      }
    },
    [coverRef, edge, store, mapKey],
  )
}

/**
 * The phone's bottom sheet as a CSS length on the area it covers (`--sheet-cover` on its parent, the phone's main
 * area): the list and the full timeline end above the sheet (layouts.css) instead of running on under it, so the row
 * or the item they bring into view for a selection is not hidden behind its details. Measured on every resize (the
 * sheet's snaps, the window); cleared on unmount. (The map runs on under the sheet and frames above it: useCoverInsets.)
 */
export function useSheetCover(sheetRef: RefObject<HTMLElement | null>): void {
  useEffect(
    function reportSheetHeight() {
      const sheet = sheetRef.current
      const area = sheet?.parentElement
      if (!sheet || !area) return
      const measure = () => {
        area.style.setProperty('--sheet-cover', `${Math.round(sheet.offsetHeight)}px`)
      }
      const observer = new ResizeObserver(measure)
      observer.observe(sheet)
      measure()
      return function stopReporting() {
        observer.disconnect()
        area.style.removeProperty('--sheet-cover')
      }
    },
    [sheetRef],
  )
}
