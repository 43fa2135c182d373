import type { CalendarDate } from './calendarDate'
import type { Actor, Category, RawEvent, RawPeriod } from './schema'
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
}

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
