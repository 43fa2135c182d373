/**
 * Search across the three languages. Every event is searchable by its title, summary, places and actors in English,
 * Spanish and German, and by its tags and its sources' titles and publishers, whatever the reader's language:
 * `extradición`, `Auslieferung` and `extradition` find the same transfers in every UI language. Accents and case are
 * ignored. Hits are ranked: matches in the reader's language (or in language-neutral fields) first, then by field
 * (title, then places and actors, then summary, then tags and sources), then chronologically.
 *
 * Hand-written rather than a library (see README, "Dependencies"): every word is matched as a substring anywhere in
 * a field, which an inverted index of whole words (MiniSearch, FlexSearch) does not do. Instead, every character and
 * every pair of adjacent characters has a bitset of the events whose text holds it: the bitsets of a word's pairs,
 * ANDed, are the only events worth reading (exactly its events for a word of one or two letters), and narrowing the
 * previous result while the reader types does the rest. Ranking is a pass without allocation over the hits. Per
 * keystroke on 100,000 events: `npm run bench`. About 2 kB in the bundle instead of 7–10 kB.
 */
import { LANGS } from '../data/vocabulary'
import type { Actor, EventRecord, Lang } from '../data/types'

const NON_ASCII = /[\u0080-\uffff]/

/** Typographic apostrophes (‘ ’), which a phone's keyboard types and some texts use, read as the straight one. */
const APOSTROPHES = /[\u2018\u2019]/g
/** Quotation marks of any of the three languages, straight or typographic: a query's words are what they enclose. */
const QUOTATION_MARK = '["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]'
const QUOTATION_MARKS = new RegExp(QUOTATION_MARK, 'g')
/** A text wholly inside one pair of quotation marks (and none between them). */
const ENCLOSED = new RegExp(`^${QUOTATION_MARK}((?:(?!${QUOTATION_MARK}).)+)${QUOTATION_MARK}$`, 's')

/** Lower case, no accents, straight apostrophes, single spaces. */
export function normalizeText(text: string): string {
  // Plain ASCII (most text in English) needs no decomposition: the costly part of this is NFD and the regex.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim()
  // The combining marks NFD splits off Latin letters (é → e + ◌́) are U+0300–U+036F: a plain range is several times
  // faster than /\p{Diacritic}/u.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A query to show inside the interface's own quotation marks: without marks of its own around the whole of it (a
 * search for “El Chapo” reads Search: “El Chapo”, not Search: ““El Chapo””).
 */
export function withoutEnclosingQuotes(query: string): string {
  const text = query.trim()
  return ENCLOSED.exec(text)?.[1]?.trim() || text
}

/**
 * The words of a query, normalized, without quotation marks: “El Chapo”, "El Chapo" and «El Chapo» find what
 * El Chapo finds, whichever marks the text uses.
 */
export function queryWords(query: string): string[] {
  return normalizeText(query.replace(QUOTATION_MARKS, ' ')).split(' ').filter(Boolean)
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
  /**
   * Per text column (each language's own text, and the neutral one): per character and per pair of adjacent
   * characters (spaces and separators excepted), the events whose text in that column holds it.
   */
  grams: Record<Column, Grams>
  /** The last answer, to narrow instead of scanning everything while the reader types. */
  last: { words: string; matches: Uint32Array; perWord: WordColumns[] } | null
}

/** Builds the search text of every event (one normalization per language per event; done on the first search). */
export function buildSearchIndex(events: readonly EventRecord[], actors: readonly Actor[]): SearchIndex {
  return searchIndexBuilder(events, actors).finish()
}

/**
 * The same index, built a slice at a time: `step(budgetMs)` indexes events until the budget is spent and says whether
 * it is done; `finish()` indexes the rest at once and returns the index. At 100,000 events the whole build takes about
 * 4 s, so the app builds it in slices while the reader moves to the search field (src/data/matchesFilters.ts).
 */
export type SearchIndexBuilder = { step: (budgetMs: number) => boolean; finish: () => SearchIndex }

export function searchIndexBuilder(
  events: readonly EventRecord[],
  actors: readonly Actor[],
): SearchIndexBuilder {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]))
  const count = events.length
  const perLang = <T>(make: () => T) => ({ en: make(), es: make(), de: make() }) as Record<Lang, T>
  const own = perLang(() => new Array<string>(count))
  const titleEnd = perLang(() => new Uint32Array(count))
  const whoEnd = perLang(() => new Uint32Array(count))
  const neutral = new Array<string>(count)
  const tagsEnd = new Uint32Array(count)
  const grams: Record<Column, Grams> = {
    en: new Grams(count),
    es: new Grams(count),
    de: new Grams(count),
    neutral: new Grams(count),
  }
  let next = 0
  const indexEvent = (i: number) => {
    const event = events[i]
    if (!event) return
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
      grams[lang].addText(i, text)
    })
    const k = LANGS.length * LANG_FIELDS.length
    const text = normalizeText(`${clean(raw[k])}${SEPARATOR}${clean(raw[k + 1])}`)
    neutral[i] = text
    tagsEnd[i] = text.indexOf(SEPARATOR)
    grams.neutral.addText(i, text)
  }
  let index: SearchIndex | null = null
  return {
    step(budgetMs) {
      const deadline = performance.now() + budgetMs
      // Checking the clock every 64 events: cheap, and a slice overruns its budget by at most about 3 ms at 100k.
      while (next < count) {
        indexEvent(next++)
        if ((next & 63) === 0 && performance.now() >= deadline) break
      }
      return next >= count
    },
    finish() {
      while (next < count) indexEvent(next++)
      index ??= { events, own, titleEnd, whoEnd, neutral, tagsEnd, actorNames, grams, last: null }
      return index
    },
  }
}

/** The texts an event is searched in: its own text in each language, and the language-neutral one. */
type Column = Lang | 'neutral'
const COLUMNS: readonly Column[] = [...LANGS, 'neutral']

/** Per column, the events whose text there may hold the word (exactly those for one or two characters); null: none. */
type WordColumns = Record<Column, Uint32Array | null>

/** For each word, where it may be; and the events that may hold every word somewhere (null: none can). */
function candidatesOf(
  index: SearchIndex,
  words: readonly string[],
): { perWord: WordColumns[]; set: Uint32Array | null; exact: boolean } {
  const perWord: WordColumns[] = []
  let set: Uint32Array | null = null
  let none = false
  for (const word of words) {
    const columns = {} as WordColumns
    let union: Uint32Array | null = null
    for (const column of COLUMNS) {
      const found = index.grams[column].eventsWith(word)
      columns[column] = found
      if (!found) continue
      if (!union) union = found.slice()
      else for (let k = 0; k < union.length; k++) union[k] = (union[k] ?? 0) | (found[k] ?? 0)
    }
    perWord.push(columns)
    if (!union) none = true
    else if (!set) set = union
    else for (let k = 0; k < set.length; k++) set[k] = (set[k] ?? 0) & (union[k] ?? 0)
  }
  return {
    perWord,
    set: none ? null : set,
    exact: words.every((word) => word.length <= 2),
  }
}

const SPACE = 32
const SEPARATOR_CODE = 1
/** Character codes below this are kept in arrays (fast); pairs with any other character go to a Map. */
const TABLE = 128

/**
 * Bitsets over the events (bit i: event i), one per character and one per pair of adjacent characters that occurs
 * in their normalized text. A word's events are among those holding every one of its pairs (ANDed), and for a word of
 * one or two characters they are exactly those: no text to read at all.
 */
export class Grams {
  private readonly size: number
  private readonly single = new Map<number, Uint32Array>()
  private readonly pairTable: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(TABLE * TABLE)
  private readonly pairMap = new Map<number, Uint32Array>()

  constructor(count: number) {
    this.size = Math.ceil(count / 32)
  }

  addText(i: number, text: string): void {
    const word = i >>> 5
    const bit = 1 << (i & 31)
    let previous = SPACE
    for (let p = 0; p < text.length; p++) {
      const code = text.charCodeAt(p)
      if (code === SPACE || code === SEPARATOR_CODE) {
        previous = SPACE
        continue
      }
      orBit(this.setOf(this.single, code), word, bit)
      if (previous !== SPACE) {
        if (previous < TABLE && code < TABLE) {
          const slot = previous * TABLE + code
          let set = this.pairTable[slot]
          if (!set) this.pairTable[slot] = set = new Uint32Array(this.size)
          orBit(set, word, bit)
        } else orBit(this.setOf(this.pairMap, previous * 65536 + code), word, bit)
      }
      previous = code
    }
  }

  private setOf(map: Map<number, Uint32Array>, key: number): Uint32Array {
    let set = map.get(key)
    if (!set) map.set(key, (set = new Uint32Array(this.size)))
    return set
  }

  private pair(a: number, b: number): Uint32Array | undefined {
    return a < TABLE && b < TABLE ? this.pairTable[a * TABLE + b] : this.pairMap.get(a * 65536 + b)
  }

  /**
   * The events whose text may hold the word (a superset: every one of its pairs occurs; exactly its events for one
   * or two characters), as a bitset; null when none can. The bitset may be the index's own: do not change it.
   */
  eventsWith(word: string): Uint32Array | null {
    if (word.length === 1) return this.single.get(word.charCodeAt(0)) ?? null
    let set: Uint32Array | null = null
    for (let p = 1; p < word.length; p++) {
      const part = this.pair(word.charCodeAt(p - 1), word.charCodeAt(p))
      if (!part) return null
      if (!set) set = word.length === 2 ? part : part.slice()
      else for (let k = 0; k < this.size; k++) set[k] = (set[k] ?? 0) & (part[k] ?? 0)
    }
    return set
  }
}

/** Sets a bit in a bitset's 32-bit word. */
function orBit(set: Uint32Array, word: number, bit: number): void {
  set[word] = (set[word] ?? 0) | bit
}

/** Whether bit i of a bitset is set (never, for no bitset). */
function has(set: Uint32Array | null, i: number): boolean {
  return set !== null && ((set[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0
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
  return answerOf(index, queryWords(query))?.matches ?? null
}

/** The matching events and, per word, where it may be (for the ranking); cached as index.last. */
function answerOf(
  index: SearchIndex,
  words: readonly string[],
): { matches: Uint32Array; perWord: WordColumns[] } | null {
  if (words.length === 0) return null
  const key = words.join(' ')
  const last = index.last
  if (last && last.words === key) return last
  const narrowed = last && key.startsWith(last.words) ? last.matches : null
  const { set, exact, perWord } = candidatesOf(index, words)
  let matches: Uint32Array
  if (!set) matches = new Uint32Array(0)
  else {
    const out = new Uint32Array(narrowed ? narrowed.length : index.events.length)
    let count = 0
    const test = (i: number) => {
      if (!has(set, i)) return
      if (!exact)
        for (let w = 0; w < words.length; w++) {
          const where = perWord[w]
          if (!where || !holdsWord(index, i, words[w] ?? '', where)) return
        }
      out[count++] = i
    }
    if (narrowed) for (const i of narrowed) test(i)
    else
      for (let k = 0; k < set.length; k++) {
        let bits = set[k] ?? 0
        while (bits !== 0) {
          const low = bits & -bits
          test(k * 32 + 31 - Math.clz32(low))
          bits ^= low
        }
      }
    matches = out.slice(0, count)
  }
  index.last = { words: key, matches, perWord }
  return index.last
}

/** An event's text in one column. */
function textOf(index: SearchIndex, column: Column, i: number): string {
  return (column === 'neutral' ? index.neutral[i] : index.own[column][i]) ?? ''
}

/** Whether the event's text holds the word, reading only the columns whose bitsets say it may be there. */
function holdsWord(index: SearchIndex, i: number, word: string, where: WordColumns): boolean {
  for (const column of COLUMNS)
    if (has(where[column], i) && textOf(index, column, i).includes(word)) return true
  return false
}

function hasWord(index: SearchIndex, i: number, word: string): boolean {
  return (
    (index.own.en[i] ?? '').includes(word) ||
    (index.own.es[i] ?? '').includes(word) ||
    (index.own.de[i] ?? '').includes(word) ||
    (index.neutral[i] ?? '').includes(word)
  )
}

/** Field weights ×4 (all weights are multiples of 0.25), so ranks are integers. */
const WEIGHT4: Record<SearchField, number> = {
  title: FIELD_WEIGHT.title * 4,
  who: FIELD_WEIGHT.who * 4,
  summary: FIELD_WEIGHT.summary * 4,
  tags: FIELD_WEIGHT.tags * 4,
  sources: FIELD_WEIGHT.sources * 4,
}
const IN_READER_LANG = 1_000_000

/**
 * An event's rank for a reader of `lang`, as an integer: per word, the weight ×4 of the field where it matched best
 * (the reader's language first: title, then places and actors, then summary; else tags or sources; else the best
 * field in another language, at OTHER_LANG_FACTOR), plus IN_READER_LANG when no word matched only in another language
 * (so those always rank first). Without allocating: this runs once per hit on every keystroke.
 */
function rankOf(
  index: SearchIndex,
  i: number,
  words: readonly string[],
  perWord: readonly WordColumns[],
  lang: Lang,
): number {
  let score = 0
  let inReaderLang = true
  for (let w = 0; w < words.length; w++) {
    const word = words[w]
    const where = perWord[w]
    if (word === undefined || where === undefined) continue
    // A column whose bitset says the word cannot be there is not read at all.
    const own = has(where[lang], i) ? ownWeight(index, lang, i, word) : 0
    if (own > 0) {
      score += own
      continue
    }
    const at = has(where.neutral, i) ? (index.neutral[i] ?? '').indexOf(word) : -1
    if (at !== -1) {
      score += at < (index.tagsEnd[i] ?? 0) ? WEIGHT4.tags : WEIGHT4.sources
      continue
    }
    let best = 0
    for (const other of LANGS)
      if (other !== lang && has(where[other], i)) best = Math.max(best, ownWeight(index, other, i, word))
    if (best > 0) {
      score += best * OTHER_LANG_FACTOR
      inReaderLang = false
    }
  }
  return (inReaderLang ? IN_READER_LANG : 0) + Math.round(score)
}

/** The weight ×4 of the field where the word first occurs in an event's text in one language; 0 if it does not. */
function ownWeight(index: SearchIndex, lang: Lang, i: number, word: string): number {
  const at = (index.own[lang][i] ?? '').indexOf(word)
  if (at === -1) return 0
  return at < (index.titleEnd[lang][i] ?? 0)
    ? WEIGHT4.title
    : at < (index.whoEnd[lang][i] ?? 0)
      ? WEIGHT4.who
      : WEIGHT4.summary
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
  const answer = answerOf(index, words)
  if (!answer) return null
  const { matches, perWord } = answer
  // Ranks are few and small (IN_READER_LANG or not, plus at most WEIGHT4.title per word): count the hits per rank in
  // a typed array, then place each hit at its rank's next slot (a counting sort, stable, so dataset order holds
  // inside a rank). No Map, no array per rank, no sort of the hits.
  const span = WEIGHT4.title * words.length + 1
  const compact = new Int32Array(matches.length)
  const slots = new Int32Array(2 * span)
  for (let k = 0; k < matches.length; k++) {
    const rank = rankOf(index, matches[k] ?? 0, words, perWord, lang)
    const c = rank >= IN_READER_LANG ? span + (rank - IN_READER_LANG) : rank
    compact[k] = c
    slots[c] = (slots[c] ?? 0) + 1
  }
  // Counts → first slot of each rank, highest rank first.
  let offset = 0
  for (let c = 2 * span - 1; c >= 0; c--) {
    const count = slots[c] ?? 0
    slots[c] = offset
    offset += count
  }
  const events = index.events
  const ranked = new Array<EventRecord>(matches.length)
  const chronological = new Array<EventRecord>(matches.length)
  for (let k = 0; k < matches.length; k++) {
    const event = events[matches[k] ?? 0] as EventRecord
    chronological[k] = event
    const c = compact[k] ?? 0
    const slot = slots[c] ?? 0
    ranked[slot] = event
    slots[c] = slot + 1
  }
  return { ranked, chronological }
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
 * title (shown anyway) explains the hit, or when nothing matches. The title is shown in two lines at most: a match
 * that may lie beyond them (past TITLE_SURELY_SHOWN characters) is explained by a line of the title itself.
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
  const title = normalized[ownTitle] ?? ''
  // The reader's title is shown anyway: the snippet explains the first word it does not contain.
  const word = words.find((candidate) => !title.includes(candidate))
  if (word === undefined) {
    const late = words.find((candidate) => title.indexOf(candidate) + candidate.length > TITLE_SURELY_SHOWN)
    return late === undefined
      ? null
      : { field: 'title', lang: null, text: excerpt(raw[ownTitle] ?? '', late, maxChars) }
  }
  const k = SEGMENT_ORDER[lang].find((segment) => (normalized[segment] ?? '').includes(word))
  if (k === undefined) return null
  const matched = segmentField(k)
  return {
    field: matched.field,
    lang: matched.lang === lang ? null : matched.lang,
    text: excerpt(raw[k] ?? '', word, maxChars),
  }
}

/**
 * Characters of a title that surely show in a list row's two lines, at the narrowest list (a 320 px embed): about
 * 24 a line.
 */
const TITLE_SURELY_SHOWN = 44
/**
 * Characters before a match that a snippet's line may start with: the line is cut at the row's edge, and its field's
 * name takes up to 45 % of it (list.css), which leaves about 21 characters at 320 px: the match must come early in it.
 */
const SNIPPET_LEAD = 8
/** Characters of a snippet's line that surely show after its field's name: a match ending within them stays put. */
const SNIPPET_SURELY_SHOWN = 20

/**
 * At most maxChars of text from shortly before the first match of the (normalized) word: from the start when the
 * match ends within SNIPPET_SURELY_SHOWN characters of it, else from the first word that starts at most SNIPPET_LEAD
 * characters before the match.
 */
export function excerpt(text: string, word: string, maxChars: number): string {
  const at = foldedIndexOf(text, word)
  let start = 0
  if (at + word.length > SNIPPET_SURELY_SHOWN) {
    const space = text.indexOf(' ', at - SNIPPET_LEAD - 1)
    start = space >= 0 && space < at ? space + 1 : Math.max(0, at - SNIPPET_LEAD)
  }
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
      .replace(APOSTROPHES, "'")
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
