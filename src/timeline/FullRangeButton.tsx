/**
 * "Full time range": widens the timeline (and so the map's and the list's window) to every event. It resets only the
 * time window, as its name says (filters and search stay), and appears only while the window is narrowed.
 */
import { useMemo } from 'react'
import { datasetExtent } from '../data/queries'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'

export function FullRangeButton({ className }: { className?: string }) {
  const store = useAppStore()
  const messages = useMessages()
  const dataset = useAppState((s) => s.dataset)
  const timeWindow = useAppState((s) => s.timeWindow)
  const extent = useMemo(() => datasetExtent(dataset), [dataset])
  if (!isNarrowed(timeWindow, extent)) return null
  return (
    <button
      type="button"
      className={className}
      title={messages.mapSearch.fullTimeRangeHint}
      onClick={() => {
        store.getState().fitAll()
      }}
    >
      {messages.mapSearch.fullTimeRange}
    </button>
  )
}

/** True when the window leaves out part of the data's extent (by more than 1 % of it at either end). */
export function isNarrowed(
  timeWindow: { startMs: number; endMs: number } | null,
  extent: { startMs: number; endMs: number },
): boolean {
  if (!timeWindow) return false
  const tolerance = (extent.endMs - extent.startMs) * 0.01
  return timeWindow.startMs > extent.startMs + tolerance || timeWindow.endMs < extent.endMs - tolerance
}
