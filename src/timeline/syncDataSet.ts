import type { DataSet } from 'vis-data/esnext'

type Keyed = { id: string | number }

/**
 * Makes the DataSet hold exactly `next`: removes what is gone, adds what is new, and updates only items whose `key`
 * changed. Everything else is left alone, so vis-timeline redraws as little as possible.
 */
export function syncDataSet<T extends Keyed>(
  dataSet: DataSet<T>,
  next: readonly T[],
  keyOf: (item: T) => string,
): void {
  const nextById = new Map(next.map((item) => [item.id, item]))
  const currentIds = dataSet.getIds()
  const removed = currentIds.filter((id) => !nextById.has(id))
  const changed: T[] = []
  for (const item of next) {
    const current = dataSet.get(item.id)
    if (!current || keyOf(current) !== keyOf(item)) changed.push(item)
  }
  // DataSet.update() merges into the old item, so an optional field that was dropped would survive it: changed items
  // are replaced whole instead.
  const replaced = changed.map((item) => item.id).filter((id) => dataSet.get(id) !== null)
  if (removed.length > 0 || replaced.length > 0) dataSet.remove([...removed, ...replaced])
  if (changed.length > 0) dataSet.add(changed)
}
