import type { Timeline } from 'vis-timeline/esnext'

/** The internals used here, each checked before use. */
type HeldInternals = {
  itemSet?: {
    /** Its own redraw (a prototype method; shadowed for the length of a change). */
    redraw?: () => boolean
    initialItemSetDrawn?: boolean
  }
  /** The widget's redraw, throttled to the next animation frame (the one its data changes ask for). */
  _redraw?: () => void
  /** The same, at once: what every change asks for until the item set has been drawn once (an own property). */
  _origRedraw?: () => void
}

/**
 * vis-timeline's ItemSet redraws itself at once, inside the call, on every add, update and remove of its DataSet (its
 * DataSet listeners), measuring its items and so forcing a layout each time; a refresh makes up to three such calls
 * (syncDataSet: remove, staged add, update), 42 ms of a zoomed-in selection at 1k in stop 28's profile. Held here, the
 * changes are drawn once, together, by the widget's own throttled redraw in the next animation frame, before it is
 * painted (each change asks for that redraw: `_change` with `queue`). Until the widget has drawn its item set once,
 * such a change redraws it all at once instead, so nothing is held then. The ItemSet is an internal, guarded: if it
 * changes, the changes are drawn as before.
 */
export function withItemRedrawsHeld(timeline: Timeline | null, change: () => void): void {
  const internals = timeline as unknown as HeldInternals | null
  const itemSet = internals?.itemSet
  if (
    !itemSet?.initialItemSetDrawn ||
    typeof itemSet.redraw !== 'function' ||
    Object.hasOwn(itemSet, 'redraw')
  ) {
    change()
    return
  }
  let held = 0
  itemSet.redraw = () => {
    held++
    return false
  }
  try {
    change()
  } finally {
    delete itemSet.redraw
  }
  if (held > 0 && typeof internals?._redraw === 'function') internals._redraw()
}

/**
 * Until its item set has been drawn once, vis-timeline answers every change (its groups set, its items set, each
 * add to their DataSets) with a whole redraw at once, inside the call: each lays out the widget and measures it,
 * while the widget is still hidden and its first real draw is already asked for in the next animation frame (its
 * constructor's last call). Held here, the groups and the first items given to a new timeline are drawn once, by
 * that redraw: 49 ms of synchronous redraws in the bundled explorer's load profile, none after. When the widget has
 * been drawn already, or its internals are not what this expects, the change runs as it would without it.
 */
export function withFirstDrawHeld(timeline: Timeline, change: () => void): void {
  const internals = timeline as unknown as HeldInternals
  const original = internals._origRedraw
  if (
    internals.itemSet?.initialItemSetDrawn !== false ||
    typeof original !== 'function' ||
    !Object.hasOwn(internals, '_origRedraw') ||
    typeof internals._redraw !== 'function'
  ) {
    change()
    return
  }
  let held = 0
  internals._origRedraw = () => {
    held++
  }
  try {
    change()
  } finally {
    internals._origRedraw = original
  }
  if (held > 0) internals._redraw()
}
