// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { NO_EMBED_CONFIG } from '../embed/embedConfig'
import { DEFAULT_HEIGHT } from '../embed/embedHeight'
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

const cardDataset = makeDataset({
  events: [
    {
      id: 'a',
      start: '2025-01-10',
      title: 'First',
      summary: 'Summary of the first.',
      sources: [{ title: 'One' }, { title: 'Two', url: 'https://example.org/two' }],
      corrections: [{ said: 'Wrong', correct: 'Right', sourceUrl: 'https://example.org/two' }],
    },
    { id: 'b', start: '2025-03-10', title: 'Second' },
  ],
  stories: [
    {
      id: 's',
      steps: [
        { eventId: 'a', presenterNote: 'Only for the teacher' },
        { eventId: 'b', presenterNote: 'Only for the teacher' },
      ],
    },
  ],
})

/** The cards load on demand (a lazy chunk): generous on a busy machine. */
const findCard = (testId: string) => screen.findByTestId(testId, {}, { timeout: 15_000 })

const root = (container: Element) => container.querySelector<HTMLElement>('.embed')

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

  it('shows a compact card of the selected event, with its sources and corrections as disclosures', async () => {
    const { store, container } = renderWithStore(<App mode="embed" embed={NO_EMBED_CONFIG} />, {
      dataset: cardDataset,
      view: 'list',
      selectedId: 'a',
    })
    const card = await findCard('embed-card')
    expect(card.getAttribute('data-event-id')).toBe('a')
    expect(card.getAttribute('data-selected')).toBe('true')
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('First')
    expect(within(card).getByText('Summary of the first.')).toBeTruthy()
    const sources = within(card).getByText('Sources (2)')
    expect(sources.tagName).toBe('SUMMARY')
    expect(within(card).getByText('Corrections (1)').tagName).toBe('SUMMARY')
    expect(
      within(card)
        .getByRole('link', { name: /Open in full view/u })
        .getAttribute('target'),
    ).toBe('_blank')
    // The full record stays in the full view: no places, citations, copy link or related events here.
    for (const name of ['Cite this event', 'Copy link'])
      expect(within(card).queryByRole('button', { name })).toBeNull()
    expect(container.querySelector('.detail-panel')).toBeNull()

    fireEvent.click(within(card).getByRole('button', { name: 'Close the event card' }))
    expect(store.getState().selectedId).toBeNull()
    expect(screen.queryByTestId('embed-card')).toBeNull()
  })

  it('lays itself out in the chosen height, or the default of the view it opens with, or follows content', () => {
    const chosen = renderWithStore(<App mode="embed" embed={{ ...NO_EMBED_CONFIG, height: 480 }} />, {
      dataset,
      view: 'list',
    })
    expect(root(chosen.container)?.style.height).toBe('480px')
    act(() => {
      chosen.store.getState().setView('timeline')
      chosen.store.getState().selectEvent('b')
    })
    expect(root(chosen.container)?.style.height).toBe('480px')
    cleanup()
    const byDefault = renderWithStore(<App mode="embed" embed={NO_EMBED_CONFIG} />, { dataset, view: 'list' })
    expect(root(byDefault.container)?.style.height).toBe(`${DEFAULT_HEIGHT.list}px`)
    cleanup()
    const auto = renderWithStore(<App mode="embed" embed={{ ...NO_EMBED_CONFIG, height: 'auto' }} />, {
      dataset,
      view: 'list',
    })
    expect(root(auto.container)?.style.height).toBe('')
    expect(root(auto.container)?.classList.contains('is-auto')).toBe(true)
  })

  it('shows a story as one step card with Previous and Next, without presenter or classroom controls', async () => {
    const { store, container } = renderWithStore(<App mode="embed" embed={NO_EMBED_CONFIG} />, {
      dataset: cardDataset,
      view: 'list',
      storyId: 's',
      stepIndex: 0,
      selectedId: 'a',
    })
    const card = await findCard('story-controls')
    expect(card.getAttribute('data-step')).toBe('1')
    expect(within(card).getByText('First')).toBeTruthy()
    expect(within(card).getByText('Sources (2)')).toBeTruthy()
    for (const name of [/Presenter notes/u, /Exit story/u, /Present/u])
      expect(screen.queryByRole('button', { name })).toBeNull()
    expect(screen.queryByRole('switch')).toBeNull()
    expect(container.textContent).not.toContain('Only for the teacher')
    fireEvent.click(within(card).getByRole('button', { name: /Next/u }))
    expect(store.getState().stepIndex).toBe(1)
    expect((await findCard('story-controls')).getAttribute('data-step')).toBe('2')
    expect(root(container)?.style.height).toBe(`${DEFAULT_HEIGHT.story}px`)

    // Another event selected in a story: its card, whose close button goes back to the step.
    act(() => {
      store.getState().selectEvent('a')
    })
    const eventCard = await findCard('embed-card')
    fireEvent.click(within(eventCard).getByRole('button', { name: 'Back to the story step' }))
    expect(store.getState().selectedId).toBe('b')
    expect((await findCard('story-controls')).getAttribute('data-step')).toBe('2')
  })

  it('keeps the explorer layout, with its embed button, in explore mode', () => {
    const { container } = renderWithStore(<App />, { dataset, view: 'list' })
    expect(container.querySelector('.app-header')).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Embed' }).getAttribute('aria-haspopup')).toBe('dialog')
  })
})
