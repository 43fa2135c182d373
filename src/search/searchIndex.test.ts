import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../scripts/readDataDir'
import type { Lang } from '../data/types'
import { validateDataset } from '../data/validateDataset'
import { makeDataset } from '../test/fixtures'
import { buildSearchIndex, matchingIndices, search, snippetFor, suggestionFor } from './searchIndex'

const LANGS: readonly Lang[] = ['en', 'es', 'de']

describe('search across languages on the bundled dataset', () => {
  const { dataset } = validateDataset(readDataDir('data').input)
  const index = buildSearchIndex(dataset.events, dataset.actors)
  const transfers = (query: string, lang: Lang) =>
    (search(index, query, lang)?.chronological ?? [])
      .filter((event) => event.category === 'transfer')
      .map((event) => event.id)

  it('finds the same transfer events for extradición, Auslieferung and extradition in every UI language', () => {
    const expected = transfers('extradition', 'en')
    expect(expected.length).toBeGreaterThanOrEqual(2)
    for (const lang of LANGS)
      for (const query of ['extradición', 'Auslieferung', 'extradition', 'EXTRADICION'])
        expect(transfers(query, lang), `${query} in ${lang}`).toEqual(expected)
  })

  it('ranks matches in the reader’s language first and says where a hit matched', () => {
    const hits = search(index, 'Auslieferung', 'de')
    expect(hits).not.toBeNull()
    const first = hits!.ranked[0]!
    // In the German UI the word is German: the first hit has it in its German text.
    expect(`${first.title.de} ${first.summary.de}`.toLowerCase()).toContain('auslieferung')
    const snippet = snippetFor(first, 'Auslieferung', 'de', index.actorNames)
    if (!first.title.de.toLowerCase().includes('auslieferung')) {
      expect(snippet).not.toBeNull()
      expect(snippet!.lang).toBeNull()
      expect(snippet!.text.toLowerCase()).toContain('auslieferung')
    }
    // The same word from an English reader: found, but the snippet says the match is German text.
    const fromEnglish = search(index, 'Auslieferung', 'en')!.ranked[0]!
    expect(snippetFor(fromEnglish, 'Auslieferung', 'en', index.actorNames)?.lang).toBe('de')
  })
})

describe('search on fixtures', () => {
  const dataset = makeDataset({
    events: [
      {
        id: 'a',
        title: 'Tariff threat',
        summary: 'Extradition talks with García Harfuch',
        start: '2025-01-01',
      },
      { id: 'b', title: 'Extradition of 29', summary: 'Flights to the United States', start: '2025-02-01' },
      {
        id: 'c',
        title: 'Naval deployment',
        tags: ['boat-strike'],
        start: '2025-03-01',
        sources: [{ title: 'Pentagon memo on extradition', publisher: 'DoD' }],
      },
      { id: 'd', title: 'Other', actors: ['mx-gov'], start: '2025-04-01' },
    ],
  })
  const index = () => buildSearchIndex(dataset.events, dataset.actors)

  it('ignores case and accents, and needs every word', () => {
    expect(search(index(), 'garcia HARFUCH', 'en')?.chronological.map((e) => e.id)).toEqual(['a'])
    expect(search(index(), 'garcia nobody', 'en')?.chronological).toEqual([])
    expect(search(index(), '   ', 'en')).toBeNull()
  })

  it('matches titles, summaries, places, actors, tags and source titles; titles rank first, then date', () => {
    const hits = search(index(), 'extradition', 'en')!
    expect(hits.chronological.map((e) => e.id)).toEqual(['a', 'b', 'c'])
    expect(hits.ranked.map((e) => e.id)).toEqual(['b', 'a', 'c'])
    expect(search(index(), 'boat strike', 'en')?.chronological.map((e) => e.id)).toEqual(['c'])
    expect(search(index(), 'gobierno de mexico', 'en')?.chronological.map((e) => e.id)).toEqual(['d'])
    expect(search(index(), 'mexico city', 'de')?.chronological.length).toBe(4)
  })

  it('finds the other languages’ text but ranks it after the reader’s own', () => {
    // The fixture marks Spanish copies "(es)": "tariff threat (es)" is Spanish text.
    const spanishOnly = search(index(), 'threat (es', 'de')!
    expect(spanishOnly.ranked.map((e) => e.id)).toEqual(['a'])
    const snippet = snippetFor(dataset.events[0]!, 'threat (es', 'de', index().actorNames)
    expect(snippet).toEqual({ field: 'title', lang: 'es', text: 'Tariff threat (es)' })
  })

  it('explains a hit outside the title with a snippet of the field, and none for a title hit', () => {
    const a = dataset.events[0]!
    expect(snippetFor(a, 'harfuch', 'en', index().actorNames)).toEqual({
      field: 'summary',
      lang: null,
      text: 'Extradition talks with García Harfuch',
    })
    expect(snippetFor(a, 'tariff', 'en', index().actorNames)).toBeNull()
    const c = dataset.events[2]!
    expect(snippetFor(c, 'pentagon', 'en', index().actorNames)?.field).toBe('sources')
  })

  it('narrows the previous answer while the reader types, with the same result as a fresh search', () => {
    const typing = index()
    for (const prefix of ['e', 'ex', 'ext', 'extr', 'extradition']) matchingIndices(typing, prefix)
    expect(Array.from(matchingIndices(typing, 'extradition')!)).toEqual(
      Array.from(matchingIndices(index(), 'extradition')!),
    )
    // Deleting a letter is not narrowing: a fresh scan.
    expect(Array.from(matchingIndices(typing, 'o')!).length).toBe(4)
  })

  it('suggests a shorter query that finds something', () => {
    expect(suggestionFor(index(), 'harfuch xyz')).toEqual({ query: 'harfuch', count: 1 })
    expect(suggestionFor(index(), 'zzzzzz')).toBeNull()
  })
})
