// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { NO_FILTERS } from '../data/matchesFilters'
import { FilterChips, FilterPanel } from './FilterPanel'

afterEach(cleanup)

// Placed in Phoenix, with ids that name no country, so only the actor names tell the events apart.
const phoenix = { name: { en: 'Phoenix', es: 'Phoenix', de: 'Phoenix' }, lat: 33.45, lon: -112.07 }
const dataset = makeDataset({
  events: [
    { id: 'a', actors: ['mx-gov'], places: [phoenix] },
    { id: 'b', actors: ['us-gov', 'mx-gov'], places: [phoenix] },
    { id: 'c', actors: ['us-gov'], places: [phoenix] },
    { id: 'd', places: [phoenix] },
  ],
})

function openFilters(): HTMLElement {
  const details = document.querySelector<HTMLDetailsElement>('details.facets')!
  details.open = true
  fireEvent(details, new Event('toggle'))
  return document.querySelector<HTMLElement>('.facet-actors')!
}

describe('FilterPanel', () => {
  it('names the actor options in the selected language, without marking them as English', () => {
    renderWithStore(<FilterPanel />, { dataset, lang: 'es' })
    const actors = openFilters()
    const labels = within(actors)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent.replace(/\s+/gu, ' ').trim())
    expect(labels).toEqual(['Gobierno de Estados Unidos (2)', 'Gobierno de México (2)'])
    expect(actors.querySelector('[lang]')).toBeNull()
  })

  it('makes the facets, date inputs included, only once the reader opens them, and keeps them', () => {
    renderWithStore(<FilterPanel />, { dataset, lang: 'en' })
    expect(document.querySelector('.facets-popover')).toBeNull()
    expect(document.querySelector('input[type="date"]')).toBeNull()
    // A click on the summary makes them in the click's own render, before the browser shows the opened popover.
    fireEvent.click(screen.getByText('Filters', { selector: 'summary' }))
    expect(document.querySelectorAll('.facets-popover input[type="date"]')).toHaveLength(2)
    const details = document.querySelector<HTMLDetailsElement>('details.facets')!
    details.open = false
    fireEvent(details, new Event('toggle'))
    expect(document.querySelectorAll('.facets-popover input[type="date"]')).toHaveLength(2)
  })

  it('sets either end of the date range from its day input, and clears it when emptied', () => {
    const { store } = renderWithStore(<FilterPanel />, { dataset, lang: 'en' })
    openFilters()
    const [from, to] = document.querySelectorAll<HTMLInputElement>('.facet-dates input[type="date"]')
    fireEvent.change(from!, { target: { value: '2020-01-02' } })
    expect(store.getState().filters.fromMs).toBe(Date.UTC(2020, 0, 2))
    fireEvent.change(to!, { target: { value: '2021-03-04' } })
    expect(store.getState().filters).toMatchObject({
      fromMs: Date.UTC(2020, 0, 2),
      toMs: Date.UTC(2021, 2, 4),
    })
    expect(to!.value).toBe('2021-03-04')
    fireEvent.change(from!, { target: { value: '' } })
    expect(store.getState().filters).toMatchObject({ fromMs: null, toMs: Date.UTC(2021, 2, 4) })
  })

  it('finds events by an actor name in any language, whatever the interface language', () => {
    const { store } = renderWithStore(<FilterPanel />, { dataset, lang: 'es' })
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'gobierno de mexico' } })
    expect(store.getState().filters.text).toBe('gobierno de mexico')
    expect(screen.getByTestId('visible-count').textContent).toMatch(/^2 /u)
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'government of mexico' } })
    expect(screen.getByTestId('visible-count').textContent).toMatch(/^2 /u)
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'government of nowhere' } })
    expect(screen.getByTestId('visible-count').textContent).toMatch(/^0 /u)
  })
})

describe('FilterChips', () => {
  it('names a search in the interface language’s quotation marks, once even when the search is quoted', () => {
    for (const [lang, text, chip] of [
      ['en', 'Phoenix', 'Search: “Phoenix”'],
      ['es', '«Phoenix»', 'Búsqueda: «Phoenix»'],
      ['de', '"Phoenix"', 'Suche: „Phoenix“'],
    ] as const) {
      renderWithStore(<FilterChips />, { dataset, lang, filters: { ...NO_FILTERS, text } })
      expect(screen.getByText(chip)).toBeTruthy()
      cleanup()
    }
  })
})
