/**
 * The one entry point, the same in the browser, a worker and Node (`npm run import`): bytes or text in, a dataset of
 * the imported profile and its row-by-row report out. Nothing here touches the network or the DOM (KML's XML parser
 * is handed in).
 */
import type { Lang } from '../data/types'
import { parseJsonSafely } from '../data/forbiddenKeys'
import { DELIMITER_NAMES, readCsv, type CsvTable } from './csv'
import { decodeBytes, decodeString, type Decoded } from './encoding'
import { importFronteraCurated, importFronteraImported } from './formats/frontera'
import { importGeoJson } from './formats/geojson'
import { defaultXmlParser, importKml, type XmlParser } from './formats/kml'
import { importStoryMap } from './formats/storymap'
import {
  importAcled,
  importGdelt,
  importTable,
  looksLikeAcled,
  looksLikeGdelt,
  looksLikeHeaderlessGdelt,
  type ColumnMapping,
} from './formats/tables'
import {
  importTimelineJs2,
  importTimelineJs3,
  importTimelineJsCsv,
  looksLikeTimelineJsCsv,
} from './formats/timelinejs'
import { isImportedProfile } from './profile'
import { ImportCollector, slug } from './report'
import { plain } from './text'
import type { FormatName, ImportedDataset, ImportResult } from './types'
import type { DayMonthOrder } from './dates'

export type ImportOptions = {
  fileName: string
  /** Skips detection. */
  format?: FormatName
  /** Needed for KML where there is no DOMParser (Node, a worker): e.g. @xmldom/xmldom's. */
  parseXml?: XmlParser
  dayMonthOrder?: DayMonthOrder
  mapping?: ColumnMapping
  delimiter?: string
  /** The dataset's name (`datasets/<name>.json`); from the file name by default. */
  name?: string
  attribution?: string
  /** Where the file was downloaded from (import by URL): named in the default attribution. */
  sourceUrl?: string
  licence?: string
  /** The file's language (BCP 47), when the user knows it. */
  language?: string
  /** Which of a curated Frontera file's three languages to keep. */
  lang?: Lang
  /** The import time written into the dataset (tests pass a fixed one). */
  now?: Date
  /** Progress, 0–1: reading the table is the first half, importing its rows the second. */
  onProgress?: (done: number) => void
}

const JSON_FORMATS = new Set<FormatName>([
  'timelinejs3-json',
  'timelinejs2-json',
  'storymap-json',
  'geojson',
  'frontera-json',
])
const CSV_FORMATS = new Set<FormatName>(['timelinejs-csv', 'acled-csv', 'gdelt-csv', 'csv'])
const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
])

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Which JSON format a parsed file is, from its shape. */
export function detectJsonFormat(value: unknown): FormatName | undefined {
  if (!isObject(value)) return undefined
  if (isImportedProfile(value)) return 'frontera-json'
  if (isObject(value.storymap) || Array.isArray(value.slides)) return 'storymap-json'
  if (isObject(value.timeline) && (Array.isArray(value.timeline.date) || 'headline' in value.timeline))
    return 'timelinejs2-json'
  if (
    value.type === 'FeatureCollection' ||
    value.type === 'Feature' ||
    GEOMETRY_TYPES.has(String(value.type))
  )
    return 'geojson'
  if (Array.isArray(value.events) && Array.isArray(value.categories) && Array.isArray(value.actors))
    return 'frontera-json'
  if (Array.isArray(value.events) || isObject(value.title)) return 'timelinejs3-json'
  return undefined
}

/** Which table format a CSV is, from its header. */
export function detectTableFormat(table: CsvTable): FormatName {
  if (looksLikeTimelineJsCsv(table.header)) return 'timelinejs-csv'
  if (looksLikeAcled(table.header)) return 'acled-csv'
  if (looksLikeGdelt(table.header) || looksLikeHeaderlessGdelt(table)) return 'gdelt-csv'
  return 'csv'
}

/** Detects the format of a decoded text: XML (KML), JSON by shape, otherwise a table by its header. */
export function detectFormat(text: string, fileName = ''): FormatName {
  const start = text.trimStart().slice(0, 1)
  if (start === '<' || /\.kml$/i.test(fileName)) return 'kml'
  if (start === '{' || start === '[') {
    const { value } = parseJsonSafely(text, fileName)
    return detectJsonFormat(value) ?? 'timelinejs3-json'
  }
  return detectTableFormat(readCsv(text))
}

export function importFile(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const decoded: Decoded = typeof input === 'string' ? decodeString(input) : decodeBytes(input)
  const text = decoded.text
  const format = options.format ?? detectFormat(text, options.fileName)
  const collector = new ImportCollector({ name: options.fileName, format, encoding: decoded.encoding })
  const onProgress = options.onProgress
  if (onProgress)
    collector.onProgress = (done) => {
      onProgress(CSV_FORMATS.has(format) ? 0.5 + done / 2 : done)
    }
  if (decoded.encoding === 'Windows-1252') {
    collector.fileNote(
      'info',
      '(encoding)',
      decoded.encoding,
      'the file is not UTF-8; it was read as Windows-1252',
      'save as UTF-8 to be sure accents come through',
    )
  }
  let fileFields: Partial<ImportedDataset> = {}

  if (format === 'kml') {
    const parseXml = options.parseXml ?? defaultXmlParser()
    if (!parseXml) throw new Error('importFile: no XML parser; pass options.parseXml')
    const title = fileTitle(importKml(text, parseXml, collector).title)
    if (title) fileFields.title = title
  } else if (JSON_FORMATS.has(format)) {
    const { value, problems } = parseJsonSafely(text, options.fileName)
    for (const problem of problems)
      collector.fileNote(problem.severity, problem.field, problem.value, problem.message, problem.hint)
    if (!isObject(value)) {
      if (problems.length === 0)
        collector.fileNote(
          'error',
          '(file)',
          text.slice(0, 40),
          'is not a JSON object',
          'check this is the file you meant',
        )
    } else if (format === 'timelinejs3-json') {
      importTimelineJs3(value, collector)
    } else if (format === 'timelinejs2-json') {
      importTimelineJs2(value, collector)
    } else if (format === 'storymap-json') {
      importStoryMap(value, collector)
    } else if (format === 'geojson') {
      importGeoJson(value, collector)
      const title = isObject(value.metadata) ? fileTitle(value.metadata.title) : undefined
      if (title) fileFields.title = title
    } else {
      fileFields = isImportedProfile(value)
        ? importFronteraImported(value, collector)
        : importFronteraCurated(value, collector, options.lang ?? 'en')
    }
  } else if (CSV_FORMATS.has(format)) {
    const table = readCsv(text, {
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(onProgress
        ? {
            onProgress: (done: number) => {
              onProgress(done / 2)
            },
          }
        : {}),
    })
    collector.expectRows(table.rows.length)
    collector.file.delimiter = DELIMITER_NAMES[table.delimiter] ?? table.delimiter
    collector.file.headerLine = table.headerLine
    for (const row of table.preamble) {
      collector.fileNote(
        'info',
        `line ${row.line}`,
        row.cells.join(' '),
        'above the header row: not read as data',
      )
    }
    const tableOptions = {
      ...(options.dayMonthOrder ? { dayMonthOrder: options.dayMonthOrder } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
    }
    if (format === 'timelinejs-csv') importTimelineJsCsv(table, collector)
    else if (format === 'acled-csv') importAcled(table, collector, tableOptions)
    else if (format === 'gdelt-csv') importGdelt(table, collector)
    else importTable(table, collector, tableOptions)
  }

  if (collector.outcomes.length === 0) {
    collector.fileNote(
      'error',
      '(file)',
      options.fileName,
      'no row could be read from this file',
      'check the format; the report lists what was found',
    )
  }
  onProgress?.(1)
  return { dataset: assemble(collector, options, format, fileFields), report: collector.report() }
}

/** A title the file gives itself (a KML Document's name, GeoJSON metadata): text, at most the profile's 500 characters. */
function fileTitle(value: unknown): string | undefined {
  return plain(value).slice(0, 500) || undefined
}

function assemble(
  collector: ImportCollector,
  options: ImportOptions,
  format: FormatName,
  fields: Partial<ImportedDataset>,
): ImportedDataset {
  const baseName = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
  const title = fields.title ?? (collector.intro?.title || baseName || 'Your data')
  const events = [...collector.events].sort(
    (a, b) =>
      (a.when?.startMs ?? Infinity) - (b.when?.startMs ?? Infinity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const listOf = (values: (string | undefined)[]) => {
    const seen = new Map<string, string>()
    for (const value of values)
      if (value && !seen.has(value)) seen.set(value, slug(value) || `item-${seen.size + 1}`)
    return [...seen.entries()].map(([label, id]) => ({ id, label }))
  }
  const dataset: ImportedDataset = {
    profile: 'imported',
    version: 1,
    name: options.name ?? (slug(baseName) || 'your-data'),
    title,
    language: options.language ?? fields.language ?? 'und',
    attribution:
      options.attribution ??
      fields.attribution ??
      (options.sourceUrl
        ? `${title} — from ${options.sourceUrl}`.slice(0, 1000)
        : `${title} — from the file "${options.fileName}"`),
    origin: { fileName: options.fileName, format, importedAt: (options.now ?? new Date()).toISOString() },
    categories: fields.categories ?? listOf(events.map((event) => event.category)),
    groups: fields.groups ?? listOf(events.map((event) => event.group)),
    actors:
      fields.actors ??
      listOf(events.flatMap((event) => event.actors)).map(({ id, label }) => ({ id, name: label })),
    eras: [...collector.eras].sort((a, b) => a.when.startMs - b.when.startMs),
    events,
  }
  if (collector.intro) dataset.intro = collector.intro
  const licence = options.licence ?? fields.licence
  if (licence) dataset.licence = licence
  return dataset
}
