/**
 * The conversions every format shares, each reporting what it did to the row: text (HTML → plain text and links),
 * dates, places and media. A format module reads its own layout and hands the values here.
 */
import { isFailure, makeWhen, type DateFailure, type ParsedDateText } from './dates'
import type { ImportCollector, RowScope } from './report'
import { htmlToText, plain, safeUrl } from './text'
import type {
  ImportedEvent,
  ImportedLink,
  ImportedPlace,
  ImportedPlacePrecision,
  ImportedWhen,
} from './types'

/** A text cell: plain text plus its links; says so when HTML was turned into text or something was dropped. */
export function textField(
  scope: RowScope,
  field: string,
  value: unknown,
): { text: string; links: ImportedLink[] } {
  if (value !== undefined && value !== null && typeof value === 'object') {
    scope.note('warning', field, value, 'is not text; it was left out', 'give plain text or HTML')
    return { text: '', links: [] }
  }
  const result = htmlToText(value)
  if (result.removed.length > 0) {
    scope.note(
      'warning',
      field,
      value,
      `held active content that was removed (${[...new Set(result.removed)].join(', ')})`,
      'nothing in a cell is ever run or embedded; remove it from the source',
    )
  } else if (result.hadHtml) {
    scope.note(
      'info',
      field,
      value,
      `HTML turned into plain text${result.links.length ? ` and ${result.links.length} link(s)` : ''}`,
    )
  }
  return { text: result.text, links: result.links }
}

/** A date result: the span, or a warning saying the row is not on the timeline. */
export function whenField(
  scope: RowScope,
  field: string,
  value: unknown,
  parsed: ParsedDateText | DateFailure | undefined,
  extra: { display?: string } = {},
): ImportedWhen | undefined {
  if (parsed === undefined) return undefined
  if (isFailure(parsed)) {
    scope.note('warning', field, value, `${parsed.reason}; the row is not on the timeline`, parsed.hint)
    return undefined
  }
  let made = makeWhen(parsed, extra)
  if (isFailure(made) && parsed.end) {
    // An end before the start: the start is still good; only the end is dropped.
    scope.note('warning', field, value, `${made.reason}; the end was ignored`, made.hint)
    const { end: _end, endTime: _endTime, ...startOnly } = parsed
    made = makeWhen(startOnly, extra)
  }
  if (isFailure(made)) {
    scope.note('warning', field, value, `${made.reason}; the row is not on the timeline`, made.hint)
    return undefined
  }
  if (made.when.utc) {
    scope.note(
      'info',
      field,
      value,
      'an instant in UTC: the date is its UTC calendar day, the time is kept as text',
    )
  } else if (made.when.time) {
    scope.note('info', field, value, 'the time of day is kept as text; it does not move the date')
  }
  return made.when
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return undefined
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN
}

/**
 * A point from a latitude and a longitude (already in that order: each format knows its own order). Missing, 0,0,
 * unreadable or out-of-range coordinates leave the row off the map, with a warning saying why.
 */
export function placeField(
  scope: RowScope,
  field: string,
  latValue: unknown,
  lonValue: unknown,
  details: { name?: string; precision?: ImportedPlacePrecision; precisionInFile?: string } = {},
): ImportedPlace | undefined {
  const lat = toNumber(latValue)
  const lon = toNumber(lonValue)
  const shown = { lat: latValue, lon: lonValue }
  if (lat === undefined && lon === undefined) return undefined
  if (
    lat === undefined ||
    lon === undefined ||
    Number.isNaN(lat) ||
    Number.isNaN(lon) ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon)
  ) {
    scope.note(
      'warning',
      field,
      shown,
      'is not a pair of numbers; the row is not on the map',
      'give latitude and longitude as decimal degrees',
    )
    return undefined
  }
  if (lat === 0 && lon === 0) {
    scope.note(
      'warning',
      field,
      shown,
      '0,0 is taken as a missing place (it is in the ocean off West Africa); the row is not on the map',
      'fill in the real coordinates or leave them empty',
    )
    return undefined
  }
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
    const swapped = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180
    scope.note(
      'warning',
      field,
      shown,
      `${lat < -90 || lat > 90 ? 'latitude is outside -90…90' : 'longitude is outside -180…180'}; the row is not on the map`,
      swapped ? 'latitude and longitude look swapped: exchange them in the source' : 'check the coordinates',
    )
    return undefined
  }
  const place: ImportedPlace = { lat, lon, precision: details.precision ?? 'not given' }
  if (details.name) place.name = details.name
  if (details.precisionInFile) place.precisionInFile = details.precisionInFile
  return place
}

/** A media cell (an image, a video, a tweet, an embed code): a link to its site, never embedded. */
export function mediaField(
  scope: RowScope,
  field: string,
  media: { url?: unknown; credit?: unknown; caption?: unknown },
  links: ImportedLink[],
  texts: string[] = [],
): ImportedEvent['media'] {
  const raw = plain(media.url)
  const credit = media.credit === undefined ? undefined : textField(scope, `${field}.credit`, media.credit)
  const caption =
    media.caption === undefined ? undefined : textField(scope, `${field}.caption`, media.caption)
  for (const part of [credit, caption]) if (part) links.push(...part.links)
  if (raw === '') return undefined
  let url = safeUrl(raw)
  if (url === undefined && /^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    scope.note(
      'warning',
      `${field}.url`,
      raw,
      'is a link that is not http(s); it was dropped',
      'only https:// and http:// links are kept',
    )
    return undefined
  }
  if (url === undefined) {
    // An embed code or a quote: keep its text and links, say nothing was embedded.
    const asText = textField(scope, `${field}.url`, raw)
    links.push(...asText.links)
    url = asText.links[0]?.url
    if (url === undefined) {
      if (asText.text !== '') {
        texts.push(asText.text)
        scope.note('info', `${field}.url`, raw, 'is text, not a link (a quote?): it was added to the text')
      } else {
        scope.note(
          'warning',
          `${field}.url`,
          raw,
          'is not an http(s) link; it was not kept as media',
          'give a link to the media’s page',
        )
      }
      return undefined
    }
  } else {
    scope.note('info', `${field}.url`, raw, 'media kept as a link to its site (never embedded or fetched)')
  }
  const result: NonNullable<ImportedEvent['media']> = { url }
  if (credit?.text) result.credit = credit.text
  if (caption?.text) result.caption = caption.text
  return result
}

/** A time of day as written ("14:30", "6:45:56", "2 pm"); anything else is dropped with a warning. */
export function timeField(scope: RowScope, field: string, value: string): string | undefined {
  const text = value.trim()
  if (text === '') return undefined
  if (/^\d{1,2}(:\d{2}){0,2}([.,]\d{1,3})?\s*([ap]\.?m\.?)?$/i.test(text)) return text
  scope.note(
    'warning',
    field,
    value,
    'is not a time of day; it was left out',
    'write it as HH:MM or HH:MM:SS',
  )
  return undefined
}

export type Draft = {
  id?: string
  title: { text: string; links: ImportedLink[] }
  text: { text: string; links: ImportedLink[] }
  /** More paragraphs for the text (a quote given in a media cell). */
  moreText?: string[]
  links?: ImportedLink[]
  media?: ImportedEvent['media']
  when?: ImportedWhen | undefined
  place?: ImportedPlace | undefined
  category?: string
  group?: string
  actors?: string[]
  tags?: string[]
  sources?: ImportedEvent['sources']
  extra?: Record<string, string>
}

/**
 * Closes a row as an event, or skips it when it has neither a usable date nor a place (it could be shown nowhere but
 * the list, and the report explains why). A row with no headline takes the first words of its text.
 */
export function finishRow(
  collector: ImportCollector,
  scope: RowScope,
  draft: Draft,
): ImportedEvent | undefined {
  if (!draft.when && !draft.place) {
    collector.skip(
      '(row)',
      '',
      'it has no usable date and no place, so it can be shown neither on the timeline nor on the map',
      'add a date or coordinates',
    )
    return undefined
  }
  let title = draft.title.text.replace(/\s+/g, ' ').trim()
  if (title === '') {
    const words = draft.text.text.replace(/\s+/g, ' ').trim()
    title = words.length > 80 ? `${words.slice(0, 79)}…` : words
    if (title === '') title = scope.locator
    scope.note(
      'info',
      'title',
      '',
      `has no headline; "${title}" is shown instead`,
      'add a headline to the source',
    )
  }
  if (!draft.place)
    scope.note('info', 'place', '', 'has no place: it is on the timeline and in the list, not on the map')
  if (!draft.when)
    scope.note('info', 'date', '', 'has no date: it is on the map and in the list, not on the timeline')
  const links = dedupe([...draft.title.links, ...draft.text.links, ...(draft.links ?? [])])
  // Short labels (a category, a group, an actor, a place's name) are text too: any markup in them is taken out.
  const label = (field: string, value: string): string => {
    if (!/[<&]/.test(value)) return value
    const result = htmlToText(value)
    if (result.removed.length > 0 || result.text !== value) {
      scope.note(
        'warning',
        field,
        value,
        'held markup; it was turned into plain text',
        'labels are plain text',
      )
    }
    return result.text
  }
  if (draft.category) draft.category = label('category', draft.category)
  if (draft.group) draft.group = label('group', draft.group)
  if (draft.place?.name) draft.place = { ...draft.place, name: label('place.name', draft.place.name) }
  const actors = (draft.actors ?? [])
    .map((actor, index) => label(`actors[${index}]`, actor))
    .filter((a) => a !== '')
  const tags = (draft.tags ?? [])
    .map((tag, index) => label(`tags[${index}]`, tag))
    .filter((tag) => tag !== '')
  const sources = (draft.sources ?? []).map((source, index) =>
    source.name === undefined ? source : { ...source, name: label(`sources[${index}]`, source.name) },
  )
  if (draft.extra) {
    for (const [key, value] of Object.entries(draft.extra)) draft.extra[key] = label(key, value)
  }
  const event: Parameters<ImportCollector['event']>[0] = {
    title,
    text: [draft.text.text, ...(draft.moreText ?? [])].filter((part) => part !== '').join('\n'),
    links,
    actors,
    tags,
    sources,
  }
  if (draft.id) event.id = draft.id
  if (draft.media) event.media = draft.media
  if (draft.when) event.when = draft.when
  if (draft.place) event.place = draft.place
  if (draft.category) event.category = draft.category
  if (draft.group) event.group = draft.group
  if (draft.extra && Object.keys(draft.extra).length > 0) event.extra = draft.extra
  return collector.event(event)
}

function dedupe(links: ImportedLink[]): ImportedLink[] {
  const seen = new Set<string>()
  return links.filter((link) => (seen.has(link.url) ? false : (seen.add(link.url), true)))
}
