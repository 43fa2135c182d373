import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import type { EventRecord } from '../data/types'
import type { TimeWindow } from '../state/view'
import { modelOf, openGroups, partitionByWindow } from './listRows'

/** The list's model as EventList composes it: the partition, the groups shown, the rows. */
function listModel(
  events: readonly EventRecord[],
  timeWindow: TimeWindow | null,
  ranked: boolean,
  open: { earlier: boolean; later: boolean },
  selectedId: string | null,
) {
  const partition = partitionByWindow(events, timeWindow, ranked)
  const shown = openGroups(partition, open, selectedId)
  return modelOf(partition, shown.earlier, shown.later)
}

describe('listModel', () => {
  const { events } = makeDataset({
    events: [
      { id: 'a', start: '2020-01-01' },
      { id: 'b', start: '2020-06-01', end: '2025-06-01' },
      { id: 'c', start: '2025-01-10' },
      { id: 'd', start: '2025-02-10' },
      { id: 'e', start: '2026-01-01' },
    ],
  })
  const window = { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 11, 31) }
  const ids = (model: ReturnType<typeof listModel>) => model.rows.map((row) => row.event.id)
  const closed = { earlier: false, later: false }

  it('shows every event when the window is everything', () => {
    const model = listModel(events, null, false, closed, null)
    expect(ids(model)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(model.earlier.count + model.later.count).toBe(0)
  })

  it('gathers events outside the window into collapsed groups; a span reaching into the window stays', () => {
    const model = listModel(events, window, false, closed, null)
    expect(ids(model)).toEqual(['b', 'c', 'd'])
    expect(model.earlier).toEqual({ count: 1, isOpen: false })
    expect(model.later).toEqual({ count: 1, isOpen: false })
    expect(model.firstInWindow).toBe(0)
  })

  it('shows an opened group dimmed, and points at the first event inside the window', () => {
    const model = listModel(events, window, false, { earlier: true, later: false }, null)
    expect(ids(model)).toEqual(['a', 'b', 'c', 'd'])
    expect(model.rows.map((row) => row.isDimmed)).toEqual([true, false, false, false])
    expect(model.firstInWindow).toBe(1)
  })

  it('opens the group holding the selected event', () => {
    expect(listModel(events, window, false, closed, 'e').later.isOpen).toBe(true)
  })

  it('puts every event outside the window after the hits while searching', () => {
    const ranked = [events[4]!, events[2]!, events[0]!]
    const model = listModel(ranked, window, true, { earlier: false, later: true }, null)
    expect(ids(model)).toEqual(['c', 'e', 'a'])
    expect(model.earlier.count).toBe(0)
    expect(model.later.count).toBe(2)
  })

  it('keeps the rows of a partition across selections that open no group', () => {
    const partition = partitionByWindow(events, window, false)
    const rowsFor = (selectedId: string | null) => {
      const shown = openGroups(partition, closed, selectedId)
      return modelOf(partition, shown.earlier, shown.later).rows
    }
    // 'c' and 'd' are inside the window: the same rows, not rows made again.
    expect(rowsFor('c')).toBe(rowsFor('d'))
    expect(rowsFor('c')).toBe(partition.rows.inside)
    // 'a' is earlier: its group opens, dimmed, before the window's rows.
    expect(rowsFor('a').map((row) => [row.event.id, row.isDimmed])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', false],
    ])
  })
})
