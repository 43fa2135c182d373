/**
 * The shareable part of the state, encoded in the query string: ?event=<id>&lang=es&view=list&from=…&to=…&lanes=…
 * Every parameter is untrusted: each is checked against an allow-list or a pattern, and a bad value falls back to the
 * default with a problem the app can show. Only stable event ids ever appear in links.
 */
import { endMsOf, parseCalendarDate, startMsOf } from '../data/calendarDate'
import type { Dataset, Lang, Problem } from '../data/types'
import { CLAIM_STATUSES, LANGS, showValue } from '../data/vocabulary'
import { isFiltering, type Filters } from '../data/matchesFilters'
import type { Lane } from '../data/queries'
import type { InitialState } from './store'
import { decodeStoryParams, encodeStoryParams, storyVocabulary, type StoryVocabulary } from './storyUrl'
import { isThemeChoice } from './theme'
import type { LaneMode, PanelView, TimeWindow } from './view'

/** `?dataset=yours`: the file imported in this browser ("Your data"), kept in IndexedDB. */
export const YOUR_DATA = 'yours'

const VIEWS: readonly PanelView[] = ['map', 'timeline', 'list']
const LANE_MODES: readonly LaneMode[] = ['category', 'country', 'group']
const MAX_PARAM_LENGTH = 200
const DAY_MS = 86_400_000

/** What a link carries: everything the app can start from except the dataset's problems. */
export type UrlState = Omit<InitialState, 'problems'>

/** The ids a link may name in its filters; anything else is ignored with a notice. */
export type UrlVocabulary = {
  categories: ReadonlySet<string>
  actors: ReadonlySet<string>
  /** Story id → number of steps. */
  stories?: StoryVocabulary
}

const NO_VOCABULARY: UrlVocabulary = { categories: new Set(), actors: new Set() }
const COUNTRIES: readonly Lane[] = ['US', 'MX', 'US-MX', 'other']
const MAX_SEARCH_LENGTH = 100

export function decodeUrlState(
  search: string,
  knownIds: Pick<ReadonlySet<string>, 'has'>,
  vocabulary: UrlVocabulary = NO_VOCABULARY,
): { state: UrlState; problems: Problem[] } {
  const params = new URLSearchParams(search)
  const problems: Problem[] = []
  const state: UrlState = {}
  const reject = (field: string, value: string, message: string) => {
    problems.push({ severity: 'warning', row: 'link', field, value: showValue(value), message })
  }
  const read = (name: string): string | null => {
    const value = params.get(name)
    if (value === null) return null
    if (value.length > MAX_PARAM_LENGTH) {
      reject(name, value, 'is too long and was ignored')
      return null
    }
    return value
  }

  const event = read('event')
  if (event !== null) {
    if (knownIds.has(event)) state.selectedId = event
    else reject('event', event, 'names no event in this dataset; nothing is selected')
  }
  const lang = read('lang')
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang
    else reject('lang', lang, 'is not a supported language (en, es, de)')
  }
  const view = read('view')
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as PanelView
    else reject('view', view, 'is not a view (map, timeline, list)')
  }
  const theme = read('theme')
  if (theme !== null) {
    if (isThemeChoice(theme)) state.theme = theme
    else reject('theme', theme, 'is not a theme (system, light, dark)')
  }
  const lanes = read('lanes')
  if (lanes !== null) {
    if ((LANE_MODES as readonly string[]).includes(lanes)) state.laneMode = lanes as LaneMode
    else reject('lanes', lanes, 'is not a lane mode (category, country, group)')
  }
  const from = read('from')
  const to = read('to')
  if (from !== null || to !== null) {
    const window = decodeWindow(from, to)
    if (window) state.timeWindow = window
    else
      reject(
        'from/to',
        `${from ?? ''}..${to ?? ''}`,
        'is not a time window between 1900 and 2100; showing all time',
      )
  }
  const filters = decodeFilters(read, reject, vocabulary)
  if (filters) state.filters = filters
  Object.assign(state, decodeStoryParams(read, reject, vocabulary.stories ?? new Map()))
  return { state, problems }
}

function decodeFilters(
  read: (name: string) => string | null,
  reject: (field: string, value: string, message: string) => void,
  vocabulary: UrlVocabulary,
): Filters | null {
  const list = <T extends string>(name: string, allowed: (value: string) => boolean): T[] => {
    const value = read(name)
    if (value === null) return []
    const values = value.split(',').filter(Boolean)
    const kept = values.filter((item) => allowed(item)) as T[]
    for (const item of values)
      if (!allowed(item)) reject(name, item, 'is not a known filter value and was ignored')
    return [...new Set(kept)]
  }
  const categories = list('cat', (value) => vocabulary.categories.has(value))
  const actors = list('actor', (value) => vocabulary.actors.has(value))
  const countries = list<Lane>('country', (value) => (COUNTRIES as readonly string[]).includes(value))
  const statuses = list<Filters['statuses'][number]>('status', (value) =>
    (CLAIM_STATUSES as readonly string[]).includes(value),
  )
  let text = read('q') ?? ''
  if (text.length > MAX_SEARCH_LENGTH) {
    reject('q', text, 'is too long and was shortened')
    text = text.slice(0, MAX_SEARCH_LENGTH)
  }
  const since = read('since')
  const until = read('until')
  const fromMs = since === null ? null : dayMs(since)
  const toMs = until === null ? null : dayMs(until)
  if (since !== null && fromMs === null) reject('since', since, 'is not a date between 1900 and 2100')
  if (until !== null && toMs === null) reject('until', until, 'is not a date between 1900 and 2100')
  const filters: Filters = { categories, actors, countries, statuses, fromMs, toMs, text }
  return isFiltering(filters) ? filters : null
}

function dayMs(iso: string): number | null {
  const date = parseCalendarDate(iso)
  return date && date.year >= 1900 && date.year <= 2100 ? startMsOf(date) : null
}

/**
 * `from` and `to` are both inclusive, as in a story step's window: `from=2025-01&to=2025-06` is January to June, and
 * `to=2025-06-30` includes June 30.
 */
function decodeWindow(from: string | null, to: string | null): TimeWindow | null {
  const start = from === null ? null : parseCalendarDate(from)
  const end = to === null ? null : parseCalendarDate(to)
  if (!start || !end || start.year < 1900 || end.year > 2100) return null
  const window = { startMs: startMsOf(start), endMs: endMsOf(end) }
  return window.endMs > window.startMs ? window : null
}

function isoDay(ms: number): string {
  return new Date(Math.round(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10)
}

/** The query string for a state; defaults are left out so links stay short. */
export function encodeUrlState(
  state: Required<Pick<UrlState, 'lang' | 'view' | 'laneMode'>> &
    Omit<UrlState, 'lang' | 'view' | 'laneMode'> & {
      /** The dataset's own lanes (by group for an imported file with groups): left out of the link like a default. */
      defaultLaneMode?: LaneMode
    },
): string {
  const params = new URLSearchParams()
  // An imported dataset stays in the address bar (and in embed links), so a reload opens it again (main.tsx).
  if (state.yourData) params.set('dataset', state.yourData.name)
  if (state.selectedId) params.set('event', state.selectedId)
  if (state.lang !== 'en') params.set('lang', state.lang)
  if (state.view !== 'map') params.set('view', state.view)
  if (state.laneMode !== (state.defaultLaneMode ?? 'category')) params.set('lanes', state.laneMode)
  if (state.theme && state.theme !== 'system') params.set('theme', state.theme)
  if (state.timeWindow) {
    params.set('from', isoDay(state.timeWindow.startMs))
    // The last day the window includes (decodeWindow reads `to` inclusively).
    params.set('to', isoDay(state.timeWindow.endMs - DAY_MS))
  }
  const filters = state.filters
  if (filters) {
    if (filters.categories.length > 0) params.set('cat', filters.categories.join(','))
    if (filters.actors.length > 0) params.set('actor', filters.actors.join(','))
    if (filters.countries.length > 0) params.set('country', filters.countries.join(','))
    if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','))
    if (filters.text.trim() !== '') params.set('q', filters.text)
    if (filters.fromMs !== null) params.set('since', isoDay(filters.fromMs))
    if (filters.toMs !== null) params.set('until', isoDay(filters.toMs))
  }
  encodeStoryParams(params, state)
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function urlVocabulary(dataset: Dataset): UrlVocabulary {
  return {
    categories: new Set(dataset.categories.map((category) => category.id)),
    actors: new Set(dataset.actors.map((actor) => actor.id)),
    stories: storyVocabulary(dataset),
  }
}

/**
 * This page's address with another query (`search`: '' or '?…'), absolute, for the History API and for links. Built
 * from the whole address rather than its path: a path such as `//` would otherwise read as a host-less
 * `//?event=…`, which pushState refuses, so that no selection could be made on a page opened at `https://site//`.
 */
export function pageHrefWith(href: string, search: string, keepHash = true): string {
  const url = new URL(href)
  url.search = search
  if (!keepHash) url.hash = ''
  return url.href
}
