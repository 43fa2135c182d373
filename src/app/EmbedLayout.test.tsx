// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { NO_EMBED_CONFIG } from '../embed/embedConfig'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { App } from './App'

// jsdom has no layout and no ResizeObserver. The list view is used so that neither Leaflet nor vis-timeline mounts.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  vi.stubGlobal('ResizeObserver', NoopResizeObserver)
  window.history.replaceState(null, '', '/frontera/?embed=1&eid=demo&view=list')
})
afterAll(() => {
  vi.unstubAllGlobals()
})
afterEach(cleanup)

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-10', title: 'First' },
    { id: 'b', start: '2025-03-10', title: 'Second' },
  ],
})

describe('the embed layout', () => {
  it('has a small title bar instead of the explorer header, and no embed button', () => {
    const { container } = renderWithStore(<App mode="embed" embed={NO_EMBED_CONFIG} />, {
      dataset,
      view: 'list',
    })
    expect(container.querySelector('.app-header')).toBeNull()
    expect(container.querySelector('.tagline')).toBeNull()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Frontera')
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull()
    const views = within(screen.getByRole('navigation', { name: 'Views' }))
    expect(views.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true')
    expect(container.querySelector('.map-canvas')).toBeNull()
  })

  it('links to the full view with the same state, in a new tab, without the embed parameters', () => {
    const { store } = renderWithStore(<App mode="embed" embed={NO_EMBED_CONFIG} />, {
      dataset,
      view: 'list',
      lang: 'de',
    })
    act(() => {
      store.getState().selectEvent('b')
    })
    const link = screen.getByRole('link', { name: /Vollansicht öffnen/u })
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    const href = new URL(link.getAttribute('href') ?? '')
    expect(href.pathname).toBe('/frontera/')
    expect(Object.fromEntries(href.searchParams)).toEqual({ event: 'b', lang: 'de', view: 'list' })
  })

  it('shows the details of the selected event below the view, and closes them', () => {
    const { store } = renderWithStore(<App mode="embed" embed={NO_EMBED_CONFIG} />, {
      dataset,
      view: 'list',
      selectedId: 'a',
    })
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(store.getState().selectedId).toBeNull()
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull()
  })

  it('keeps the explorer layout, with its embed button, in explore mode', () => {
    const { container } = renderWithStore(<App />, { dataset, view: 'list' })
    expect(container.querySelector('.app-header')).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Embed' }).getAttribute('aria-haspopup')).toBe('dialog')
  })
})
