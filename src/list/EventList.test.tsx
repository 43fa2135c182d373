// @vitest-environment jsdom
import { NO_FILTERS } from '../data/matchesFilters'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeDataset, makeManyEvents } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { renderToString } from 'react-dom/server'
import { AppStoreProvider, createAppStore } from '../state/store'
import { PrerenderedContext } from '../ui/prerendered'
import { EventList } from './EventList'

const VIEWPORT_PX = 600

// jsdom has no layout: no ResizeObserver, and every element is 0 px tall.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', NoopResizeObserver)
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEWPORT_PX })
})

afterAll(() => {
  vi.unstubAllGlobals()
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight')
})

afterEach(cleanup)

const dataset = makeDataset({
  events: [
    { id: 'b', start: '2025-02-01', title: 'Second' },
    { id: 'a', start: '2025-01-01', title: 'First' },
    { id: 'c', start: '2025-03-01', title: 'Third' },
  ],
})

const listbox = () => screen.getByRole('listbox')
const rowIds = () => screen.getAllByRole('option').map((row) => row.getAttribute('data-event-id'))
const press = (key: string) => fireEvent.keyDown(listbox(), { key })

describe('EventList', () => {
  it('renders one option per event, in chronological order, with title, date and place', () => {
    renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset })
    expect(rowIds()).toEqual(['a', 'b', 'c'])
    const first = screen.getAllByRole('option')[0]!
    expect(first.textContent).toContain('First')
    expect(first.textContent).toContain('Jan 1, 2025')
    expect(first.textContent).toContain('Mexico City')
    expect(first.getAttribute('aria-posinset')).toBe('1')
    expect(first.getAttribute('aria-setsize')).toBe('3')
  })

  it('marks the selected row and points the listbox at it', () => {
    renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset, selectedId: 'b' })
    const rows = screen.getAllByRole('option')
    expect(rows.map((row) => row.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false'])
    expect(rows.map((row) => row.getAttribute('data-selected'))).toEqual([null, 'true', null])
    expect(listbox().getAttribute('aria-activedescendant')).toBe(rows[1]!.id)
  })

  it('follows selection changes made elsewhere', () => {
    const { store } = renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset })
    expect(listbox().getAttribute('aria-activedescendant')).toBeNull()
    act(() => {
      store.getState().selectEvent('c')
    })
    expect(screen.getAllByRole('option')[2]!.getAttribute('data-selected')).toBe('true')
  })

  it('moves the selection with the arrow keys, Home and End, and clears it with Escape', () => {
    const { store } = renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset })
    const selected = () => store.getState().selectedId
    press('ArrowDown')
    expect(selected()).toBe('a')
    press('ArrowDown')
    expect(selected()).toBe('b')
    press('ArrowUp')
    expect(selected()).toBe('a')
    press('End')
    expect(selected()).toBe('c')
    press('ArrowDown')
    expect(selected()).toBe('c')
    press('Home')
    expect(selected()).toBe('a')
    press('Escape')
    expect(selected()).toBeNull()
  })

  it('opens the details with Enter only when an event is selected', () => {
    const onOpenDetail = vi.fn()
    renderWithStore(<EventList onOpenDetail={onOpenDetail} />, { dataset })
    press('Enter')
    expect(onOpenDetail).not.toHaveBeenCalled()
    press('ArrowDown')
    press('Enter')
    expect(onOpenDetail).toHaveBeenCalledOnce()
  })

  it('leaves other keys to the browser', () => {
    renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset })
    expect(fireEvent.keyDown(listbox(), { key: 'ArrowDown' })).toBe(false) // default prevented
    expect(fireEvent.keyDown(listbox(), { key: 'Tab' })).toBe(true)
  })

  it('selects on click and reports hover to the store', () => {
    const { store } = renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset })
    const third = screen.getAllByRole('option')[2]!
    fireEvent.click(third)
    expect(store.getState().selectedId).toBe('c')
    fireEvent.mouseEnter(third)
    expect(store.getState().hoveredId).toBe('c')
    fireEvent.mouseLeave(third)
    expect(store.getState().hoveredId).toBeNull()
  })

  it('gathers the events outside the time window into groups that open dimmed', () => {
    renderWithStore(<EventList onOpenDetail={vi.fn()} />, {
      dataset,
      timeWindow: { startMs: Date.UTC(2025, 1, 1), endMs: Date.UTC(2025, 1, 2) },
    })
    expect(screen.getAllByRole('option').map((row) => row.classList.contains('is-dimmed'))).toEqual([false])
    expect(screen.getByText('1 earlier event outside the time window')).toBeTruthy()
    expect(screen.getByText('1 later event outside the time window')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Show: 1 earlier event outside the time window' }))
    fireEvent.click(screen.getByRole('button', { name: 'Show: 1 later event outside the time window' }))
    const dimmed = screen.getAllByRole('option').map((row) => row.classList.contains('is-dimmed'))
    expect(dimmed).toEqual([true, false, true])
  })

  it('says when nothing matches, and offers to clear the search and a query that finds something', () => {
    const { store } = renderWithStore(<EventList onOpenDetail={vi.fn()} />, {
      dataset,
      filters: { ...NO_FILTERS, text: 'zzqx' },
    })
    expect(screen.getByRole('status').textContent).toContain('No events match “zzqx”.')
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }))
    expect(store.getState().filters.text).toBe('')
  })

  it('shows a quoted search inside its own quotation marks once, not twice', () => {
    renderWithStore(<EventList onOpenDetail={vi.fn()} />, {
      dataset,
      filters: { ...NO_FILTERS, text: '"zzqx"' },
    })
    expect(screen.getByRole('status').textContent).toContain('No events match “zzqx”.')
  })

  describe('its first render, with 300 events', () => {
    const store = () => createAppStore({ ...makeDataset(), events: makeManyEvents(300) })
    const firstRender = (prerendered: boolean) =>
      renderToString(
        <AppStoreProvider value={store()}>
          <PrerenderedContext.Provider value={prerendered}>
            <EventList onOpenDetail={vi.fn()} />
          </PrerenderedContext.Provider>
        </AppStoreProvider>,
      )
    const rowsIn = (html: string) => html.match(/role="option"/gu)?.length ?? 0

    it('writes every row, in the flow and unstyled, where it is or takes over the prerendered page', () => {
      const html = firstRender(true)
      expect(rowsIn(html)).toBe(300)
      expect(html).not.toMatch(/style=/u)
    })

    it('drawn afresh, writes only a screenful of the window, placed', () => {
      const html = firstRender(false)
      const screenful = Math.ceil(window.innerHeight / 72)
      expect(rowsIn(html)).toBeGreaterThanOrEqual(screenful)
      expect(rowsIn(html)).toBeLessThanOrEqual(screenful + 8)
      expect(html).toContain('is-placed')
    })
  })

  describe('with 100,000 events', () => {
    const big = { ...makeDataset(), events: makeManyEvents(100_000) }

    it('renders only about a screenful of rows', () => {
      renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset: big })
      const rows = screen.getAllByRole('option')
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.length).toBeLessThanOrEqual(100)
      expect(rows[0]!.getAttribute('data-event-id')).toBe('e-000000')
      expect(rows[0]!.getAttribute('aria-setsize')).toBe('100000')
    })

    it('renders the rows at the scroll position', () => {
      renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset: big })
      const rowPx = 16 * 4.5
      listbox().scrollTop = 50_000 * rowPx
      fireEvent.scroll(listbox())
      const ids = rowIds()
      expect(ids.length).toBeLessThanOrEqual(100)
      expect(ids).toContain('e-050000')
      expect(ids).not.toContain('e-000000')
    })

    it('jumps to the last event with End and scrolls it into view', () => {
      const { store } = renderWithStore(<EventList onOpenDetail={vi.fn()} />, { dataset: big })
      press('End')
      expect(store.getState().selectedId).toBe('e-099999')
      const rowPx = 16 * 4.5
      expect(listbox().scrollTop).toBe(100_000 * rowPx - VIEWPORT_PX)
      fireEvent.scroll(listbox()) // a browser fires this itself after scrollTop changes
      const rows = screen.getAllByRole('option')
      expect(rows.length).toBeLessThanOrEqual(100)
      expect(rows.at(-1)!.getAttribute('data-event-id')).toBe('e-099999')
      expect(rows.at(-1)!.getAttribute('data-selected')).toBe('true')
      expect(listbox().getAttribute('aria-activedescendant')).toBe(rows.at(-1)!.id)
    })
  })
})
