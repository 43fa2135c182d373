import type { DataSet } from 'vis-data/esnext'

type Keyed = { id: string | number }

/**
 * Makes the DataSet hold exactly `next`: removes what is gone, adds what is new, and updates only items whose `key`
 * changed. Everything else is left alone, so vis-timeline redraws as little as possible. `next` may be cheap
 * descriptions (`S`) that `build` turns into items only when they are new or changed (DOM content costs).
 * `stage`, if given, turns a new item into a placeholder with the same fields that is added first; the real item then
 * replaces it with one update. (vis-timeline lays out every item added inside its window at once, reading its size
 * back from the page, a forced layout per item; items updated in place are laid out together in its next redraw.)
 */
export function syncDataSet<T extends Keyed, S extends Keyed = T>(
  dataSet: DataSet<T>,
  next: readonly S[],
  keyOf: (item: S) => string,
  keyOfCurrent: (item: T) => string = keyOf as unknown as (item: T) => string,
  build: (item: S) => T = (item) => item as unknown as T,
  stage?: (item: T) => T,
): void {
  const nextById = new Map(next.map((item) => [item.id, item]))
  const currentIds = dataSet.getIds()
  const removed = currentIds.filter((id) => !nextById.has(id))
  const changed: T[] = []
  for (const item of next) {
    const current = dataSet.get(item.id)
    if (!current || keyOfCurrent(current) !== keyOf(item)) changed.push(build(item))
  }
  // DataSet.update() merges into the old item, so an optional field that was dropped would survive it: changed items
  // are replaced whole instead.
  const replaced = changed.map((item) => item.id).filter((id) => dataSet.get(id) !== null)
  if (removed.length > 0 || replaced.length > 0) dataSet.remove([...removed, ...replaced])
  if (changed.length === 0) return
  if (stage) {
    // Added in a staged form first (for the timeline: out of view), then moved into place in one update; see stage.
    dataSet.add(changed.map(stage))
    dataSet.update(changed as Parameters<typeof dataSet.update>[0])
  } else dataSet.add(changed)
}
