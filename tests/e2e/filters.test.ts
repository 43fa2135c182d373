/** Filters and search in a real browser: they narrow the list, the map and the timeline alike, and counts match. */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeFilterContext, matchesFilters, NO_FILTERS, type Filters } from '../../src/data/matchesFilters'
import type { Dataset } from '../../src/data/types'
import { builtDataset } from './fixtures'
import { browserSuite } from './suite'

const suite = browserSuite()
const dataset: Dataset = builtDataset()

const open = (query = ''): Promise<Page> => suite.open(query, { reducedMotion: 'reduce' })

function expectedIds(filters: Partial<Filters>): string[] {
  const context = makeFilterContext(dataset.events, dataset.actors, 'en')
  const all = { ...NO_FILTERS, ...filters }
  return dataset.events.filter((event) => matchesFilters(event, all, context)).map((event) => event.id)
}

/** Ids shown in each view; the list is short enough when filtered to be rendered whole. */
async function shownIds(page: Page) {
  return page.evaluate(() => {
    const ids = (selector: string) => [
      ...new Set(
        [...document.querySelectorAll(selector)].map((element) => element.getAttribute('data-event-id')),
      ),
    ]
    const clusterCount = [...document.querySelectorAll('.map-canvas .cluster-marker')].reduce(
      (sum, element) => sum + Number(element.textContent),
      0,
    )
    return {
      list: ids('.event-list [data-event-id]'),
      map: ids('.map-canvas .event-marker[data-event-id]'),
      clusterCount,
      timeline: ids('.timeline-canvas .vis-item [data-event-id]'),
      count: document.querySelector('[data-testid="visible-count"]')?.textContent ?? '',
    }
  })
}

describe('filters', () => {
  it('narrow the list, the map and the timeline alike, and the counts match', async () => {
    const page = await open()
    await page.locator('.facets summary').click()
    const transfer = page.locator('.facet-categories label', { hasText: 'Extraditions & prisoner transfers' })
    const expected = expectedIds({ categories: ['transfer'] })
    expect(expected.length).toBeGreaterThan(1)
    expect(await transfer.locator('.facet-count').textContent()).toBe(`(${expected.length})`)
    await transfer.locator('input').check()
    await page.waitForFunction(
      (n) => document.querySelectorAll('.event-list .event-row').length === n,
      expected.length,
    )
    const shown = await shownIds(page)
    expect(shown.count).toBe(`${expected.length} of ${dataset.events.length} events`)
    expect(shown.list.sort()).toEqual([...expected].sort())
    for (const id of shown.map) expect(expected).toContain(id)
    for (const id of shown.timeline) expect(expected).toContain(id)
    expect(shown.timeline.length).toBeGreaterThan(0)
    const places = dataset.events
      .filter((e) => expected.includes(e.id))
      .reduce((n, e) => n + e.places.length, 0)
    expect(shown.map.length + shown.clusterCount).toBeLessThanOrEqual(places)
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe('transfer')

    // A second facet combines with the first; each option's count already said how many would remain.
    const mexico = page.locator('.facet-countries label', { hasText: 'Mexico' }).first()
    const remaining = Number(/\((\d+)\)/.exec((await mexico.textContent()) ?? '')?.[1])
    await mexico.locator('input').check()
    await page.waitForFunction(
      (n) => document.querySelectorAll('.event-list .event-row').length === n,
      remaining,
    )

    // Escape closes the filter popover (it floats over the list and the status line) and returns focus to it.
    await mexico.locator('input').press('Escape')
    await page.waitForSelector('.facets:not([open])')
    expect(await page.evaluate(() => document.activeElement?.matches('.facets summary'))).toBe(true)
    // The filter panel's own button (an empty result offers the same action in the list).
    await page.locator('.filter-status').getByRole('button', { name: 'Clear all filters' }).click()
    await page.waitForFunction(
      (total) =>
        document.querySelector('[data-testid="visible-count"]')?.textContent ===
        `${total} of ${total} events`,
      dataset.events.length,
    )
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBeNull()
  })

  it('restore from a link', async () => {
    const page = await open('?status=disputed,denied')
    const expected = expectedIds({ statuses: ['disputed', 'denied'] })
    await page.waitForFunction(
      (n) => document.querySelectorAll('.event-list .event-row').length === n,
      expected.length,
    )
    expect((await shownIds(page)).list.sort()).toEqual([...expected].sort())
  })

  it('have no axe violations (WCAG 2.2 AA) with the filter panel open', async () => {
    const page = await open('?cat=transfer')
    await page.locator('.facets summary').click()
    const results = await new AxeBuilder({ page })
      .include('.filter-panel')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
})

describe('search', () => {
  it('finds accented names typed without accents, in any case, and highlights them as text', async () => {
    const page = await open()
    const expected = expectedIds({ text: 'GARCIA HARFUCH' })
    expect(expected.length).toBeGreaterThan(0)
    await page.locator('.search-row input').fill('GARCIA HARFUCH')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.event-list .event-row').length === n,
      expected.length,
    )
    expect((await shownIds(page)).list.sort()).toEqual([...expected].sort())
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('GARCIA HARFUCH')

    await page.locator('.search-row input').fill('sheinbaum')
    await page.waitForSelector('.event-list mark')
    const marks = await page.$$eval('.event-list mark', (elements) =>
      elements.map((element) => element.textContent),
    )
    expect(marks.every((text) => text.toLowerCase() === 'sheinbaum')).toBe(true)

    await page.locator('.search-row input').fill('<b>x</b>')
    await page.waitForSelector('[data-testid="visible-count"]')
    expect(await page.$$('.event-list b')).toHaveLength(0)
  })

  it('shows each hit’s match in its visible lines on a 320 px phone, in every language', async () => {
    // A row's title is cut after two lines and its snippet after one: the highlighted word must be in what shows
    // (a long title that holds the word only past its second line gets a "Title:" line that starts near the match).
    for (const [lang, query] of [
      ['es', 'extradición'],
      ['de', 'Fentanyl'],
      ['de', 'Auslieferung'],
      ['en', 'sovereignty'],
      // Spanish text for an English reader: the longest field names ("Summary (Spanish)").
      ['en', 'extradición'],
    ] as const) {
      const page = await suite.open(`?view=list&lang=${lang}&q=${encodeURIComponent(query)}`, {
        width: 320,
        height: 740,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.event-list .event-row mark')
      const rows = await page.$$eval('.event-list .event-row', (elements) =>
        elements
          .filter((row) => {
            const box = row.getBoundingClientRect()
            const list = row.closest('.event-list')!.getBoundingClientRect()
            return box.top >= list.top && box.bottom <= list.bottom
          })
          .map((row) => {
            const shown = [...row.querySelectorAll('mark')].filter((mark) => {
              const rect = mark.getBoundingClientRect()
              const clip = mark.closest('.event-row-title, .event-row-snippet-text, .event-row-place')!
              const box = clip.getBoundingClientRect()
              return (
                rect.top >= box.top - 1 &&
                rect.bottom <= box.bottom + 1 &&
                rect.left >= box.left - 1 &&
                rect.right <= box.right + 1
              )
            })
            return { id: row.getAttribute('data-event-id'), shown: shown.length }
          }),
      )
      expect(rows.length, `${lang}: rows fully in view`).toBeGreaterThan(2)
      for (const row of rows) expect(row.shown, `${lang} ${query}: ${row.id}`).toBeGreaterThan(0)
    }
  })
})
