/**
 * GeoJSON (a FeatureCollection, a single Feature, or a bare geometry) and the features KML becomes. Coordinates are
 * [lon, lat]. Times from the properties `time`, `times` (first and last), `start`/`end`, `begin`, `date`,
 * `timestamp`, and KML's TimeStamp/TimeSpan/gx:Track as togeojson writes them; epoch milliseconds are UTC instants.
 */
import { parseDateText, parseEpochMs, type DateFailure, type ParsedDateText } from '../dates'
import { finishRow, placeField, textField, whenField } from '../fields'
import { pointOfGeometry } from '../geometry'
import type { ImportCollector, RowScope } from '../report'
import { plain, safeUrl } from '../text'
import type { ImportedLink, ImportedWhen } from '../types'
import { shortTitle } from './timelinejs'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const TITLE_KEYS = ['name', 'title', 'headline', 'label', 'place']
const TEXT_KEYS = ['description', 'text', 'summary', 'notes', 'popupcontent', 'desc']
const START_KEYS = [
  'time',
  'start',
  'begin',
  'date',
  'timestamp',
  'datetime',
  'when',
  'startdate',
  'start_date',
  'starttime',
]
const END_KEYS = ['end', 'enddate', 'end_date', 'stop', 'endtime']
const LINK_KEYS = ['url', 'link', 'href', 'website', 'source']
const CATEGORY_KEYS = ['category', 'type', 'kind']

function keyOf(properties: Json, candidates: readonly string[]): string | undefined {
  const keys = Object.keys(properties)
  for (const candidate of candidates) {
    const key = keys.find((k) => k.toLowerCase() === candidate)
    if (
      key !== undefined &&
      properties[key] !== null &&
      properties[key] !== '' &&
      properties[key] !== undefined
    )
      return key
  }
  return undefined
}

/** A time value: epoch milliseconds (numbers from 10^11 up), epoch seconds (10^9 to 10^11), a year, or date text. */
export function parseTimeValue(
  value: unknown,
  scope: RowScope,
  field: string,
): ParsedDateText | DateFailure | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number') {
    if (Math.abs(value) >= 1e11) return parseEpochMs(value)
    if (Math.abs(value) >= 1e9) {
      scope.note('info', field, value, 'read as epoch seconds (UTC)')
      return parseEpochMs(value * 1000)
    }
    return parseDateText(String(value))
  }
  if (typeof value === 'string') return parseDateText(value)
  return {
    reason: 'is not a date or a time',
    hint: 'give an ISO date such as 2020-06-01, or epoch milliseconds',
  }
}

export type FeatureContext = {
  /** Time inherited from an enclosing KML Folder, used when the feature has none of its own. */
  inheritedTime?: { begin?: string; end?: string; when?: string }
}

/** Imports one feature as one row (the scope is already open). */
export function importFeature(
  feature: Json,
  scope: RowScope,
  collector: ImportCollector,
  context: FeatureContext = {},
): void {
  const properties = isObject(feature.properties) ? feature.properties : {}
  const titleKey = keyOf(properties, TITLE_KEYS)
  const textKey = keyOf(properties, TEXT_KEYS)
  const title = textField(
    scope,
    titleKey ? `properties.${titleKey}` : 'properties.name',
    titleKey ? properties[titleKey] : '',
  )
  let description: unknown = textKey ? properties[textKey] : ''
  if (isObject(description) && typeof description.value === 'string') description = description.value // KML CDATA html
  const body = textField(scope, textKey ? `properties.${textKey}` : 'properties.description', description)
  const links: ImportedLink[] = [...title.links, ...body.links]
  const linkKey = keyOf(properties, LINK_KEYS)
  const url = linkKey ? safeUrl(properties[linkKey]) : undefined
  if (url) links.push({ url })

  const when = featureWhen(properties, scope, context)

  const point = pointOfGeometry(feature.geometry)
  if (feature.geometry !== null && feature.geometry !== undefined && !point) {
    scope.note(
      'warning',
      'geometry',
      feature.geometry,
      'is not a geometry with coordinates; the row is not on the map',
      'give a Point with [longitude, latitude]',
    )
  }
  if (point?.reduced) scope.note('warning', 'geometry', (feature.geometry as Json).type, point.reduced)
  const placeName = plain(properties.place ?? properties.location ?? '')
  const place = point
    ? placeField(scope, 'geometry.coordinates', point.lat, point.lon, placeName ? { name: placeName } : {})
    : undefined

  const categoryKey = keyOf(properties, CATEGORY_KEYS)
  const category = categoryKey ? plain(properties[categoryKey]) : ''
  const used = new Set(
    [
      titleKey,
      textKey,
      linkKey,
      categoryKey,
      ...START_KEYS,
      ...END_KEYS,
      'times',
      'coordinateproperties',
      'timespan',
      'timestamp',
    ].filter(Boolean),
  )
  const extra: Record<string, string> = {}
  for (const [key, value] of Object.entries(properties)) {
    if (used.has(key.toLowerCase()) || Object.keys(extra).length >= 30) continue
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const text = plain(value)
      if (text !== '' && !/^(styleurl|stylehash|stylemapid|fill|stroke|marker-|icon)/i.test(key))
        extra[key] = text.slice(0, 500)
    }
  }
  const id = typeof feature.id === 'string' || typeof feature.id === 'number' ? String(feature.id) : undefined
  finishRow(collector, scope, {
    ...(id ? { id } : {}),
    title,
    text: body,
    links,
    when,
    place,
    ...(category ? { category } : {}),
    extra,
  })
}

function featureWhen(properties: Json, scope: RowScope, context: FeatureContext): ImportedWhen | undefined {
  // KML via togeojson: TimeSpan → timespan { begin, end }, TimeStamp → timestamp, gx:Track → coordinateProperties.times.
  if (isObject(properties.timespan)) {
    return startEnd(
      scope,
      'TimeSpan/begin',
      properties.timespan.begin,
      'TimeSpan/end',
      properties.timespan.end,
    )
  }
  if (typeof properties.timestamp === 'string' && properties.timestamp !== '') {
    return startEnd(scope, 'TimeStamp/when', properties.timestamp, '', undefined)
  }
  const coordinateTimes = isObject(properties.coordinateProperties)
    ? properties.coordinateProperties.times
    : undefined
  const times = Array.isArray(properties.times)
    ? properties.times
    : Array.isArray(coordinateTimes)
      ? coordinateTimes.flat()
      : undefined
  if (times && times.length > 0) {
    const field = Array.isArray(properties.times) ? 'properties.times' : 'gx:Track/when'
    if (times.length > 1)
      scope.note(
        'info',
        field,
        `${times.length} times`,
        'the first and the last time are the start and the end',
      )
    return startEnd(
      scope,
      `${field}[0]`,
      times[0],
      `${field}[${times.length - 1}]`,
      times.length > 1 ? times[times.length - 1] : undefined,
    )
  }
  const startKey = keyOf(properties, START_KEYS)
  const endKey = keyOf(properties, END_KEYS)
  if (startKey)
    return startEnd(
      scope,
      `properties.${startKey}`,
      properties[startKey],
      `properties.${endKey ?? 'end'}`,
      endKey ? properties[endKey] : undefined,
    )
  const inherited = context.inheritedTime
  if (inherited) {
    scope.note(
      'info',
      'Folder time',
      inherited.when ?? inherited.begin ?? inherited.end,
      'the time of the enclosing folder is used',
    )
    if (inherited.when) return startEnd(scope, 'Folder/TimeStamp/when', inherited.when, '', undefined)
    return startEnd(scope, 'Folder/TimeSpan/begin', inherited.begin, 'Folder/TimeSpan/end', inherited.end)
  }
  return undefined
}

function startEnd(
  scope: RowScope,
  startField: string,
  startValue: unknown,
  endField: string,
  endValue: unknown,
): ImportedWhen | undefined {
  const start = parseTimeValue(startValue, scope, startField)
  const end = parseTimeValue(endValue, scope, endField)
  if (start === undefined) {
    if (end !== undefined)
      scope.note('warning', endField, endValue, 'an end without a start was ignored', 'add the start')
    return undefined
  }
  if ('reason' in start) return whenField(scope, startField, startValue, start)
  let combined: ParsedDateText = start
  if (end !== undefined) {
    if ('reason' in end)
      scope.note('warning', endField, endValue, `${end.reason}; the end was ignored`, end.hint)
    else {
      combined = { ...start, end: end.start }
      if (end.time) combined.endTime = end.time
      if (end.utc) combined.utc = true
    }
  }
  return whenField(scope, startField, startValue, combined)
}

/** A GeoJSON file: FeatureCollection, Feature, or a bare geometry. */
export function importGeoJson(file: Json, collector: ImportCollector): void {
  if (file.type === 'FeatureCollection') {
    const features = Array.isArray(file.features) ? file.features : []
    collector.expectRows(features.length)
    features.forEach((feature: unknown, index) => {
      const prefix = `features[${index}]`
      if (!isObject(feature)) {
        collector.skipRow(prefix, '(row)', feature, 'is not a Feature')
        return
      }
      const properties = isObject(feature.properties) ? feature.properties : {}
      const titleKey = keyOf(properties, TITLE_KEYS)
      const name = titleKey ? plain(properties[titleKey]) : ''
      importFeature(feature, collector.begin(`${prefix}${name ? ` "${shortTitle(name)}"` : ''}`), collector)
    })
    return
  }
  if (file.type === 'Feature') {
    importFeature(file, collector.begin('feature'), collector)
    return
  }
  importFeature({ type: 'Feature', properties: {}, geometry: file }, collector.begin('geometry'), collector)
}
