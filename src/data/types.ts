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
  /**
   * An imported row without a usable date (never in the curated dataset): its span is empty and sits after the last
   * dated event, so it sorts last and widens no extent; it is listed and mapped, never drawn on the timeline.
   */
  undated?: true
}

/**
 * How far a claim is established. The curated dataset uses the first five (its schema allows nothing else);
 * "not-assessed" is what every event of an imported file has (src/import/toDataset.ts): nobody checked it here.
 */
export type ClaimStatus = RawEvent['claim']['status'] | 'not-assessed'

/** What an event imported from someone's file keeps of it beyond the curated fields (src/import/toDataset.ts). */
export type ImportedDetails = {
  /** Where the row is in the file: `line 7 "title"`, `events[3]`, `Placemark 7 "title"`. */
  locator: string
  /** The file has no usable date: the event is in the list and on the map, not on the timeline. */
  undated: boolean
  /** The file's own wording of the date, its time of day (as text, never moving the date), and whether it was UTC. */
  display?: string
  time?: string
  endTime?: string
  utc?: boolean
  /** The place precision as the file gives it ("not given" unless it says). */
  placePrecision?: string
  links: readonly { url: string; label?: string }[]
  media?: { url: string; credit?: string; caption?: string }
  /** Sources the file names without a link (ACLED "source"). */
  sourceNames: readonly string[]
  group?: string
  extra?: Readonly<Record<string, string>>
}

/** One dated, placed and sourced entry of the dataset; imported events carry `imported` and may lack places and sources. */
export type EventRecord = Omit<RawEvent, '$schema' | 'date' | 'claim'> & {
  when: DateSpan
  claim: { status: ClaimStatus; note?: LocalizedText }
  imported?: ImportedDetails
}

/**
 * A context band on the timeline: a presidency of the curated data (its country's lane), or an era of an imported
 * file (`lane: 'era'`, drawn in one "Eras" lane; no country, no sources).
 */
export type Period = Omit<RawPeriod, 'start' | 'end'> & { when: DateSpan; lane?: 'era' }

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

/**
 * What the banner says about an imported dataset shown instead of the curated one: the reader's own file kept in this
 * browser ("yours", ?dataset=yours) or a dataset the site publishes (?dataset=<name>).
 */
export type YourDataInfo = {
  kind: 'yours' | 'published'
  /** The file's title slide (TimelineJS, StoryMapJS): its text and links, shown on the card before a selection. */
  intro?: { text: string; links: readonly { url: string; label?: string }[] }
  /** What `?dataset=` says: "yours", or the published dataset's name. */
  name: string
  title: string
  attribution: string
  licence?: string
  fileName: string
  format: string
  /** From the import report, when the app has it ("Your data"; a published dataset comes without it). */
  rowsRead?: number
  imported: number
  skipped?: number
  notOnMap: number
  notOnTimeline: number
}
