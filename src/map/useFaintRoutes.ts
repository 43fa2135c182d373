// The faint routes the map draws: those of the visible events inside the timeline's window, each distinct route once,
// as long as there are few enough to read (and to draw: every route is an SVG path the browser lays out and paints).
import { useMemo } from 'react'
import { isInWindow } from '../data/queries'
import { useVisibleEvents } from '../state/selectors'
import { useAppState } from '../state/store'
import { distinctRoutes, type Route } from './geometry'

/** Above this many routes in the window, only the selected event's route is drawn, and the map says why. */
export const MAX_FAINT_ROUTES = 200

export type FaintRoutes = { routes: readonly Route[]; hiddenCount: number }

const NONE: FaintRoutes = { routes: [], hiddenCount: 0 }

/** `shown`: false while the map's layers wait for their stage (useStagedMount): no routes yet. */
export function useFaintRoutes(shown = true): FaintRoutes {
  const events = useVisibleEvents()
  const timeWindow = useAppState((s) => s.timeWindow)
  return useMemo(() => {
    if (!shown) return NONE
    const routes = distinctRoutes(
      timeWindow ? events.filter((event) => isInWindow(event, timeWindow)) : events,
    )
    return routes.length <= MAX_FAINT_ROUTES
      ? { routes, hiddenCount: 0 }
      : { routes: [], hiddenCount: routes.length }
  }, [events, timeWindow, shown])
}
