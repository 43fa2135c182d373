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
  if (removed.length > 0) dataSet.remove(removed)
  if (changed.length > 0) dataSet.update(changed as Parameters<DataSet<T>['update']>[0])
}
