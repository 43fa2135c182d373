import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDateSpan } from '../data/formatDate'
import { datasetExtent, eventGroups } from '../data/queries'
import { MESSAGES } from '../i18n/messages'
import { lanesShown } from '../state/selectors'
import { createAppStore } from '../state/store'
import { itemsForWindow } from '../timeline/toTimelineItem'
import { importFile } from './importFile'
import { slug } from './report'
import { importedToDataset, importedToDatasetInSlices, UNCATEGORIZED } from './toDataset'
import type { ImportResult, ImportedDataset } from './types'
import { xmldomParser } from './xmldomParser'

const NOW = new Date('2026-01-01T00:00:00Z')

function run(name: string): ImportResult {
  const bytes = new Uint8Array(readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)))
  return importFile(bytes, { fileName: name, parseXml: xmldomParser, now: NOW })
}

function shown(name: string) {
  const result = run(name)
  return { result, ...importedToDataset(result.dataset) }
}

describe("an imported file's eras", () => {
  it('become context bands in the eras lane, with their dates at their precision', () => {
    const { dataset, dropped } = shown('timelinejs-template.csv')
    expect(dropped).toEqual([])
    expect(dataset.periods).toHaveLength(1)
    expect(dataset.periods[0]).toMatchObject({
      label: { en: 'An era before the common era', es: 'An era before the common era' },
      lane: 'era',
      sources: [],
      when: { start: { year: -299, precision: 'year' }, end: { year: -199, precision: 'year' } },
    })
  })

  it('are checked one by one, like events: a bad one is named and left out', () => {
    const { result } = shown('timelinejs-template.csv')
    const tampered = {
      ...result.dataset,
      eras: [
        ...result.dataset.eras,
        { id: 'x', label: '<b>no date</b>' },
        'not an era',
      ] as unknown as ImportedDataset['eras'],
    }
    const { dataset, dropped } = importedToDataset(tampered)
    expect(dataset.periods).toHaveLength(1)
    expect(dropped.map((d) => d.locator)).toEqual(['eras[1]', 'eras[2]'])
  })
})

describe("an imported file's groups", () => {
  it('are the lanes the timeline starts with; a file without groups starts by category', () => {
    const sheet = shown('timelinejs-template.csv').dataset
    expect(eventGroups(sheet.events)).toEqual(['Ancient', 'People'])
    expect(createAppStore(sheet).getState()).toMatchObject({ laneMode: 'group', defaultLaneMode: 'group' })
    expect(createAppStore(sheet, { laneMode: 'country' }).getState().laneMode).toBe('country')
    const kml = shown('places.kml').dataset
    expect(eventGroups(kml.events)).toEqual([])
    expect(createAppStore(kml).getState().laneMode).toBe('category')
    // A link asking for lanes by group on data without groups gets lanes by category.
    expect(lanesShown(createAppStore(kml, { laneMode: 'group' }).getState())).toBe('category')
    expect(lanesShown(createAppStore(sheet).getState())).toBe('group')
  })
})

describe('an imported file as the app’s dataset (Your data)', () => {
  it.each([
    'timelinejs-template.csv',
    'places.kml',
    'features.geojson',
    'storymap.json',
    'acled-synthetic.csv',
  ])(
    '%s: every imported event is shown, none dropped, in chronological order with the undated last',
    (name) => {
      const { result, dataset, dropped } = shown(name)
      expect(dropped).toEqual([])
      expect(dataset.events).toHaveLength(result.report.summary.imported)
      expect(dataset.events.filter((event) => event.places.length === 0)).toHaveLength(
        result.report.summary.notOnMap,
      )
      expect(dataset.events.filter((event) => event.when.undated)).toHaveLength(
        result.report.summary.notOnTimeline,
      )
      const firstUndated = dataset.events.findIndex((event) => event.when.undated)
      if (firstUndated >= 0)
        expect(dataset.events.slice(firstUndated).every((e) => e.when.undated)).toBe(true)
      for (let i = 1; i < dataset.events.length; i++)
        expect(dataset.events[i]?.when.startMs).toBeGreaterThanOrEqual(
          dataset.events[i - 1]?.when.startMs ?? 0,
        )
      const ids = dataset.events.map((event) => event.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const event of dataset.events) {
        expect(event.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        expect(event.claim.status).toBe('not-assessed')
        expect(dataset.categories.some((category) => category.id === event.category)).toBe(true)
        expect(event.imported?.locator).not.toBe('')
        for (const source of event.sources) expect(source.url).toMatch(/^https?:\/\//)
      }
    },
  )

  it('keeps BCE and years 1–999 as written, with the era, and the file’s title in all three language slots', () => {
    const { dataset } = shown('timelinejs-template.csv')
    const bce = dataset.events.find((event) => event.title.en === 'Year only BCE')
    expect(bce && formatDateSpan(bce.when, 'en')).toBe('300 BC')
    expect(bce && formatDateSpan(bce.when, 'de')).toBe('300 v. Chr.')
    const early = dataset.events.find((event) => event.title.en === 'Month in the year 99')
    expect(early && formatDateSpan(early.when, 'en')).toMatch(/June 99 AD/)
    expect(early?.title).toEqual({
      en: 'Month in the year 99',
      es: 'Month in the year 99',
      de: 'Month in the year 99',
    })
    const withTime = dataset.events.find((event) => event.title.en === 'Day with time')
    expect(withTime?.imported).toMatchObject({ time: '14:30', display: 'December 1815' })
    expect(withTime && formatDateSpan(withTime.when, 'en')).toMatch(/1815/)
  })

  it('puts undated rows after the dated ones without widening the time extent, and never on the timeline', () => {
    const { dataset } = shown('storymap.json')
    const undated = dataset.events.filter((event) => event.when.undated)
    expect(undated.length).toBeGreaterThan(0)
    for (const event of undated) expect(formatDateSpan(event.when, 'es')).toBe('Sin fecha')
    const dated = dataset.events.filter((event) => !event.when.undated)
    const extent = datasetExtent(dataset)
    const lastEnd = Math.max(...dated.map((event) => event.when.endMs))
    expect(extent.endMs).toBeLessThan(lastEnd + 365 * 86_400_000)
    const items = itemsForWindow(
      dataset.events,
      { startMs: extent.startMs, endMs: extent.endMs + 86_400_000 },
      1000,
      0,
      () => 'lane',
      'en',
      MESSAGES.en,
      undated[0],
    )
    const drawn = new Set(items.map((item) => item.id))
    for (const event of undated) expect([...drawn].some((id) => id.includes(event.id))).toBe(false)
    expect(items.length).toBe(dated.length)
  })

  it('keeps the file’s place precision, links, named sources and other columns with the event', () => {
    const acled = shown('acled-synthetic.csv').dataset.events
    const withPrecision = acled.find((event) => event.imported?.placePrecision)
    expect(withPrecision?.imported?.placePrecision).toMatch(/geo_precision|city|region|state/)
    expect(acled.some((event) => (event.imported?.sourceNames.length ?? 0) > 0)).toBe(true)
    expect(acled.some((event) => Object.keys(event.imported?.extra ?? {}).length > 0)).toBe(true)
    const kml = shown('places.kml').dataset.events
    const stamp = kml.find((event) => event.title.en === 'Stamp')
    expect(stamp?.imported?.links.map((link) => link.url)).toContain('https://example.org/68')
  })

  it('makes ids safe and unique, and gives events without a category one', () => {
    expect(slug('Ünïcode Title / 2024')).toBe('unicode-title-2024')
    expect(slug('<script>')).toBe('script')
    expect(slug('!!!')).toBe('')
    const base = run('places.kml').dataset
    const event = base.events[0]
    if (!event) throw new Error('no event')
    const copy = (id: string, extra: object = {}) => ({ ...event, id, ...extra })
    const imported: ImportedDataset = {
      ...base,
      categories: [],
      events: [copy('A b'), copy('a-b'), copy('!!!'), copy('constructor'), copy('__proto__')],
    }
    const { dataset } = importedToDataset(imported)
    // Same date: ordered by id.
    expect(dataset.events.map((e) => e.id)).toEqual(['a-b', 'a-b-2', 'constructor', 'proto', 'row-3'])
    expect(dataset.categories).toContainEqual(UNCATEGORIZED)
  })

  it('sorts a hand-edited file’s events by date, keeps its tags, and keeps undated rows last', () => {
    const base = run('places.kml').dataset
    const reversed: ImportedDataset = {
      ...base,
      events: [...base.events].reverse().map((event) => ({ ...event, tags: ['field-report'] })),
    }
    const { dataset } = importedToDataset(reversed)
    const starts = dataset.events.filter((e) => !e.when.undated).map((e) => e.when.startMs)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(dataset.events.every((event) => event.tags.includes('field-report'))).toBe(true)
  })

  it('leaves out a stored event that fails the imported profile, naming it, and keeps the others', () => {
    const base = run('places.kml').dataset
    const [first, second] = base.events
    if (!first || !second) throw new Error('no events')
    const tampered = { ...second, claim: { status: 'confirmed' }, title: '' }
    const { dataset, dropped } = importedToDataset({
      ...base,
      events: [first, tampered as unknown as typeof second],
    })
    expect(dataset.events.map((event) => event.title.en)).toEqual([first.title])
    expect(dropped).toHaveLength(1)
    expect(dropped[0]?.locator).toBe(second.locator)
  })

  it('gives the same dataset, the same ids and the same left-out rows when converted a slice at a time', async () => {
    // 3,000 rows with a bad one and repeated ids: a budget of 0 ms pauses at every step (every 256 events).
    const lines = ['date,title,category,lat,lon,id']
    for (let row = 0; row < 3000; row++)
      lines.push(
        `20${10 + (row % 15)}-0${1 + (row % 9)}-1${row % 10},Row ${row},kind ${row % 4},${row % 50},-${row % 90},r${row % 1000}`,
      )
    const imported = importFile(new TextEncoder().encode(`${lines.join('\n')}\n`), {
      fileName: 'rows.csv',
      now: NOW,
    }).dataset
    const bad = { ...imported.events[1500], title: '' }
    const tampered = {
      ...imported,
      events: imported.events.map((event, index) => (index === 1500 ? bad : event)),
    }
    const whole = importedToDataset(tampered as typeof imported)
    let finished = false
    const sliced = importedToDatasetInSlices(tampered as typeof imported, 0).then((result) => {
      finished = true
      return result
    })
    // It gives way: a timer set after it started runs before it is done.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(finished).toBe(false)
    const result = await sliced
    expect(result.dataset.events).toHaveLength(2999)
    expect(result).toEqual(whole)
    expect(new Set(result.dataset.events.map((event) => event.id)).size).toBe(2999)
  })
})
