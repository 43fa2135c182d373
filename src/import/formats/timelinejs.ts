/**
 * Knight Lab's TimelineJS: version 3 JSON (`{ title, events, eras }`), its Google Sheets template exported as CSV
 * ("Year, Month, Day, Time, End Year, …, Headline, Text, Media, …, Type, Group, Background"), and version 2 JSON
 * (`{ timeline: { date: [...], era: [...] } }`). Title slides become the dataset's intro, eras its context bands.
 * Years are as TimelineJS writes them: `-300` is 300 BCE; `"602"` is 602 CE. A `location` (the StoryMapJS hybrid some
 * files use) becomes a place; otherwise TimelineJS rows are not on the map.
 */
import type { CsvTable } from '../csv'
import { headerIndex } from '../csv'
import { dateFromParts, parseDateText, timeFromParts, type DateFailure, type ParsedDateText } from '../dates'
import { finishRow, mediaField, placeField, textField, timeField, whenField } from '../fields'
import type { ImportCollector, RowScope } from '../report'
import { plain } from '../text'
import type { ImportedWhen } from '../types'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A TimelineJS3 date object `{ year, month, day, hour, minute, second, millisecond, display_date }`, or a string. */
function parseTl3Date(value: unknown): ParsedDateText | DateFailure | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') return parseDateText(value)
  if (typeof value === 'number') return parseDateText(String(value))
  if (!isObject(value))
    return { reason: 'is not a date object', hint: 'use { "year": 1848, "month": 6, "day": 1 }' }
  const date = dateFromParts(value.year, value.month, value.day)
  if (date === undefined) return undefined
  if ('reason' in date) return date
  const parsed: ParsedDateText = { start: date }
  const time = timeFromParts(value)
  if (time) parsed.time = time
  return parsed
}

/** Start and end as one span (the end keeps its own precision and time of day). */
function span(
  scope: RowScope,
  start: { field: string; value: unknown; parsed: ParsedDateText | DateFailure | undefined },
  end: { field: string; value: unknown; parsed: ParsedDateText | DateFailure | undefined },
  display?: string,
): ImportedWhen | undefined {
  const startParsed = start.parsed
  if (startParsed === undefined) {
    if (end.parsed !== undefined)
      scope.note(
        'warning',
        end.field,
        end.value,
        'an end date without a start date was ignored',
        'add the start date',
      )
    return undefined
  }
  if ('reason' in startParsed) return whenField(scope, start.field, start.value, startParsed)
  let combined: ParsedDateText = startParsed
  const endParsed = end.parsed
  if (endParsed !== undefined) {
    if ('reason' in endParsed) {
      scope.note(
        'warning',
        end.field,
        end.value,
        `${endParsed.reason}; the end date was ignored`,
        endParsed.hint,
      )
    } else {
      combined = { ...startParsed, end: endParsed.start }
      if (endParsed.time) combined.endTime = endParsed.time
    }
  }
  return whenField(scope, start.field, start.value, combined, display ? { display } : {})
}

function displayDate(scope: RowScope, field: string, value: unknown): string | undefined {
  const text = textField(scope, field, value).text
  return text === '' ? undefined : text
}

/** TimelineJS3 JSON. */
export function importTimelineJs3(file: Json, collector: ImportCollector): void {
  if (isObject(file.title)) {
    const scope = collector.begin('title')
    const text = isObject(file.title.text) ? file.title.text : {}
    const headline = textField(scope, 'title.text.headline', text.headline)
    const body = textField(scope, 'title.text.text', text.text)
    const links = [...headline.links, ...body.links]
    if (isObject(file.title.media)) mediaField(scope, 'title.media', file.title.media, links)
    collector.title({ title: headline.text, text: body.text, links })
  }
  const eras = Array.isArray(file.eras) ? file.eras : []
  eras.forEach((era: unknown, index) => {
    const locator = `eras[${index}]`
    if (!isObject(era)) {
      collector.skipRow(locator, '(row)', era, 'is not an object')
      return
    }
    const scope = collector.begin(locator)
    const label = textField(scope, 'text.headline', isObject(era.text) ? era.text.headline : undefined).text
    const when = span(
      scope,
      { field: 'start_date', value: era.start_date, parsed: parseTl3Date(era.start_date) },
      { field: 'end_date', value: era.end_date, parsed: parseTl3Date(era.end_date) },
    )
    if (!when) {
      collector.skip(
        'start_date',
        era.start_date,
        'an era needs a start date',
        'add start_date { "year": … }',
      )
      return
    }
    collector.era({ label: label || `Era ${index + 1}`, when })
  })
  const events = Array.isArray(file.events) ? file.events : []
  collector.expectRows(events.length)
  events.forEach((event: unknown, index) => {
    if (!isObject(event)) {
      collector.skipRow(`events[${index}]`, '(row)', event, 'is not an object')
      return
    }
    const text = isObject(event.text) ? event.text : {}
    const headline = plain(typeof text.headline === 'string' ? text.headline : '')
    const scope = collector.begin(`events[${index}]${headline ? ` "${shortTitle(headline)}"` : ''}`)
    const title = textField(scope, 'text.headline', text.headline)
    const body = textField(scope, 'text.text', text.text)
    const links = [...title.links, ...body.links]
    const moreText: string[] = []
    const media = isObject(event.media) ? mediaField(scope, 'media', event.media, links, moreText) : undefined
    const startDisplay = isObject(event.start_date) ? event.start_date.display_date : undefined
    const display = displayDate(scope, 'display_date', event.display_date ?? startDisplay)
    const when = span(
      scope,
      { field: 'start_date', value: event.start_date, parsed: parseTl3Date(event.start_date) },
      { field: 'end_date', value: event.end_date, parsed: parseTl3Date(event.end_date) },
      display,
    )
    let place
    if (isObject(event.location)) {
      const name = textField(scope, 'location.name', event.location.name).text
      place = placeField(scope, 'location', event.location.lat, event.location.lon, name ? { name } : {})
    }
    const group = plain(event.group)
    const uniqueId = plain(event.unique_id)
    if (isObject(event.background))
      scope.note('info', 'background', event.background, 'the slide background is not shown')
    finishRow(collector, scope, {
      ...(uniqueId ? { id: uniqueId } : {}),
      title,
      text: body,
      moreText,
      links,
      media,
      when,
      place,
      ...(group ? { group } : {}),
    })
  })
}

/** Columns of the TimelineJS Google Sheets template, by normalised header name. */
const TEMPLATE = [
  'year',
  'month',
  'day',
  'time',
  'endyear',
  'endmonth',
  'endday',
  'endtime',
  'displaydate',
  'headline',
  'text',
  'media',
  'mediacredit',
  'mediacaption',
  'mediathumbnail',
  'type',
  'group',
  'background',
] as const

export function looksLikeTimelineJsCsv(header: readonly string[]): boolean {
  const columns = headerIndex(header)
  return (
    columns.has('year') &&
    columns.has('headline') &&
    (columns.has('endyear') || columns.has('media') || columns.has('type'))
  )
}

/** The TimelineJS spreadsheet template, exported as CSV or TSV. */
export function importTimelineJsCsv(table: CsvTable, collector: ImportCollector): void {
  const columns = headerIndex(table.header)
  const known = new Set<string>(TEMPLATE)
  table.header.forEach((name, index) => {
    const key = [...columns.entries()].find(([, i]) => i === index)?.[0]
    if (name !== '' && key !== undefined && !known.has(key))
      collector.fileNote(
        'info',
        name,
        name,
        'this column is not part of the TimelineJS template and was not imported',
      )
  })
  for (const row of table.rows) {
    const cell = (name: (typeof TEMPLATE)[number]): string => {
      const index = columns.get(name)
      return index === undefined ? '' : (row.cells[index] ?? '').trim()
    }
    const headlineText = plain(cell('headline'))
    const locator = `line ${row.line}${headlineText ? ` "${shortTitle(headlineText)}"` : ''}`
    const type = cell('type').toLowerCase()
    const scope = collector.begin(locator)
    const title = textField(scope, 'Headline', cell('headline'))
    const body = textField(scope, 'Text', cell('text'))
    const links = [...title.links, ...body.links]
    const moreText: string[] = []
    const media = mediaField(
      scope,
      'Media',
      { url: cell('media'), credit: cell('mediacredit'), caption: cell('mediacaption') },
      links,
      moreText,
    )
    const start = csvDate(cell('year'), cell('month'), cell('day'), timeField(scope, 'Time', cell('time')))
    const end = csvDate(
      cell('endyear'),
      cell('endmonth'),
      cell('endday'),
      timeField(scope, 'End Time', cell('endtime')),
    )
    if (type === 'title') {
      collector.title({ title: title.text, text: body.text, links })
      continue
    }
    const display = displayDate(scope, 'Display Date', cell('displaydate'))
    const when = span(
      scope,
      {
        field: 'Year/Month/Day',
        value: [cell('year'), cell('month'), cell('day')].filter(Boolean).join('-'),
        parsed: start,
      },
      {
        field: 'End Year/Month/Day',
        value: [cell('endyear'), cell('endmonth'), cell('endday')].filter(Boolean).join('-'),
        parsed: end,
      },
      display,
    )
    if (type === 'era') {
      if (!when) {
        collector.skip('Year', cell('year'), 'an era needs a start year', 'fill in Year (and End Year)')
        continue
      }
      collector.era({ label: title.text || `Era (line ${row.line})`, when })
      continue
    }
    if (type !== '')
      scope.note(
        'warning',
        'Type',
        type,
        'is not a TimelineJS type (title or era); the row was read as an event',
        'leave Type empty for events',
      )
    const group = plain(cell('group'))
    if (cell('background') !== '')
      scope.note('info', 'Background', cell('background'), 'the slide background is not shown')
    finishRow(collector, scope, {
      title,
      text: body,
      moreText,
      links,
      media,
      when,
      ...(group ? { group } : {}),
    })
  }
}

function csvDate(
  year: string,
  month: string,
  day: string,
  time: string | undefined,
): ParsedDateText | DateFailure | undefined {
  const date = dateFromParts(year, month, day)
  if (date === undefined || 'reason' in date) return date
  const parsed: ParsedDateText = { start: date }
  if (time !== undefined) parsed.time = time
  return parsed
}

/** TimelineJS2 JSON: `{ timeline: { headline, text, asset, date: [...], era: [...] } }`, dates as "2012,1,26". */
export function importTimelineJs2(file: Json, collector: ImportCollector): void {
  const timeline = isObject(file.timeline) ? file.timeline : {}
  {
    const scope = collector.begin('timeline')
    const title = textField(scope, 'timeline.headline', timeline.headline)
    const body = textField(scope, 'timeline.text', timeline.text)
    const links = [...title.links, ...body.links]
    if (isObject(timeline.asset))
      mediaField(
        scope,
        'timeline.asset',
        { url: timeline.asset.media, credit: timeline.asset.credit, caption: timeline.asset.caption },
        links,
      )
    collector.title({ title: title.text, text: body.text, links })
  }
  const eras = Array.isArray(timeline.era) ? timeline.era : []
  eras.forEach((era: unknown, index) => {
    const locator = `timeline.era[${index}]`
    if (!isObject(era)) {
      collector.skipRow(locator, '(row)', era, 'is not an object')
      return
    }
    const scope = collector.begin(locator)
    const label = textField(scope, 'headline', era.headline).text
    const when = span(
      scope,
      { field: 'startDate', value: era.startDate, parsed: parseTl2Date(era.startDate) },
      { field: 'endDate', value: era.endDate, parsed: parseTl2Date(era.endDate) },
    )
    if (!when) {
      collector.skip('startDate', era.startDate, 'an era needs a start date', 'add "startDate": "1848"')
      return
    }
    collector.era({ label: label || `Era ${index + 1}`, when })
  })
  const dates = Array.isArray(timeline.date) ? timeline.date : []
  collector.expectRows(dates.length)
  dates.forEach((event: unknown, index) => {
    if (!isObject(event)) {
      collector.skipRow(`timeline.date[${index}]`, '(row)', event, 'is not an object')
      return
    }
    const headline = plain(typeof event.headline === 'string' ? event.headline : '')
    const scope = collector.begin(`timeline.date[${index}]${headline ? ` "${shortTitle(headline)}"` : ''}`)
    const title = textField(scope, 'headline', event.headline)
    const body = textField(scope, 'text', event.text)
    const links = [...title.links, ...body.links]
    const moreText: string[] = []
    const media = isObject(event.asset)
      ? mediaField(
          scope,
          'asset',
          { url: event.asset.media, credit: event.asset.credit, caption: event.asset.caption },
          links,
          moreText,
        )
      : undefined
    const when = span(
      scope,
      { field: 'startDate', value: event.startDate, parsed: parseTl2Date(event.startDate) },
      { field: 'endDate', value: event.endDate, parsed: parseTl2Date(event.endDate) },
    )
    const tag = plain(event.tag)
    finishRow(collector, scope, {
      title,
      text: body,
      moreText,
      links,
      media,
      when,
      ...(tag ? { group: tag } : {}),
    })
  })
}

/** "2012,1,26", "2012,1,26,14,30", "1848" (TimelineJS2 comma-separated dates), or any date text. */
function parseTl2Date(value: unknown): ParsedDateText | DateFailure | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const text = plain(value)
  if (/^[-+]?\d+(\s*,\s*\d*)*$/.test(text)) {
    const [year, month, day, hour, minute, second] = text.split(',').map((part) => part.trim())
    const date = dateFromParts(year, month, day)
    if (date === undefined || 'reason' in date) return date
    const parsed: ParsedDateText = { start: date }
    const time = timeFromParts({ hour, minute, second })
    if (time) parsed.time = time
    return parsed
  }
  return parseDateText(text)
}

export function shortTitle(text: string): string {
  const single = text
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return single.length > 40 ? `${single.slice(0, 39)}…` : single
}
