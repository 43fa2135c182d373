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

const NON_ASCII = /[\u0080-\uffff]/

/** Lower case, no accents, single spaces. */
export function normalizeText(text: string): string {
  // Plain ASCII (most text in English) needs no decomposition: the costly part of this is NFD and the regex.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim()
  // The combining marks NFD splits off Latin letters (é → e + ◌́) are U+0300–U+036F: a plain range is several times
  // faster than /\p{Diacritic}/u.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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
  /** Per language, per event: its title, places and actors, and summary, normalized, separated by \u0001. */
  own: Record<Lang, readonly string[]>
  /** Per language, per event: where the title and the places-and-actors parts end in `own`. */
  titleEnd: Record<Lang, Uint32Array>
  whoEnd: Record<Lang, Uint32Array>
  /** Per event: its tags, then its sources' titles and publishers, normalized, separated by \u0001. */
  neutral: readonly string[]
  tagsEnd: Uint32Array
  actorNames: ReadonlyMap<string, Record<Lang, string>>
  /** The last answer, to narrow instead of scanning everything while the reader types. */
  last: { words: string; matches: Uint32Array } | null
}

/** Builds the search text of every event (one normalization per language per event; done on the first search). */
export function buildSearchIndex(events: readonly EventRecord[], actors: readonly Actor[]): SearchIndex {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]))
  const count = events.length
  const perLang = <T>(make: () => T) => ({ en: make(), es: make(), de: make() }) as Record<Lang, T>
  const own = perLang(() => new Array<string>(count))
  const titleEnd = perLang(() => new Uint32Array(count))
  const whoEnd = perLang(() => new Uint32Array(count))
  const neutral = new Array<string>(count)
  const tagsEnd = new Uint32Array(count)
  events.forEach((event, i) => {
    const raw = rawSegments(event, actorNames)
    LANGS.forEach((lang, l) => {
      const k = l * LANG_FIELDS.length
      const text = normalizeText(
        `${clean(raw[k])}${SEPARATOR}${clean(raw[k + 1])}${SEPARATOR}${clean(raw[k + 2])}`,
      )
      own[lang][i] = text
      const first = text.indexOf(SEPARATOR)
      titleEnd[lang][i] = first
      whoEnd[lang][i] = text.indexOf(SEPARATOR, first + 1)
    })
    const k = LANGS.length * LANG_FIELDS.length
    const text = normalizeText(`${clean(raw[k])}${SEPARATOR}${clean(raw[k + 1])}`)
    neutral[i] = text
    tagsEnd[i] = text.indexOf(SEPARATOR)
  })
  return { events, own, titleEnd, whoEnd, neutral, tagsEnd, actorNames, last: null }
}

/** Text without the separator (so no word can span two parts). */
function clean(text: string | undefined): string {
  return (text ?? '').replaceAll(SEPARATOR, ' ')
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
  const total = index.events.length
  const out = new Uint32Array(candidates ? candidates.length : total)
  let count = 0
  const test = (i: number) => {
    for (const word of words) if (!hasWord(index, i, word)) return
    out[count++] = i
  }
  if (candidates) for (const i of candidates) test(i)
  else for (let i = 0; i < total; i++) test(i)
  const matches = out.slice(0, count)
  index.last = { words: key, matches }
  return matches
}

function hasWord(index: SearchIndex, i: number, word: string): boolean {
  return (
    (index.own.en[i] ?? '').includes(word) ||
    (index.own.es[i] ?? '').includes(word) ||
    (index.own.de[i] ?? '').includes(word) ||
    (index.neutral[i] ?? '').includes(word)
  )
}

/**
 * Where a word matched best in one event, for a reader of `lang`: the first match in their language (title, then
 * places and actors, then summary: the order of the text), else in tags or sources, else in another language.
 */
export function bestMatch(index: SearchIndex, i: number, word: string, lang: Lang): MatchedField | null {
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
    if (found && (!best || FIELD_WEIGHT[found.field] > FIELD_WEIGHT[best.field])) best = found
  }
  return best
}

export type RankedHits = {
  /** Matching events in rank order (reader's language first, then score, then date). */
  ranked: readonly EventRecord[]
  /** The same events in dataset (chronological) order, for the map and the timeline. */
  chronological: readonly EventRecord[]
}

/**
 * The events matching the query, ranked for a reader of `lang`, or null when the query has no words. Ranks are few
 * (sums of field weights), so hits are put in buckets by rank in one pass, keeping date order inside each: no sort
 * of 100,000 hits on the first keystroke.
 */
export function search(index: SearchIndex, query: string, lang: Lang): RankedHits | null {
  const words = queryWords(query)
  const matches = matchingIndices(index, query)
  if (!matches) return null
  const buckets = new Map<number, number[]>()
  for (const i of matches) {
    let score = 0
    let inReaderLang = true
    for (const word of words) {
      const match = bestMatch(index, i, word, lang)
      if (!match) continue
      score += weightOf(match, lang)
      if (match.lang !== null && match.lang !== lang) inReaderLang = false
    }
    // Weights are multiples of 0.25: ×4 makes the rank an integer; the reader's language always ranks first.
    const rank = (inReaderLang ? 1_000_000 : 0) + Math.round(score * 4)
    let bucket = buckets.get(rank)
    if (!bucket) buckets.set(rank, (bucket = []))
    bucket.push(i)
  }
  const events = index.events
  const ranked: EventRecord[] = []
  for (const rank of [...buckets.keys()].sort((a, b) => b - a))
    for (const i of buckets.get(rank) ?? []) ranked.push(events[i] as EventRecord)
  return { ranked, chronological: Array.from(matches, (i) => events[i] as EventRecord) }
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
  maxChars = 80,
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
  // The match near the start: the line is cut at the row's edge, so what follows it may not show.
  const start = Math.max(0, Math.min(at - 12, text.length - maxChars))
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
    for (let i = 0; i < index.events.length; i++)
      if (attemptWords.every((word) => hasWord(index, i, word))) count++
    if (count > 0) return { query: attempt, count }
  }
  return null
}
