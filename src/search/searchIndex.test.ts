import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../scripts/readDataDir'
import type { Lang } from '../data/types'
import { validateDataset } from '../data/validateDataset'
import { makeDataset } from '../test/fixtures'
import {
  buildSearchIndex,
  excerpt,
  matchingIndices,
  normalizeText,
  queryWords,
  search,
  searchIndexBuilder,
  snippetFor,
  suggestionFor,
  withoutEnclosingQuotes,
  type MatchedField,
  type SearchIndex,
} from './searchIndex'

const LANGS: readonly Lang[] = ['en', 'es', 'de']

describe('search across languages on the bundled dataset', () => {
  const { dataset } = validateDataset(readDataDir('data').input)
  const index = buildSearchIndex(dataset.events, dataset.actors)

  it('shows every hit’s reason where a narrow row shows it: early in its title, or early in its snippet', () => {
    // A row shows two lines of the title (about 44 characters at 320 px) and one line of the snippet after its field's
    // name (about 15 characters at 320 px in German); the snippet's line starts a word or two before the match.
    let titleSnippets = 0
    let checked = 0
    for (const lang of LANGS)
      for (const query of [
        'extradición',
        'Auslieferung',
        'fentanyl',
        'sinaloa',
        'sheinbaum',
        'harfuch',
        'tariff',
      ]) {
        const [word] = queryWords(query)
        for (const event of search(index, query, lang)?.ranked ?? []) {
          const snippet = snippetFor(event, query, lang, index.actorNames)
          checked++
          if (snippet === null) {
            const at = normalizeText(event.title[lang]).indexOf(word!)
            expect(at, `${event.id}, ${lang}: ${query} early in the title`).toBeGreaterThanOrEqual(0)
            expect(at + word!.length, `${event.id}, ${lang}: ${query}`).toBeLessThanOrEqual(44)
            continue
          }
          if (snippet.field === 'title') titleSnippets++
          const at = normalizeText(snippet.text).indexOf(word!)
          expect(
            at,
            `${event.id}, ${lang}: ${query} in ${JSON.stringify(snippet.text)}`,
          ).toBeGreaterThanOrEqual(0)
          expect(at, `${event.id}, ${lang}: ${query} in ${JSON.stringify(snippet.text)}`).toBeLessThanOrEqual(
            25,
          )
        }
      }
    expect(checked).toBeGreaterThan(100)
    // Titles that hold the word only past their second line are explained (e.g. the second Security Implementation
    // Group meeting: "…Ciudad de México: armas, drones, extradiciones").
    expect(titleSnippets).toBeGreaterThan(0)
    const meeting = dataset.events.find(
      (event) => event.id === '2025-12-11-security-implementation-group-second-meeting',
    )!
    expect(snippetFor(meeting, 'extradición', 'es', index.actorNames)).toMatchObject({
      field: 'title',
      lang: null,
    })
  })
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

  it('reads quotation marks of any kind as none, and a typographic apostrophe as a straight one', () => {
    const ids = (query: string, lang: Lang) =>
      search(index, query, lang)?.chronological.map((event) => event.id)
    for (const lang of LANGS) {
      const plain = ids('El Chapo', lang)!
      expect(plain.length).toBeGreaterThanOrEqual(2)
      for (const quoted of ['"El Chapo"', '“El Chapo”', '«El Chapo»', '„El Chapo“'])
        expect(ids(quoted, lang), `${quoted} in ${lang}`).toEqual(plain)
      // The texts write Mexico's both ways; a phone types the typographic apostrophe.
      const straight = ids("Mexico's", lang)!
      expect(straight.length).toBeGreaterThan(35)
      expect(ids('Mexico’s', lang)).toEqual(straight)
    }
    expect(queryWords('“no comment” «sin comentarios»')).toEqual(['no', 'comment', 'sin', 'comentarios'])
  })

  it('shows a query wholly in quotation marks without them, and any other query as typed', () => {
    for (const quoted of ['"El Chapo"', '“El Chapo”', '«El Chapo»', '„El Chapo“', '  « El Chapo »  '])
      expect(withoutEnclosingQuotes(quoted), quoted).toBe('El Chapo')
    for (const [query, shown] of [
      ['El Chapo', 'El Chapo'],
      ['"no comment" Trump', '"no comment" Trump'],
      ['"a" and "b"', '"a" and "b"'],
      ['""', '""'],
      ['"', '"'],
      ['«»', '«»'],
    ])
      expect(withoutEnclosingQuotes(query!), query).toBe(shown)
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

/**
 * Where a word matched best in one event for a reader of `lang`, written plainly as the reference for the ranking:
 * the first match in their language (title, then places and actors, then summary: the order of the text), else in
 * tags or sources, else the best field in another language.
 */
function bestMatch(index: SearchIndex, i: number, word: string, lang: Lang): MatchedField | null {
  const weight = { title: 8, who: 5, summary: 3, tags: 2, sources: 2 }
  const inLang = (l: Lang): MatchedField | null => {
    const at = (index.own[l][i] ?? '').indexOf(word)
    if (at === -1) return null
    const field =
      at < (index.titleEnd[l][i] ?? 0) ? 'title' : at < (index.whoEnd[l][i] ?? 0) ? 'who' : 'summary'
    return { field, lang: l }
  }
  const own = inLang(lang)
  if (own) return own
  const at = (index.neutral[i] ?? '').indexOf(word)
  if (at !== -1) return { field: at < (index.tagsEnd[i] ?? 0) ? 'tags' : 'sources', lang: null }
  let best: MatchedField | null = null
  for (const other of LANGS) {
    if (other === lang) continue
    const found = inLang(other)
    if (found && (!best || weight[found.field] > weight[best.field])) best = found
  }
  return best
}

/**
 * The answer without the character-pair bitsets and without narrowing: every event's text read in full, ranked with
 * bestMatch word by word (reader's language first, then the summed field weights, then dataset order).
 */
function bruteForce(
  index: SearchIndex,
  query: string,
  lang: Lang,
): { chronological: string[]; ranked: string[] } {
  const words = queryWords(query)
  const texts = (i: number) => [index.own.en[i], index.own.es[i], index.own.de[i], index.neutral[i]]
  const hits: { i: number; rank: number }[] = []
  index.events.forEach((_, i) => {
    if (!words.every((word) => texts(i).some((text) => text?.includes(word)))) return
    let score = 0
    let inReaderLang = true
    for (const word of words) {
      const match = bestMatch(index, i, word, lang)!
      const weight = { title: 8, who: 5, summary: 3, tags: 2, sources: 2 }[match.field]
      score += match.lang === null || match.lang === lang ? weight : weight / 4
      if (match.lang !== null && match.lang !== lang) inReaderLang = false
    }
    hits.push({ i, rank: (inReaderLang ? 1e6 : 0) + score * 4 })
  })
  const id = (i: number) => index.events[i]!.id
  return {
    chronological: hits.map((hit) => id(hit.i)),
    ranked: [...hits].sort((a, b) => b.rank - a.rank || a.i - b.i).map((hit) => id(hit.i)),
  }
}

describe('search index against reading every event in full (bundled dataset)', () => {
  const { dataset } = validateDataset(readDataDir('data').input)
  const queries = [
    // Every prefix of words in the three languages, typed letter by letter (narrowing), with accents and case.
    ...[
      'extradición',
      'Auslieferung',
      'García Harfuch',
      'Sheinbaum',
      'Cártel del Golfo',
      'FTO',
      'Straße',
    ].flatMap((word) => Array.from(word, (_, n) => word.slice(0, n + 1))),
    // One and two letters (answered from the bitsets alone), words that span no text, odd characters.
    'a',
    'x',
    'ñ',
    'ß',
    'e u',
    'tr ex',
    '(es',
    '2025',
    'u.s.',
    'zzz',
    'q x',
    '-',
    'é',
    'ü',
  ]

  it('finds the same events, in the same rank order, for every query and UI language', () => {
    for (const lang of LANGS) {
      const typing = buildSearchIndex(dataset.events, dataset.actors)
      // Searched with no previous answer (as after a fresh build): no narrowing.
      const fresh = buildSearchIndex(dataset.events, dataset.actors)
      for (const query of queries) {
        const expected = bruteForce(typing, query, lang)
        const typed = search(typing, query, lang)!
        fresh.last = null
        const once = search(fresh, query, lang)!
        for (const hits of [typed, once]) {
          expect(
            hits.chronological.map((event) => event.id),
            `${query} (${lang})`,
          ).toEqual(expected.chronological)
          expect(
            hits.ranked.map((event) => event.id),
            `${query} (${lang}), ranked`,
          ).toEqual(expected.ranked)
        }
      }
    }
    // The queries are not all empty answers: most find something, and a few find nothing.
    const reference = buildSearchIndex(dataset.events, dataset.actors)
    const found = queries.map((query) => bruteForce(reference, query, 'en').chronological.length)
    expect(found.filter((n) => n > 0).length).toBeGreaterThan(queries.length * 0.7)
    expect(found.filter((n) => n === 0).length).toBeGreaterThan(0)
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

  it('starts a snippet’s line shortly before its match, at a word, and keeps a match near the start whole', () => {
    const long =
      'The Senate approved the reform after a long debate about sovereignty and the extradition treaty'
    expect(excerpt(long, 'extradition', 80)).toBe('…and the extradition treaty')
    expect(excerpt(long, 'senate', 80)).toBe(long.slice(0, 80).trim() + '…')
    // A match at the very end of a long field still comes early in the line (the old window ended at the text's end).
    const tail = `${'word '.repeat(40)}fentanyl`
    expect(excerpt(tail, 'fentanyl', 80).indexOf('fentanyl')).toBeLessThanOrEqual(9)
    // The line starts at a word; inside a long word that holds the match, a few letters before it.
    expect(excerpt('Bundessicherheitsumsetzungsgruppe tagt zur Auslieferung', 'auslieferung', 80)).toBe(
      '…zur Auslieferung',
    )
    expect(excerpt('Die Sicherheitsumsetzungsgruppenauslieferung', 'auslieferung', 80)).toBe(
      '…sgruppenauslieferung',
    )
    // A long word near the start of a field with no space before it: the line starts at the field's start, never
    // before it (a negative start would have sliced from the end).
    expect(excerpt('Die Sicherheitsumsetzungsgruppenauslieferung', 'sicherheitsumsetzungsgruppen', 80)).toBe(
      '…Sicherheitsumsetzungsgruppenauslieferung',
    )
    expect(excerpt('Sicherheitsumsetzungsgruppen tagen', 'icherheitsumsetzungsgruppen', 80)).toBe(
      'Sicherheitsumsetzungsgruppen tagen',
    )
    // Accents fold as the search does.
    expect(excerpt('Reunión sobre armas, drones y la extradición de capos', 'extradicion', 80)).toBe(
      '…y la extradición de capos',
    )
  })

  it('explains a hit outside the title with a snippet of the field, and none for a title hit', () => {
    const a = dataset.events[0]!
    // The line starts a word or two before the match, which is cut off at a narrow row's edge otherwise.
    expect(snippetFor(a, 'harfuch', 'en', index().actorNames)).toEqual({
      field: 'summary',
      lang: null,
      text: '…García Harfuch',
    })
    expect(snippetFor(a, 'extradition', 'en', index().actorNames)?.text).toBe(
      'Extradition talks with García Harfuch',
    )
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

describe('building the index in slices', () => {
  const { dataset } = validateDataset(readDataDir('data').input)
  const queries = ['extradición', 'Auslieferung', 'garcia harfuch', 'tren de aragua', 'sinaloa', 'x']

  it('gives the same answers as building it at once, whatever the slices and wherever finish() cuts in', () => {
    const whole = buildSearchIndex(dataset.events, dataset.actors)
    // Zero-budget slices index 64 events each (the clock is read every 64): several slices over the bundled data.
    const sliced = searchIndexBuilder(dataset.events, dataset.actors)
    let slices = 0
    while (!sliced.step(0)) slices++
    expect(slices).toBeGreaterThan(0)
    // One slice, then the rest at once (a search arriving mid-build).
    const interrupted = searchIndexBuilder(dataset.events, dataset.actors)
    expect(interrupted.step(0)).toBe(false)
    for (const index of [sliced.finish(), interrupted.finish()])
      for (const query of queries)
        expect(Array.from(matchingIndices(index, query) ?? []), query).toEqual(
          Array.from(matchingIndices(whole, query) ?? []),
        )
  })

  it('returns the same index from every finish()', () => {
    const builder = searchIndexBuilder(dataset.events, dataset.actors)
    expect(builder.finish()).toBe(builder.finish())
    expect(builder.step(10)).toBe(true)
  })
})
