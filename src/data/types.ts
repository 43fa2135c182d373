import type { CalendarDate } from './calendarDate'
import type { Actor, Category, RawEvent, RawPeriod, RawStory } from './schema'
import type { LANGS } from './schema'

export type Lang = (typeof LANGS)[number]
export type LocalizedText = Record<Lang, string>
export type { Actor, Category }

/** A validated date: the calendar dates plus numbers computed once at load for sorting and filtering. */
export type DateSpan = {
  start: CalendarDate
  end?: CalendarDate
  qualifier?: 'circa' | 'before' | 'after'
  /** UTC ms of the first day covered. */
  startMs: number
  /** UTC ms just after the last day covered (exclusive). */
  endMs: number
}

/** One curated, dated, placed and sourced entry of the dataset. */
export type EventRecord = Omit<RawEvent, '$schema' | 'date'> & { when: DateSpan }

export type Period = Omit<RawPeriod, 'start' | 'end'> & { when: DateSpan }

export type Dataset = {
  categories: readonly Category[]
  actors: readonly Actor[]
  periods: readonly Period[]
  /** Sorted by start date, then id. */
  events: readonly EventRecord[]
  /** Guided stories (data/stories/), each step checked against the events. */
  stories: readonly Story[]
}

/** A map centre and zoom level a story step may ask for. */
export type MapView = { lat: number; lon: number; zoom: number }

/** One validated story step: an event, a time window, or both, with its note. */
export type StoryStep = {
  eventId?: string
  /** The step's time window (`from` to the end of `to`, end exclusive). */
  window?: { startMs: number; endMs: number }
  map?: MapView
  note: LocalizedText
  presenterNote?: LocalizedText
  /** The moment the step stands at: its event's start, else the end of its window. "Hide later events" hides events starting after it. */
  atMs: number
}

/** A guided narrative through the events, kept as data. */
export type Story = Omit<RawStory, '$schema' | 'steps'> & { steps: readonly StoryStep[] }

/** One thing wrong with the input: where it is, which field, what value, and how to fix it. */
export type Problem = {
  severity: 'error' | 'warning'
  /** The row: `event "2025-02-27-transfer-of-29"` or `events[3]` when it has no usable id. */
  row: string
  /** The field path inside the row, e.g. `places[0].lat`. */
  field: string
  /** The offending value, shortened for display. */
  value: string
  message: string
  hint?: string
}
