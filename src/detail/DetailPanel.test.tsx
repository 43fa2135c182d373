// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../data/types'
import { makeDataset, text } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { DetailPanel } from './DetailPanel'

afterEach(cleanup)

const dataset = makeDataset({
  events: [
    {
      id: 'transfer',
      start: '2020-06',
      qualifier: 'circa',
      title: 'Transfer of 29 prisoners',
      summary: 'Mexico sent 29 people to the United States.',
      category: 'transfer',
      actors: ['us-gov', 'mx-gov'],
      places: [
        { role: 'origin' },
        {
          name: text('Phoenix'),
          lat: 33.45,
          lon: -112.07,
          role: 'destination',
          note: text('6 of the 29 people'),
        },
      ],
      status: 'disputed',
      claimNote: 'The count is disputed.',
      sources: [
        { title: 'Official statement', url: 'https://example.gov/statement', published: '2020-06-03' },
        { title: 'Press report', url: 'https://news.example.org/report' },
      ],
      corrections: [
        { said: '26 prisoners', correct: '29 prisoners', sourceUrl: 'https://example.gov/statement' },
      ],
      relations: [{ type: 'responds-to', id: 'demand' }],
    },
    { id: 'demand', start: '2020-05-20', title: 'Demand for extraditions' },
    {
      id: 'reaction',
      start: '2020-07-01',
      title: 'Reaction',
      relations: [{ type: 'follows-from', id: 'transfer' }],
    },
  ],
})

const panel = () => screen.getByRole('article')

describe('DetailPanel', () => {
  it('asks for a selection when nothing is selected', () => {
    renderWithStore(<DetailPanel />, { dataset })
    expect(screen.queryByRole('article')).toBeNull()
    expect(screen.getByText(/Select an event/).textContent).toContain('see its details and sources')
  })

  it('shows the title, the date with its precision and qualifier, and the claim status', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer' })
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Transfer of 29 prisoners')
    const time = panel().querySelector('.detail-date time')!
    expect(time.textContent).toBe('c. June 2020')
    expect(time.getAttribute('datetime')).toBe('2020-06')
    expect(panel().querySelector('.status-badge')!.textContent).toContain('Disputed')
    expect(screen.getByText('The count is disputed.')).toBeTruthy()
    expect(screen.getByText('Mexico sent 29 people to the United States.')).toBeTruthy()
    expect(screen.getByText('Government of the United States, Government of Mexico')).toBeTruthy()
  })

  it('shows the text in the selected language', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer', lang: 'es' })
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Transfer of 29 prisoners (es)')
    expect(panel().querySelector('.detail-date time')!.textContent).toBe('hacia junio de 2020')
    expect(panel().querySelector('.status-badge')!.textContent).toContain('Disputado')
  })

  it('shows the actors by their name in the selected language', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer', lang: 'es' })
    const actors = screen.getByRole('region', { name: 'Actores' })
    expect(actors.querySelector('p')!.textContent).toBe('Gobierno de Estados Unidos, Gobierno de México')
    expect(actors.querySelector('[lang]')).toBeNull()
    cleanup()
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer', lang: 'de' })
    expect(screen.getByRole('region', { name: 'Akteure' }).textContent).toContain(
      'Regierung der Vereinigten Staaten, Regierung von Mexiko',
    )
  })

  it('shows place notes in the selected language', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer', lang: 'de' })
    const items = within(screen.getByRole('region', { name: 'Orte' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items).toEqual([
      expect.not.stringContaining('—'),
      expect.stringMatching(/^Phoenix \(de\) .* — 6 of the 29 people \(de\)$/),
    ])
  })

  it('links each source in a new tab without giving the page access to the app', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer' })
    const sources = within(screen.getByRole('region', { name: 'Sources' }))
    const links = sources.getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.gov/statement',
      'https://news.example.org/report',
    ])
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      expect(link.textContent).toContain('(opens in a new tab)')
    }
    expect(links[0]!.textContent).toContain('Official statement')
  })

  it('never renders a javascript: URL as a link', () => {
    // The validator rejects such URLs, so this record is built by hand to test the last line of defence.
    const event = dataset.events.find((e) => e.id === 'demand')!
    const source = event.sources[0]!
    const unsafe: Dataset = {
      ...dataset,
      events: [{ ...event, sources: [{ ...source, title: 'Click me', url: 'javascript:alert(1)' }] }],
    }
    const { container } = renderWithStore(<DetailPanel />, { dataset: unsafe, selectedId: 'demand' })
    expect(screen.getByText('Click me').closest('a')).toBeNull()
    expect(container.querySelector('a[href^="javascript"]')).toBeNull()
    expect(screen.queryAllByRole('link')).toEqual([])
  })

  it('shows corrections: what was said, struck through, and what is correct', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer' })
    const corrections = screen.getByRole('region', { name: 'Corrections' })
    expect(within(corrections).getByText('26 prisoners').tagName).toBe('S')
    expect(corrections.textContent).toContain('Correct: 29 prisoners')
    expect(within(corrections).getByRole('link').getAttribute('href')).toBe('https://example.gov/statement')
  })

  it('lists related events in both directions as links that select them', () => {
    const { store } = renderWithStore(<DetailPanel />, { dataset, selectedId: 'transfer' })
    const related = screen.getByRole('region', { name: 'Related events' })
    const items = within(related)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items).toEqual([
      expect.stringMatching(/^Responds to: Demand for extraditions/),
      expect.stringMatching(/^Led to: Reaction/),
    ])
    const link = within(related).getByRole('link', { name: 'Demand for extraditions' })
    expect(link.getAttribute('href')).toBe('?event=demand')
    fireEvent.click(link)
    expect(store.getState().selectedId).toBe('demand')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Demand for extraditions')
  })

  it('leaves out empty sections', () => {
    renderWithStore(<DetailPanel />, { dataset, selectedId: 'demand' })
    expect(screen.queryByRole('region', { name: 'Corrections' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Actors' })).toBeNull()
    expect(screen.getByRole('region', { name: 'Related events' })).toBeTruthy()
  })
})
