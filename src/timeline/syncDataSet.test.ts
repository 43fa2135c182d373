import { DataSet } from 'vis-data/esnext'
import { describe, expect, it, vi } from 'vitest'
import { syncDataSet } from './syncDataSet'

type Item = { id: string; content: string; group?: string; end?: number }
const item = (id: string, content: string): Item => ({ id, content })
const keyOf = (value: Item) => `${value.content}|${value.group ?? ''}`

function watched(items: Item[]) {
  const dataSet = new DataSet<Item, 'id'>(items)
  const added = vi.fn()
  const updated = vi.fn()
  const removed = vi.fn()
  dataSet.on('add', added)
  dataSet.on('update', updated)
  dataSet.on('remove', removed)
  return { dataSet, added, updated, removed }
}

/** The ids a DataSet event reported (vis-data passes `(event, { items }, senderId)`). */
const idsOf = (listener: ReturnType<typeof vi.fn>) =>
  listener.mock.calls.flatMap((call) => (call[1] as { items: string[] }).items).sort()

describe('syncDataSet', () => {
  it('replaces changed items whole and removes missing ones without touching the rest', () => {
    const { dataSet, added, updated, removed } = watched([item('a', 'A'), item('b', 'B'), item('c', 'C')])
    syncDataSet(dataSet, [item('a', 'A2'), item('c', 'C')], keyOf)
    expect(dataSet.get('a')?.content).toBe('A2')
    expect(dataSet.get('b')).toBeNull()
    expect(dataSet.getIds().sort()).toEqual(['a', 'c'])
    expect(idsOf(removed).sort()).toEqual(['a', 'b'])
    expect(idsOf(added)).toEqual(['a'])
    expect(updated).not.toHaveBeenCalled()
  })

  it('adds new items in their staged form first, then updates them to the real item in one update', () => {
    const { dataSet, added, updated } = watched([item('a', 'A')])
    const seenAtAdd: Item[] = []
    dataSet.on('add', (_event, payload) => {
      for (const id of (payload as { items: string[] }).items) seenAtAdd.push({ ...dataSet.get(id)! })
    })
    const stage = (value: Item): Item => ({ ...value, content: 'staged' })
    syncDataSet(
      dataSet,
      [item('a', 'A'), item('b', 'B'), { ...item('c', 'C'), end: 3 }],
      keyOf,
      keyOf,
      (v) => v,
      stage,
    )
    expect(idsOf(added)).toEqual(['b', 'c'])
    expect(idsOf(updated)).toEqual(['b', 'c'])
    expect(updated).toHaveBeenCalledTimes(1)
    expect(seenAtAdd.map((value) => value.content)).toEqual(['staged', 'staged'])
    expect(dataSet.get('b')).toEqual(item('b', 'B'))
    expect(dataSet.get('c')).toEqual({ ...item('c', 'C'), end: 3 })
  })

  it('drops an optional field that the new item no longer has', () => {
    const { dataSet } = watched([{ ...item('a', 'A'), end: 5 }])
    syncDataSet(dataSet, [item('a', 'A2')], keyOf)
    expect(dataSet.get('a')).not.toHaveProperty('end')
  })

  it('adds new items', () => {
    const { dataSet, added, updated, removed } = watched([item('a', 'A')])
    syncDataSet(dataSet, [item('a', 'A'), item('b', 'B')], keyOf)
    expect(dataSet.get('b')?.content).toBe('B')
    expect(idsOf(added)).toEqual(['b'])
    expect(updated).not.toHaveBeenCalled()
    expect(removed).not.toHaveBeenCalled()
  })

  it('emits nothing when nothing changed, even for new objects with the same key', () => {
    const { dataSet, added, updated, removed } = watched([item('a', 'A'), item('b', 'B')])
    const before = dataSet.get('a')
    syncDataSet(dataSet, [item('a', 'A'), item('b', 'B')], keyOf)
    expect(added).not.toHaveBeenCalled()
    expect(updated).not.toHaveBeenCalled()
    expect(removed).not.toHaveBeenCalled()
    expect(dataSet.get('a')).toEqual(before)
  })

  it('compares by the key only, so fields outside the key do not cause an update', () => {
    const { dataSet, updated } = watched([item('a', 'A')])
    syncDataSet(dataSet, [{ id: 'a', content: 'A' }], (value) => value.id)
    syncDataSet(dataSet, [{ id: 'a', content: 'changed' }], (value) => value.id)
    expect(updated).not.toHaveBeenCalled()
    expect(dataSet.get('a')?.content).toBe('A')
  })

  it('empties the DataSet when given nothing', () => {
    const { dataSet, removed } = watched([item('a', 'A'), item('b', 'B')])
    syncDataSet(dataSet, [], keyOf)
    expect(dataSet.length).toBe(0)
    expect(idsOf(removed)).toEqual(['a', 'b'])
  })

  it('removes, adds and updates in one pass', () => {
    const { dataSet } = watched([item('a', 'A'), item('b', 'B')])
    syncDataSet(dataSet, [{ id: 'b', content: 'B', group: 'g' }, item('c', 'C')], keyOf)
    expect(dataSet.get()).toEqual([
      { id: 'b', content: 'B', group: 'g' },
      { id: 'c', content: 'C' },
    ])
  })
})

describe('syncDataSet with cheap descriptions', () => {
  it('builds items only for new or changed descriptions', () => {
    const { dataSet } = watched([item('a', 'A'), item('b', 'B')])
    const built: string[] = []
    const build = (spec: { id: string; text: string }) => {
      built.push(spec.id)
      return item(spec.id, spec.text)
    }
    syncDataSet(
      dataSet,
      [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B2' },
        { id: 'c', text: 'C' },
      ],
      (spec) => spec.text,
      (current) => current.content,
      build,
    )
    expect(built).toEqual(['b', 'c'])
    expect(dataSet.get('b')?.content).toBe('B2')
  })
})
