/**
 * The "imported" profile of Frontera's model: what a file someone already has (a TimelineJS sheet, a KML, an ACLED
 * export…) becomes, without invented content. Compared with the curated dataset (src/data/schema.ts, unchanged and as
 * strict as ever): one language (the file's) instead of three, places and sources optional, the claim status always
 * "not assessed", categories/groups/actors/eras taken from the file, and an attribution line for the whole dataset.
 * Dates may be BCE or years 1–999 and keep exactly the precision the file gives.
 */

export type DatePrecision = 'year' | 'month' | 'day'

/** A calendar date as the file gives it. `year` is the historical year: −300 is 300 BCE; there is no year 0. */
export type ImportedDate = {
  year: number
  month?: number
  day?: number
  precision: DatePrecision
}

export type ImportedWhen = {
  start: ImportedDate
  end?: ImportedDate
  qualifier?: 'circa' | 'before' | 'after'
  /** A time of day exactly as the file wrote it ("06:45:56", "10:51:06 UTC"); it never moves the date. */
  time?: string
  endTime?: string
  /** The file's own wording of the date (TimelineJS "Display Date"), kept as text. */
  display?: string
  /** The file gave an instant in UTC (epoch milliseconds, a `Z` time): the date is the UTC calendar day. */
  utc?: boolean
  /** UTC ms of the first day covered (proleptic Gregorian, computed without Date.UTC's 0–99 → 1900s mapping). */
  startMs: number
  /** UTC ms just after the last day covered (exclusive). */
  endMs: number
}

/** How exact a place is. "not given" unless the file says (ACLED geo_precision, GDELT geo type). */
export const IMPORTED_PLACE_PRECISIONS = ['point', 'city', 'state', 'country', 'region', 'not given'] as const
export type ImportedPlacePrecision = (typeof IMPORTED_PLACE_PRECISIONS)[number]

export type ImportedPlace = {
  name?: string
  lat: number
  lon: number
  precision: ImportedPlacePrecision
  /** The file's own precision value, as text ("geo_precision 2"). */
  precisionInFile?: string
}

/** A link found in the file (an href, a URL in the text, a media cell): shown as a link, never embedded or fetched. */
export type ImportedLink = { url: string; label?: string }

export type ImportedEvent = {
  id: string
  /** Where the row is in the file: `line 7`, `events[3]`, `Placemark 7 "title"`. */
  locator: string
  title: string
  /** Plain text; HTML was turned into text and its links into `links`. */
  text: string
  links: ImportedLink[]
  /** The media cell as a link to its site, with its credit and caption as text. */
  media?: { url: string; credit?: string; caption?: string }
  /** Missing: the event is not on the timeline (it stays on the map and in the list). */
  when?: ImportedWhen
  /** Missing: the event is not on the map (it stays on the timeline and in the list). */
  place?: ImportedPlace
  category?: string
  group?: string
  actors: string[]
  tags: string[]
  /** Sources named by the file: a URL when it gives one, otherwise just the name. */
  sources: { name?: string; url?: string }[]
  claim: { status: 'not assessed' }
  /** Other columns of the row kept as text (ACLED fatalities, GDELT codes…). */
  extra?: Record<string, string>
}

export type ImportedEra = { id: string; locator: string; label: string; when: ImportedWhen }

export type ImportedDataset = {
  profile: 'imported'
  version: 1
  /** The name used for `datasets/<name>.json` and `?dataset=`. */
  name: string
  title: string
  /** The title slide's text, when the file has one. */
  intro?: { title: string; text: string; links: ImportedLink[] }
  /** The file's language (BCP 47) when it says or the user chose; "und" when unknown. */
  language: string
  /** Shown with the data in the explorer, the embed, print and citations. */
  attribution: string
  licence?: string
  origin: { fileName: string; format: FormatName; importedAt: string }
  categories: { id: string; label: string }[]
  groups: { id: string; label: string }[]
  actors: { id: string; name: string }[]
  eras: ImportedEra[]
  /** Sorted by start (undated last), then id. */
  events: ImportedEvent[]
}

export type FormatName =
  | 'timelinejs3-json'
  | 'timelinejs2-json'
  | 'timelinejs-csv'
  | 'storymap-json'
  | 'geojson'
  | 'kml'
  | 'acled-csv'
  | 'gdelt-csv'
  | 'csv'
  | 'frontera-json'

export const FORMAT_NAMES: readonly FormatName[] = [
  'timelinejs3-json',
  'timelinejs2-json',
  'timelinejs-csv',
  'storymap-json',
  'geojson',
  'kml',
  'acled-csv',
  'gdelt-csv',
  'csv',
  'frontera-json',
]

export type Severity = 'error' | 'warning' | 'info'

/** One line of the report: a row (or the file), the field, its original value as text, what was done and why. */
export type ReportRow = {
  locator: string
  severity: Severity
  field: string
  value: string
  message: string
  hint?: string
}

export type RowOutcome = 'imported' | 'changed' | 'skipped' | 'title' | 'era'

export type ImportSummary = {
  rowsRead: number
  /** Events imported, with or without changes (`changed` counts the latter). */
  imported: number
  changed: number
  skipped: number
  /** Title slides and era rows: read, used for the dataset's intro and context bands, not events. */
  titleRows: number
  eraRows: number
  notOnMap: number
  notOnTimeline: number
}

/** Which column of a table (by its header) feeds which field; the UI lets the user choose it (import by column). */
export type ColumnMapping = {
  title?: string
  text?: string
  date?: string
  end?: string
  lat?: string
  lon?: string
  place?: string
  category?: string
  group?: string
  actors?: string
  url?: string
  id?: string
}

export const MAPPING_FIELDS = [
  'title',
  'date',
  'end',
  'lat',
  'lon',
  'place',
  'text',
  'category',
  'group',
  'actors',
  'url',
  'id',
] as const satisfies readonly (keyof ColumnMapping)[]

export type ImportReport = {
  summary: ImportSummary
  /** What was detected about the file, for the report's header. */
  file: {
    name: string
    format: FormatName
    encoding?: string
    delimiter?: string
    headerLine?: number
    /** A table read through a column mapping: its columns (by header) and the mapping used. */
    columns?: string[]
    mapping?: ColumnMapping
    /** Day/month order decided for numeric dates, per column. */
    dateOrder?: { column: string; order: 'dmy' | 'mdy'; ambiguous: number; decidedBy: string }[]
  }
  rows: ReportRow[]
  /** Every row read and how it ended, in file order (so the counts can be checked against the rows). */
  outcomes: { locator: string; outcome: RowOutcome }[]
}

export type ImportResult = { dataset: ImportedDataset; report: ImportReport }
