/**
 * Filters and search, as pure functions over validated events. Search (src/search/searchIndex.ts) ignores case and
 * accents ("garcia harfuch" finds "García Harfuch") and looks at titles, summaries, places, actors, tags and source
 * titles in all three languages.
 */
import {
  matchingIndices,
  normalizeText,
  queryWords,
  searchIndexBuilder,
  type SearchIndex,
  type SearchIndexBuilder,
} from '../search/searchIndex'
import { laneCountryOf, type Lane } from './queries'
import type { Actor, EventRecord, Lang } from './types'

export type Filters = {
  categories: readonly string[]
  actors: readonly string[]
  countries: readonly Lane[]
  statuses: readonly EventRecord['claim']['status'][]
  /** Inclusive date range as UTC ms; null = open. */
  fromMs: number | null
  toMs: number | null
  text: string
}

export const NO_FILTERS: Filters = { categories: [], actors: [], countries: [], statuses: [], fromMs: null, toMs: null, text: '' }

export type Facet = 'categories' | 'actors' | 'countries' | 'statuses'
export const FACETS: readonly Facet[] = ['categories', 'actors', 'countries', 'statuses']

export { normalizeText }

/** What filtering needs to know besides the event: built once per dataset and language. */
export type FilterContext = {
  lang: Lang
  actorCountry: ReadonlyMap<string, string>
  /** The search index over every language (built on the first search, shared by all contexts of the dataset). */
  searchIndex: () => SearchIndex
  /**
   * Starts building the search index in slices between frames (the reader is heading for the search field), so the
   * first search does not wait for a whole build: about 4 s at 100,000 events, in one task. It is not built up front:
   * at that size it takes about 170 MB, for readers who may never search.
   */
  prepareSearch: () => void
  /** The events matching a search text (any language), or null when the text has no words. */
  textMatches: (text: string) => ReadonlySet<EventRecord> | null
}

const indexes = new WeakMap<readonly EventRecord[], SearchIndex>()
const builders = new WeakMap<readonly EventRecord[], SearchIndexBuilder>()
/** A slice of the background build: short enough to leave room for a frame and the reader's input. */
const SLICE_MS = 12

export function makeFilterContext(events: readonly EventRecord[], actors: readonly Actor[], lang: Lang): FilterContext {
  const actorCountry = new Map(actors.map((actor) => [actor.id, actor.country]))
  const builderOf = () => {
    let builder = builders.get(events)
    if (!builder) {
      builder = searchIndexBuilder(events, actors)
      builders.set(events, builder)
    }
    return builder
  }
  const searchIndex = () => {
    let index = indexes.get(events)
    if (!index) {
      // Whatever the background build has not done yet is done now, at once.
      index = builderOf().finish()
      indexes.set(events, index)
    }
    return index
  }
  const prepareSearch = () => {
    if (indexes.has(events) || builders.has(events)) return
    const builder = builderOf()
    const slice = () => {
      if (indexes.has(events)) return // finished by a search meanwhile
      if (builder.step(SLICE_MS)) indexes.set(events, builder.finish())
      else setTimeout(slice, 0)
    }
    setTimeout(slice, 0)
  }
  let lastText: { key: string; set: ReadonlySet<EventRecord> | null } | null = null
  return {
    lang,
    actorCountry,
    searchIndex,
    prepareSearch,
    textMatches: (text) => {
      const key = queryWords(text).join(' ')
      if (lastText?.key === key) return lastText.set
      const index = searchIndex()
      const matches = matchingIndices(index, key)
      const set = matches ? new Set(Array.from(matches, (i) => index.events[i] as EventRecord)) : null
      lastText = { key, set }
      return set
    },
  }
}

export function isFiltering(filters: Filters): boolean {
  return (
    FACETS.some((facet) => filters[facet].length > 0) || filters.fromMs !== null || filters.toMs !== null || filters.text.trim() !== ''
  )
}

/** Does the event pass every filter, except the one facet named in `ignore` (used to count options)? */
export function matchesFilters(event: EventRecord, filters: Filters, context: FilterContext, ignore?: Facet): boolean {
  if (ignore !== 'categories' && filters.categories.length > 0 && !filters.categories.includes(event.category)) return false
  if (ignore !== 'statuses' && filters.statuses.length > 0 && !filters.statuses.includes(event.claim.status)) return false
  if (ignore !== 'actors' && filters.actors.length > 0 && !event.actors.some((actor) => filters.actors.includes(actor)))
    return false
  if (
    ignore !== 'countries' &&
    filters.countries.length > 0 &&
    !filters.countries.includes(laneCountryOf(event, context.actorCountry))
  )
    return false
  if (filters.fromMs !== null && event.when.endMs <= filters.fromMs) return false
  if (filters.toMs !== null && event.when.startMs > filters.toMs) return false
  const matches = context.textMatches(filters.text)
  return matches === null || matches.has(event)
}

/** For each option of a facet, how many events the filters would leave if that option were chosen. */
export function facetCounts(
  events: readonly EventRecord[],
  filters: Filters,
  context: FilterContext,
  facet: Facet,
): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
  for (const event of events) {
    if (!matchesFilters(event, filters, context, facet)) continue
    if (facet === 'categories') add(event.category)
    else if (facet === 'statuses') add(event.claim.status)
    else if (facet === 'countries') add(laneCountryOf(event, context.actorCountry))
    else for (const actor of new Set(event.actors)) add(actor)
  }
  return counts
}

/** Splits text into parts that match the search words and parts that don't, for highlighting as text (never HTML). */
export function highlightParts(text: string, query: string): { text: string; isMatch: boolean }[] {
  const words = queryWords(query)
  if (words.length === 0) return [{ text, isMatch: false }]
  // Normalize character by character so positions in the normalized text map back to the original.
  const map: number[] = []
  let normalized = ''
  for (let index = 0; index < text.length; index++) {
    const folded = text[index]?.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase() ?? ''
    for (let k = 0; k < folded.length; k++) map.push(index)
    normalized += folded
  }
  const marks = new Array<boolean>(text.length).fill(false)
  for (const word of words) {
    let from = normalized.indexOf(word)
    while (from !== -1) {
      for (let k = from; k < from + word.length; k++) marks[map[k] ?? 0] = true
      from = normalized.indexOf(word, from + word.length)
    }
  }
  const parts: { text: string; isMatch: boolean }[] = []
  for (let index = 0; index < text.length; index++) {
    const isMatch = marks[index] ?? false
    const last = parts.at(-1)
    if (last && last.isMatch === isMatch) last.text += text[index] ?? ''
    else parts.push({ text: text[index] ?? '', isMatch })
  }
  return parts
}
