// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Problem } from '../data/types'
import { validateDataset } from '../data/validateDataset'
import { decodeUrlState } from '../state/urlState'
import { ACTORS, CATEGORIES, makeDataset, rawEvent } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { ProblemNotice } from './ProblemNotice'

afterEach(cleanup)

const dataset = makeDataset({ events: [{ id: 'good' }] })
const notice = () => screen.queryByTestId('problem-notice')

describe('ProblemNotice', () => {
  it('shows nothing when there is no problem', () => {
    renderWithStore(<ProblemNotice />, { dataset })
    expect(notice()).toBeNull()
  })

  it('lists every skipped row with its row, field and message', () => {
    const { dataset: loaded, problems } = validateDataset({
      categories: CATEGORIES,
      actors: ACTORS,
      events: [
        rawEvent({ id: 'good' }),
        { ...rawEvent({ id: 'bad-date' }), date: { start: '2025-02-30' } },
        rawEvent({ id: 'bad-category', category: 'weather' }),
      ],
    })
    expect(loaded.events.map((event) => event.id)).toEqual(['good'])
    renderWithStore(<ProblemNotice />, { dataset: loaded, problems })
    expect(within(notice()!).getByText(/in the dataset/).textContent).toBe('2 problems in the dataset')
    const items = within(notice()!)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items).toEqual([
      expect.stringMatching(
        /^error +event "bad-date" \(events\[1\]\) › date\.start = "2025-02-30": .*date that exists/,
      ),
      expect.stringMatching(
        /^error +event "bad-category" \(events\[2\]\) › category = "weather": is not a category/,
      ),
    ])
  })

  it('leaves out dataset warnings but shows every problem with the link', () => {
    const warning: Problem = {
      severity: 'warning',
      row: 'event "x"',
      field: 'sources[0].published',
      value: '"https://example.org"',
      message: 'has no publication date',
    }
    const link = decodeUrlState('?lang=xx', new Set()).problems
    renderWithStore(<ProblemNotice />, { dataset, problems: [warning, ...link] })
    const items = within(notice()!).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0]!.textContent).toContain('link › lang = "xx"')
    expect(within(notice()!).getByText('1 part of this link was ignored')).toBeTruthy()
  })

  it('shows markup from a link as text, never as HTML', () => {
    const markup = '<img src=x onerror=alert(1)>'
    const { problems } = decodeUrlState(`?event=${encodeURIComponent(markup)}`, new Set(['good']))
    const { container } = renderWithStore(<ProblemNotice />, { dataset, problems })
    expect(container.querySelector('img')).toBeNull()
    expect(within(notice()!).getByRole('listitem').textContent).toContain(markup)
  })
})
