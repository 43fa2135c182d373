/**
 * Search across the three languages. Every event is searchable by its title, summary, places and actors in English,
 * Spanish and German, and by its tags and its sources' titles and publishers, whatever the reader's language:
 * `extradición`, `Auslieferung` and `extradition` find the same transfers in every UI language. Accents and case are
 * ignored. Hits are ranked: matches in the reader's language (or in language-neutral fields) first, then by field
 * (title, then places and actors, then summary, then tags and sources), then chronologically.
 *
 * Hand-written rather than a library (see README, "Dependencies"): every word is matched as a substring anywhere in
 * a field, which an inverted index (MiniSearch, FlexSearch) does not do without an n-gram index many times the size
 * of the data; narrowing the previous result while the reader types keeps 100,000 events under 50 ms per keystroke
 * (`npm run bench`); and it adds about 1 kB to the bundle instead of 7–10 kB.
 */
import { LANGS } from '../data/vocabulary'
import type { Actor, EventRecord, Lang } from '../data/types'

/** Lower case, no accents, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of a query, normalized. */
export function queryWords(query: string): string[] {
  return normalizeText(query).split(' ').filter(Boolean)
}

export type SearchField = 'title' | 'who' | 'summary' | 'tags' | 'sources'

/** Segments of an event's search text, in the order they are laid out: per language title, who, summary; then neutral. */
const LANG_FIELDS = ['title', 'who', 'summary'] as const
const NEUTRAL_FIELDS = ['tags', 'sources'] as const
const SEGMENTS_PER_EVENT = LANGS.length * LANG_FIELDS.length + NEUTRAL_FIELDS.length
const SEPARATOR = '\u0001'

const FIELD_WEIGHT: Record<SearchField, number> = { title: 8, who: 5, summary: 3, tags: 2, sources: 2 }
/** A word found only in another language counts this much less than in the reader's. */
const OTHER_LANG_FACTOR = 0.25

/** Where a word matched best: the field and its language (null for tags and sources, which have none). */
export type MatchedField = { field: SearchField; lang: Lang | null }

export type SearchIndex = {
  events: readonly EventRecord[]
  /** Per event, all its searchable text, normalized, segments separated by \u0001. */
  texts: readonly string[]
  /** Per event, SEGMENTS_PER_EVENT + 1 offsets into its text (segment k is [ends[k], ends[k + 1] - 1)). */
  bounds: Uint32Array
  actorNames: ReadonlyMap<string, Record<Lang, string>>
  /** The last answer, to narrow instead of scanning everything while the reader types. */
  last: { words: string; matches: Uint32Array } | null
}

/** Builds the search text of every event (about 0.3 s for 100,000 events; done on the first search). */
export function buildSearchIndex(events: readonly EventRecord[], actors: readonly Actor[]): SearchIndex {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]))
  const texts: string[] = new Array<string>(events.length)
  const bounds = new Uint32Array(events.length * (SEGMENTS_PER_EVENT + 1))
  events.forEach((event, eventIndex) => {
    const segments = segmentsOf(event, actorNames)
    let offset = 0
    const base = eventIndex * (SEGMENTS_PER_EVENT + 1)
    segments.forEach((segment, k) => {
      bounds[base + k] = offset
      offset += segment.length + 1
    })
    bounds[base + SEGMENTS_PER_EVENT] = offset
    texts[eventIndex] = segments.join(SEPARATOR) + SEPARATOR
  })
  return { events, texts, bounds, actorNames, last: null }
}

/** The raw (not normalized) text of each segment, in layout order. */
function rawSegments(event: EventRecord, actorNames: ReadonlyMap<string, Record<Lang, string>>): string[] {
  const segments: string[] = []
  for (const lang of LANGS) {
    segments.push(event.title[lang])
    segments.push(
      [
        ...event.places.map((place) => place.name[lang]),
        ...event.actors.map((id) => actorNames.get(id)?.[lang] ?? id),
      ].join(' · '),
    )
    segments.push(event.summary[lang])
  }
  segments.push(event.tags.map((tag) => tag.replace(/-/g, ' ')).join(' · '))
  segments.push(event.sources.map((source) => `${source.title} (${source.publisher})`).join(' · '))
  return segments
}

function segmentsOf(event: EventRecord, actorNames: ReadonlyMap<string, Record<Lang, string>>): string[] {
  // \u0001 never survives normalization as a word character, so no word can span two segments.
  return rawSegments(event, actorNames).map((segment) => normalizeText(segment).replaceAll(SEPARATOR, ' '))
}

function segmentField(k: number): MatchedField {
  const langCount = LANGS.length * LANG_FIELDS.length
  if (k >= langCount) return { field: NEUTRAL_FIELDS[k - langCount] ?? 'sources', lang: null }
  return {
    field: LANG_FIELDS[k % LANG_FIELDS.length] ?? 'title',
    lang: LANGS[Math.floor(k / LANG_FIELDS.length)] ?? 'en',
  }
}

/** Segments in the order a reader of `lang` prefers a match: their language, neutral fields, then the others. */
const SEGMENT_ORDER: Record<Lang, readonly number[]> = {
  en: segmentOrder('en'),
  es: segmentOrder('es'),
  de: segmentOrder('de'),
}

function segmentOrder(lang: Lang): number[] {
  const order: { k: number; weight: number }[] = []
  for (let k = 0; k < SEGMENTS_PER_EVENT; k++) order.push({ k, weight: weightOf(segmentField(k), lang) })
  return order.sort((a, b) => b.weight - a.weight || a.k - b.k).map((entry) => entry.k)
}

function weightOf(matched: MatchedField, lang: Lang): number {
  const weight = FIELD_WEIGHT[matched.field]
  return matched.lang === null || matched.lang === lang ? weight : weight * OTHER_LANG_FACTOR
}

/**
 * Indices (into index.events) of the events matching every word, in dataset order. Narrows the previous answer
 * when the query only grew (the reader typed on), which is what keeps a keystroke cheap.
 */
export function matchingIndices(index: SearchIndex, query: string): Uint32Array | null {
  const words = queryWords(query)
  if (words.length === 0) return null
  const key = words.join(' ')
  const last = index.last
  if (last && last.words === key) return last.matches
  const candidates = last && key.startsWith(last.words) ? last.matches : null
  const { texts } = index
  const out = new Uint32Array(candidates ? candidates.length : texts.length)
  let count = 0
  const test = (i: number) => {
    const text = texts[i] ?? ''
    for (const word of words) if (!text.includes(word)) return
    out[count++] = i
  }
  if (candidates) for (const i of candidates) test(i)
  else for (let i = 0; i < texts.length; i++) test(i)
  const matches = out.slice(0, count)
  index.last = { words: key, matches }
  return matches
}

/** Where each word of the query matched best in one event, for the reader's language (null: the word is not there). */
export function bestMatches(
  index: SearchIndex,
  eventIndex: number,
  words: readonly string[],
  lang: Lang,
): (MatchedField | null)[] {
  const text = index.texts[eventIndex] ?? ''
  const base = eventIndex * (SEGMENTS_PER_EVENT + 1)
  return words.map((word) => {
    for (const k of SEGMENT_ORDER[lang]) {
      const start = index.bounds[base + k] ?? 0
      const end = (index.bounds[base + k + 1] ?? 0) - 1
      const found = text.indexOf(word, start)
      if (found !== -1 && found + word.length <= end) return segmentField(k)
    }
    return null
  })
}

/** A hit's relevance: higher is better; matches in the reader's language weigh four times as much. */
export function scoreOf(matches: readonly (MatchedField | null)[], lang: Lang): number {
  let score = 0
  for (const match of matches) if (match) score += weightOf(match, lang)
  return score
}

/** True when every word matched in the reader's language or in a language-neutral field. */
export function isInReaderLang(matches: readonly (MatchedField | null)[], lang: Lang): boolean {
  return matches.every((match) => match !== null && (match.lang === null || match.lang === lang))
}

export type RankedHits = {
  /** Matching events in rank order (reader's language first, then score, then date). */
  ranked: readonly EventRecord[]
  /** The same events in dataset (chronological) order, for the map and the timeline. */
  chronological: readonly EventRecord[]
}

/** The events matching the query, ranked for a reader of `lang`, or null when the query has no words. */
export function search(index: SearchIndex, query: string, lang: Lang): RankedHits | null {
  const words = queryWords(query)
  const matches = matchingIndices(index, query)
  if (!matches) return null
  const scored = Array.from(matches, (i) => {
    const best = bestMatches(index, i, words, lang)
    return { i, tier: isInReaderLang(best, lang) ? 0 : 1, score: scoreOf(best, lang) }
  })
  scored.sort((a, b) => a.tier - b.tier || b.score - a.score || a.i - b.i)
  const events = index.events
  return {
    ranked: scored.map((hit) => events[hit.i] as EventRecord),
    chronological: Array.from(matches, (i) => events[i] as EventRecord),
  }
}

export type Snippet = {
  field: SearchField
  /** The language of the matched text, when it is not the reader's (null: the reader's, or a neutral field). */
  lang: Lang | null
  /** One line of the field around the first match (with … where cut). */
  text: string
}

/**
 * The reason a hit matched, as one line of the field that matched best, for display under the title. Null when the
 * title (shown anyway) explains the hit, or when nothing matches.
 */
export function snippetFor(
  event: EventRecord,
  query: string,
  lang: Lang,
  actorNames: ReadonlyMap<string, Record<Lang, string>>,
  maxChars = 90,
): Snippet | null {
  const words = queryWords(query)
  if (words.length === 0) return null
  const raw = rawSegments(event, actorNames)
  const normalized = raw.map(normalizeText)
  const ownTitle = LANGS.indexOf(lang) * LANG_FIELDS.length
  // The reader's title is shown anyway: the snippet explains the first word it does not contain.
  const word = words.find((candidate) => !(normalized[ownTitle] ?? '').includes(candidate))
  if (word === undefined) return null
  const k = SEGMENT_ORDER[lang].find((segment) => (normalized[segment] ?? '').includes(word))
  if (k === undefined) return null
  const matched = segmentField(k)
  return {
    field: matched.field,
    lang: matched.lang === lang ? null : matched.lang,
    text: excerpt(raw[k] ?? '', word, maxChars),
  }
}

/** About maxChars of text around the first match of the (normalized) word. */
function excerpt(text: string, word: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  const at = foldedIndexOf(text, word)
  const start = Math.max(0, Math.min(at - Math.floor(maxChars / 3), text.length - maxChars))
  const cut = text.slice(start, start + maxChars)
  return `${start > 0 ? '…' : ''}${cut.trim()}${start + maxChars < text.length ? '…' : ''}`
}

/** Index in `text` of the first match of a normalized word, comparing character by character as normalized. */
function foldedIndexOf(text: string, word: string): number {
  let folded = ''
  const map: number[] = []
  for (let index = 0; index < text.length; index++) {
    const part = (text[index] ?? '')
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
    for (let k = 0; k < part.length; k++) map.push(index)
    folded += part
  }
  const found = folded.indexOf(word)
  return found === -1 ? 0 : (map[found] ?? 0)
}

/**
 * A suggestion for a search that found nothing: the longest word of the query that finds something on its own, or
 * the query without its last word. Null when nothing helps.
 */
export function suggestionFor(index: SearchIndex, query: string): { query: string; count: number } | null {
  const words = queryWords(query)
  const tries = new Set<string>()
  if (words.length > 1) tries.add(words.slice(0, -1).join(' '))
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    tries.add(word)
    if (word.length > 4) tries.add(word.slice(0, Math.ceil(word.length * 0.6)))
  }
  for (const attempt of tries) {
    if (attempt === words.join(' ')) continue
    const attemptWords = queryWords(attempt)
    let count = 0
    for (const text of index.texts) if (attemptWords.every((word) => text.includes(word))) count++
    if (count > 0) return { query: attempt, count }
  }
  return null
}
