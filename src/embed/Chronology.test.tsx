// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeDataset, makeManyEvents } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { Chronology, chronologyRows } from './Chronology'

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  vi.stubGlobal('ResizeObserver', NoopResizeObserver)
})
afterAll(() => {
  vi.unstubAllGlobals()
})
afterEach(cleanup)

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2019-05-01', title: 'A long title that is never cut to a few letters' },
    { id: 'b', start: '2021-03-10', title: 'Second' },
    { id: 'c', start: '2025-02-01', title: 'Third' },
  ],
  periods: [
    { id: 'old', label: 'Long ago', start: '2001-01-20', end: '2009-01-20', country: 'US' },
    { id: 'p1', label: 'First term', start: '2017-01-20', end: '2021-01-20', country: 'US' },
    { id: 'p2', label: 'Second', start: '2021-01-20', end: '2025-01-20', country: 'US' },
    { id: 'mx', label: 'Sheinbaum', start: '2024-10-01', country: 'MX' },
    { id: 'later', label: 'Later', start: '2030-01-01', country: 'MX' },
  ],
})

describe('the vertical chronology', () => {
  it('puts each presidency before the first event on or after its start, leaving out those outside the events', () => {
    const rows = chronologyRows(dataset.events, dataset.periods)
    expect(rows.map((row) => (row.kind === 'event' ? row.event.id : `[${row.key}]`))).toEqual([
      '[p1]',
      'a',
      '[p2]',
      'b',
      '[mx]',
      'c',
    ])
  })

  it('keeps a window of events around the focus when there are too many', () => {
    const events = makeManyEvents(50)
    const rows = chronologyRows(events, [], 40, 10)
    const ids = rows.flatMap((row) => (row.kind === 'event' ? [row.event.id] : []))
    expect(ids).toHaveLength(10)
    expect(ids).toContain(events[40]?.id)
    expect(ids[0]).toBe(events[35]?.id)
  })

  it('shows whole titles as buttons with the selection contract, and selects through the store', () => {
    const { store, container } = renderWithStore(<Chronology />, { dataset, selectedId: 'b' })
    const list = screen.getByRole('list', { name: 'Chronology' })
    const items = within(list).getAllByRole('button')
    expect(items.map((item) => item.getAttribute('data-event-id'))).toEqual(['a', 'b', 'c'])
    expect(items[0]?.textContent).toContain('A long title that is never cut to a few letters')
    expect(container.querySelectorAll('[data-selected="true"]')).toHaveLength(1)
    expect(items[1]?.getAttribute('data-selected')).toBe('true')
    expect(items[1]?.getAttribute('aria-current')).toBe('true')
    // One tab stop: the selected item.
    expect(items.map((item) => item.tabIndex)).toEqual([-1, 0, -1])
    expect(list.textContent).toContain('United States · First term')

    fireEvent.click(items[2]!)
    expect(store.getState().selectedId).toBe('c')
    expect(items[2]?.getAttribute('data-selected')).toBe('true')
    act(() => {
      items[2]?.focus()
    })
    fireEvent.keyDown(items[2]!, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(items[1])
    fireEvent.keyDown(items[1]!, { key: 'Escape' })
    expect(store.getState().selectedId).toBeNull()
  })

  it('says in words which events lie outside the time window, and follows a new window', () => {
    const { store, container } = renderWithStore(<Chronology />, {
      dataset,
      timeWindow: { startMs: Date.UTC(2021, 0, 1), endMs: Date.UTC(2021, 11, 31) },
    })
    const outside = () =>
      [...container.querySelectorAll('.chrono-item')].map((item) => [
        item.getAttribute('data-event-id'),
        item.classList.contains('is-outside'),
        item.querySelector('.chrono-outside')?.textContent ?? null,
      ])
    expect(outside()).toEqual([
      ['a', true, 'outside the time window'],
      ['b', false, null],
      ['c', true, 'outside the time window'],
    ])
    act(() => {
      store.getState().setTimeWindow(null)
    })
    expect(outside().every(([, isOutside]) => isOutside === false)).toBe(true)
  })
})
