/**
 * Event tables: ACLED- and GDELT-style exports (presets), and any other CSV/TSV through a column mapping (guessed from
 * the header names, or given). Numeric dates (`03/04/2023`) get one day/month order per column, decided from the
 * rows that prove it and reported with the count of rows that are ambiguous; the caller can switch it.
 */
import type { CsvRow, CsvTable } from '../csv'
import { headerIndex, normalizeHeader } from '../csv'
import {
  decideDayMonthOrder,
  hasNumericDates,
  isFailure,
  makeWhen,
  parseDateText,
  type DayMonthOrder,
} from '../dates'
import { finishRow, placeField, textField, whenField } from '../fields'
import type { ImportCollector, RowScope } from '../report'
import { plain, safeUrl } from '../text'
import { MAPPING_FIELDS } from '../types'
import type {
  ColumnMapping,
  ImportedEvent,
  ImportedLink,
  ImportedPlacePrecision,
  ImportReport,
} from '../types'
import { shortTitle } from './timelinejs'

export type { ColumnMapping }

export type TableOptions = {
  /** Overrides the decided day/month order of every numeric date column. */
  dayMonthOrder?: DayMonthOrder
  mapping?: ColumnMapping
}

type Cells = (name: string | undefined) => string

function cellReader(table: CsvTable, row: CsvRow): Cells {
  const columns = headerIndex(table.header)
  return (name) => {
    if (name === undefined) return ''
    const index = columns.get(normalizeHeader(name))
    return index === undefined ? '' : plain(row.cells[index] ?? '')
  }
}

/** Decides (or takes) the day/month order of a date column, and records it for the report. */
function orderFor(
  table: CsvTable,
  column: string | undefined,
  collector: ImportCollector,
  options: TableOptions,
): DayMonthOrder {
  if (column === undefined) return 'dmy'
  const index = headerIndex(table.header).get(normalizeHeader(column))
  if (index === undefined) return 'dmy'
  const values = table.rows.map((row) => row.cells[index] ?? '')
  if (!hasNumericDates(values)) return 'dmy'
  const decided = decideDayMonthOrder(values)
  const order = options.dayMonthOrder ?? decided.order
  const entry = {
    column,
    order,
    ambiguous: decided.ambiguous,
    decidedBy: options.dayMonthOrder ? 'chosen' : decided.decidedBy,
  }
  const file: ImportReport['file'] = collector.file
  file.dateOrder = [...(file.dateOrder ?? []), entry]
  collector.fileNote(
    decided.ambiguous > 0 ? 'warning' : 'info',
    column,
    order === 'dmy' ? 'day/month/year' : 'month/day/year',
    `numeric dates read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'} (${entry.decidedBy}); ${decided.ambiguous} row(s) could be read either way`,
    'switch the order if this is wrong',
  )
  return order
}

function dateOf(
  scope: RowScope,
  field: string,
  value: string,
  order: DayMonthOrder,
  end?: { field: string; value: string },
) {
  if (value === '') return undefined
  let parsed = parseDateText(value, order)
  if (end && end.value !== '' && !isFailure(parsed)) {
    const endParsed = parseDateText(end.value, order)
    if (isFailure(endParsed))
      scope.note(
        'warning',
        end.field,
        end.value,
        `${endParsed.reason}; the end date was ignored`,
        endParsed.hint,
      )
    else parsed = { ...parsed, end: endParsed.start, ...(endParsed.time ? { endTime: endParsed.time } : {}) }
  }
  return whenField(scope, field, value, parsed)
}

function splitList(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function locatorOf(row: CsvRow, title: string): string {
  return `line ${row.line}${title ? ` "${shortTitle(title)}"` : ''}`
}

// ACLED ---------------------------------------------------------------------------------------------------------------

export function looksLikeAcled(header: readonly string[]): boolean {
  const columns = headerIndex(header)
  return (
    columns.has('eventidcnty') ||
    (columns.has('eventdate') && columns.has('subeventtype') && columns.has('geoprecision'))
  )
}

/** ACLED geo_precision: 1 the town itself, 2 a nearby town for part of a region, 3 the capital of a larger region. */
const ACLED_GEO: Record<string, ImportedPlacePrecision> = { '1': 'city', '2': 'region', '3': 'state' }
const ACLED_USED = new Set([
  'eventidcnty',
  'eventdate',
  'timeprecision',
  'eventtype',
  'subeventtype',
  'actor1',
  'actor2',
  'assocactor1',
  'assocactor2',
  'latitude',
  'longitude',
  'geoprecision',
  'location',
  'notes',
  'source',
  'disordertype',
])

/** ACLED's export layout (event_id_cnty, event_date, time_precision, event_type, …, latitude, longitude, geo_precision). */
export function importAcled(table: CsvTable, collector: ImportCollector, options: TableOptions): void {
  const order = orderFor(table, 'event_date', collector, options)
  for (const row of table.rows) {
    const cell = cellReader(table, row)
    const location = cell('location')
    const subType = cell('sub_event_type') || cell('event_type')
    const titleText = [subType, location].filter(Boolean).join(': ')
    const scope = collector.begin(locatorOf(row, titleText))
    const title = textField(scope, 'sub_event_type, location', titleText)
    const body = textField(scope, 'notes', cell('notes'))
    let when = dateOf(scope, 'event_date', cell('event_date'), order)
    const precision = cell('time_precision')
    if (when && precision === '2') {
      when = { ...when, qualifier: 'circa' }
      scope.note(
        'info',
        'time_precision',
        precision,
        'ACLED time precision 2: within a week of this date, shown as "circa"',
      )
    } else if (
      when &&
      precision === '3' &&
      when.start.precision === 'day' &&
      when.start.month !== undefined
    ) {
      const month = makeWhen({
        start: { year: when.start.year, month: when.start.month, precision: 'month' },
      })
      if (!isFailure(month)) when = month.when
      scope.note(
        'info',
        'time_precision',
        precision,
        'ACLED time precision 3: within this month, so the day is not shown',
      )
    }
    const geo = cell('geo_precision')
    const name = [location, cell('admin1'), cell('country')].filter(Boolean).join(', ')
    const place = placeField(scope, 'latitude, longitude', cell('latitude'), cell('longitude'), {
      ...(name ? { name } : {}),
      precision: ACLED_GEO[geo] ?? 'not given',
      ...(geo ? { precisionInFile: `geo_precision ${geo}` } : {}),
    })
    const actors = [
      cell('actor1'),
      ...splitList(cell('assoc_actor_1')),
      cell('actor2'),
      ...splitList(cell('assoc_actor_2')),
    ].filter(Boolean)
    const extra: Record<string, string> = {}
    table.header.forEach((header) => {
      if (!ACLED_USED.has(normalizeHeader(header)) && cell(header) !== '') extra[header] = cell(header)
    })
    const id = cell('event_id_cnty')
    const category = cell('event_type')
    const group = cell('disorder_type')
    finishRow(collector, scope, {
      ...(id ? { id } : {}),
      title,
      text: body,
      when,
      place,
      ...(category ? { category } : {}),
      ...(group ? { group } : {}),
      actors,
      tags: subType && subType !== category ? [subType] : [],
      sources: splitList(cell('source')).map((source) => ({ name: source })),
      extra,
    })
  }
}

// GDELT ---------------------------------------------------------------------------------------------------------------

/** The 61 tab-separated columns of a GDELT 2.0 event export, which has no header row. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
]

export function looksLikeGdelt(header: readonly string[]): boolean {
  const columns = headerIndex(header)
  return columns.has('globaleventid') || (columns.has('sqldate') && columns.has('actiongeolat'))
}

/** A headerless GDELT 2.0 export: 61 columns, an 8-digit date in the second. */
export function looksLikeHeaderlessGdelt(table: CsvTable): boolean {
  const first = table.rows[0]
  return (
    table.headerLine === 0 &&
    first !== undefined &&
    first.cells.length === GDELT_COLUMNS.length &&
    /^\d{8}$/.test(first.cells[1] ?? '')
  )
}

/** GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
const GDELT_GEO: Record<string, ImportedPlacePrecision> = {
  '1': 'country',
  '2': 'state',
  '3': 'city',
  '4': 'city',
  '5': 'state',
}
const GDELT_EXTRA = [
  'EventCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'DATEADDED',
]

export function importGdelt(input: CsvTable, collector: ImportCollector): void {
  const table = input.headerLine === 0 ? { ...input, header: GDELT_COLUMNS } : input
  if (input.headerLine === 0)
    collector.fileNote(
      'info',
      '(header)',
      '',
      'no header row: the 61 columns of a GDELT 2.0 event export were assumed',
    )
  for (const row of table.rows) {
    const cell = cellReader(table, row)
    const actors = [cell('Actor1Name'), cell('Actor2Name')].filter(Boolean)
    const code = cell('EventCode')
    const titleText = `${actors.join(' – ') || 'Event'}${code ? ` (CAMEO ${code})` : ''}`
    const scope = collector.begin(locatorOf(row, titleText))
    const title = textField(scope, 'Actor1Name, Actor2Name, EventCode', titleText)
    const when = dateOf(scope, 'SQLDATE', cell('SQLDATE'), 'dmy')
    const geo = cell('ActionGeo_Type')
    const name = cell('ActionGeo_FullName')
    const place = placeField(
      scope,
      'ActionGeo_Lat, ActionGeo_Long',
      cell('ActionGeo_Lat'),
      cell('ActionGeo_Long'),
      {
        ...(name ? { name } : {}),
        precision: GDELT_GEO[geo] ?? 'not given',
        ...(geo ? { precisionInFile: `ActionGeo_Type ${geo}` } : {}),
      },
    )
    const url = safeUrl(cell('SOURCEURL'))
    if (cell('SOURCEURL') !== '' && !url)
      scope.note('warning', 'SOURCEURL', cell('SOURCEURL'), 'is not an http(s) link; it was not kept')
    const extra: Record<string, string> = {}
    for (const key of GDELT_EXTRA) if (cell(key) !== '') extra[key] = cell(key)
    const root = cell('EventRootCode')
    const id = cell('GLOBALEVENTID')
    finishRow(collector, scope, {
      ...(id ? { id: `gdelt-${id}` } : {}),
      title,
      text: { text: '', links: [] },
      when,
      place,
      actors,
      ...(root ? { category: `CAMEO ${root}` } : {}),
      sources: url ? [{ url }] : [],
      extra,
    })
  }
}

// Any other table -----------------------------------------------------------------------------------------------------

const GUESSES: Record<keyof ColumnMapping, string[]> = {
  title: ['title', 'headline', 'name', 'event', 'titulo', 'titel', 'label'],
  text: ['description', 'text', 'summary', 'notes', 'details', 'descripcion', 'beschreibung'],
  date: ['date', 'startdate', 'start', 'when', 'eventdate', 'fecha', 'datum', 'day', 'time', 'timestamp'],
  end: ['enddate', 'end', 'until', 'fechafin', 'enddatum'],
  lat: ['latitude', 'lat', 'y', 'latitud', 'breitengrad'],
  lon: ['longitude', 'lon', 'lng', 'long', 'x', 'longitud', 'langengrad'],
  place: ['place', 'location', 'city', 'lugar', 'ort', 'address'],
  category: ['category', 'type', 'eventtype', 'categoria', 'kategorie'],
  group: ['group', 'tag', 'grupo', 'gruppe'],
  actors: ['actors', 'actor', 'who', 'actores', 'akteure'],
  url: ['url', 'link', 'source', 'sourceurl', 'fuente', 'quelle'],
  id: ['id', 'eventid', 'uid'],
}

/** The mapping guessed from the header names (the UI shows it and lets the user change it). */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  const byKey = new Map(header.map((name) => [normalizeHeader(name), name]))
  for (const field of Object.keys(GUESSES) as (keyof ColumnMapping)[]) {
    const found = GUESSES[field].map((candidate) => byKey.get(candidate)).find((name) => name !== undefined)
    if (found !== undefined) mapping[field] = found
  }
  return mapping
}

/**
 * A mapping chosen by the user, kept to the columns the table has (matched as header names are: case, accents and
 * punctuation aside). A field left out is not read, even if a column's name would have suggested it.
 */
function chosenMapping(
  chosen: ColumnMapping,
  header: readonly string[],
  collector: ImportCollector,
): ColumnMapping {
  const columns = headerIndex(header)
  const mapping: ColumnMapping = {}
  // Only the known fields are read from the request: nothing else becomes a key.
  for (const field of MAPPING_FIELDS) {
    const column = chosen[field]
    if (typeof column !== 'string' || column === '') continue
    if (columns.has(normalizeHeader(column))) mapping[field] = column
    else
      collector.fileNote(
        'warning',
        '(columns)',
        `${field}=${column}`,
        'the chosen column is not in the file; the field was left empty',
        'choose one of the columns of the header row',
      )
  }
  return mapping
}

export function importTable(table: CsvTable, collector: ImportCollector, options: TableOptions): void {
  const mapping = options.mapping
    ? chosenMapping(options.mapping, table.header, collector)
    : guessMapping(table.header)
  collector.file.columns = table.header.slice(0, 500)
  collector.file.mapping = mapping
  collector.fileNote(
    'info',
    '(columns)',
    Object.entries(mapping)
      .map(([field, column]) => `${field}=${column}`)
      .join(', '),
    options.mapping ? 'columns mapped as chosen' : 'columns mapped from their names',
    'change the mapping if a column was read as the wrong thing',
  )
  if (mapping.date === undefined && (mapping.lat === undefined || mapping.lon === undefined)) {
    collector.fileNote(
      'error',
      '(columns)',
      table.header.join(', '),
      'no column was recognised as a date or as coordinates',
      'map a date column, or latitude and longitude columns',
    )
  }
  const order = orderFor(table, mapping.date, collector, options)
  for (const row of table.rows) {
    const cell = cellReader(table, row)
    const scope = collector.begin(locatorOf(row, cell(mapping.title)))
    const title = textField(scope, mapping.title ?? 'title', cell(mapping.title))
    const body = textField(scope, mapping.text ?? 'text', cell(mapping.text))
    const when = dateOf(
      scope,
      mapping.date ?? 'date',
      cell(mapping.date),
      order,
      mapping.end ? { field: mapping.end, value: cell(mapping.end) } : undefined,
    )
    const name = cell(mapping.place)
    const place = placeField(
      scope,
      `${mapping.lat ?? 'lat'}, ${mapping.lon ?? 'lon'}`,
      cell(mapping.lat),
      cell(mapping.lon),
      name ? { name } : {},
    )
    const links: ImportedLink[] = []
    const sources: ImportedEvent['sources'] = []
    const urlText = cell(mapping.url)
    if (urlText !== '') {
      const url = safeUrl(urlText)
      if (url) sources.push({ url })
      else if (/^[a-z][a-z0-9+.-]*:/i.test(urlText)) {
        scope.note(
          'warning',
          mapping.url ?? 'url',
          urlText,
          'is a link that is not http(s); it was dropped',
          'only https:// and http:// links are kept',
        )
      } else sources.push({ name: urlText })
    }
    const category = cell(mapping.category)
    const group = cell(mapping.group)
    const id = cell(mapping.id)
    finishRow(collector, scope, {
      ...(id ? { id } : {}),
      title,
      text: body,
      links,
      when,
      place,
      ...(category ? { category } : {}),
      ...(group ? { group } : {}),
      actors: splitList(cell(mapping.actors)),
      sources,
    })
  }
}
