// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { Announcer } from './Announcer'

afterEach(cleanup)

const dataset = makeDataset({
  events: [
    {
      id: 'a',
      start: '2025-02-27',
      title: 'Transfer of 29',
      summary: 'A long summary nobody wants read aloud.',
    },
    { id: 'b', start: '2020-06', qualifier: 'circa', title: 'Talks' },
  ],
})

const announcer = () => screen.getByTestId('announcer')

describe('Announcer', () => {
  it('is a polite, atomic live region that is empty without a selection', () => {
    renderWithStore(<Announcer />, { dataset })
    expect(announcer().getAttribute('aria-live')).toBe('polite')
    expect(announcer().getAttribute('aria-atomic')).toBe('true')
    expect(announcer().textContent).toBe('')
  })

  it('announces the title and date of the selected event, not its summary', () => {
    renderWithStore(<Announcer />, { dataset, selectedId: 'a' })
    expect(announcer().textContent).toBe('Selected: Transfer of 29, Feb 27, 2025')
    expect(announcer().textContent).not.toContain('summary')
  })

  it('announces each new selection in the UI language, with the date qualifier', () => {
    const { store } = renderWithStore(<Announcer />, { dataset, selectedId: 'a' })
    act(() => {
      store.getState().setLang('de')
      store.getState().selectEvent('b')
    })
    expect(announcer().textContent).toBe('Ausgewählt: Talks (de), um Juni 2020')
    act(() => {
      store.getState().selectEvent(null)
    })
    expect(announcer().textContent).toBe('')
  })
})
