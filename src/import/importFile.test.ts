import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile, type ImportOptions } from './importFile'
import { importedDatasetFileSchema, importedEventSchema } from './profile'
import { reportToCsv, summaryLine } from './report'
import type { ImportResult, ImportedEvent } from './types'
import { xmldomParser } from './xmldomParser'

const NOW = new Date('2026-01-01T00:00:00Z')

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)))
}

function run(name: string, options: Partial<ImportOptions> = {}): ImportResult {
  return importFile(fixture(name), { fileName: name, parseXml: xmldomParser, now: NOW, ...options })
}

/** Every row read is accounted for exactly once, and the summary matches the dataset. */
function expectAccounted({ dataset, report }: ImportResult): void {
  const s = report.summary
  expect(s.imported + s.skipped + s.titleRows + s.eraRows).toBe(s.rowsRead)
  expect(s.rowsRead).toBe(report.outcomes.length)
  expect(dataset.events).toHaveLength(s.imported)
  expect(dataset.eras).toHaveLength(s.eraRows)
  expect(dataset.events.filter((e) => !e.place)).toHaveLength(s.notOnMap)
  expect(dataset.events.filter((e) => !e.when)).toHaveLength(s.notOnTimeline)
  for (const outcome of report.outcomes) expect(outcome.locator).not.toBe('')
  // Every skipped row says why, on its own locator.
  for (const skipped of report.outcomes.filter((o) => o.outcome === 'skipped')) {
    expect(report.rows.some((r) => r.locator === skipped.locator && r.severity === 'error')).toBe(true)
  }
  for (const event of dataset.events) {
    expect(event.claim.status).toBe('not assessed')
    expect(importedEventSchema.safeParse(event).success).toBe(true)
  }
  expect(importedDatasetFileSchema.safeParse(dataset).success).toBe(true)
}

function byTitle(result: ImportResult, title: string): ImportedEvent {
  const event = result.dataset.events.find((e) => e.title === title)
  if (!event) throw new Error(`no event "${title}"`)
  return event
}

describe('TimelineJS sheet template (CSV)', () => {
  const result = run('timelinejs-template.csv')

  it('is detected, reads the title row and the era row, and accounts for every row', () => {
    expect(result.report.file).toMatchObject({
      format: 'timelinejs-csv',
      delimiter: 'comma',
      headerLine: 1,
      encoding: 'UTF-8',
    })
    expect(result.report.summary).toMatchObject({
      rowsRead: 9,
      titleRows: 1,
      eraRows: 1,
      imported: 5,
      skipped: 2,
    })
    expect(result.dataset.intro).toEqual({
      title: 'A test timeline',
      text: "Made up for Frontera's tests, with a link.",
      links: [{ url: 'https://example.org/about', label: 'a link' }],
    })
    expect(result.dataset.eras[0]).toMatchObject({
      label: 'An era before the common era',
      when: { start: { year: -300 }, end: { year: -200 } },
    })
    expectAccounted(result)
  })

  it('keeps BCE, years 1–999, precision, the time of day and the display date', () => {
    expect(byTitle(result, 'Year only BCE').when?.start).toEqual({ year: -300, precision: 'year' })
    expect(byTitle(result, 'Month in the year 99').when?.start).toEqual({
      year: 99,
      month: 6,
      precision: 'month',
    })
    const withTime = byTitle(result, 'Day with time')
    expect(withTime.when).toMatchObject({
      start: { year: 1815, month: 12, day: 10, precision: 'day' },
      end: { year: 1852, month: 11, day: 27 },
      time: '14:30',
      display: 'December 1815',
    })
    expect(withTime.text).toBe('Line one\nLine two & more')
    expect(withTime.media).toEqual({
      url: 'https://example.org/image.jpg',
      credit: 'Credit bold',
      caption: 'A caption',
    })
    expect(withTime.group).toBe('People')
    expect(result.dataset.groups.map((g) => g.label)).toEqual(['Ancient', 'People'])
  })

  it('skips impossible dates and dates without a year, naming the line', () => {
    const skipped = result.report.outcomes.filter((o) => o.outcome === 'skipped').map((o) => o.locator)
    expect(skipped).toEqual(['line 7 "Impossible day"', 'line 8 "No year"'])
    const noYear = result.report.rows.find(
      (r) => r.locator === 'line 8 "No year"' && r.field === 'Year/Month/Day',
    )
    expect(noYear?.value).toBe('5-3')
    expect(noYear?.message).toContain('no year')
  })

  it('drops a <script> media cell and keeps a quoted media cell as text', () => {
    const script = byTitle(result, 'Script in the media cell')
    expect(script.media).toBeUndefined()
    expect(JSON.stringify(script)).not.toContain('alert')
    expect(result.report.rows.some((r) => r.field === 'Media.url' && r.message.includes('(script)'))).toBe(
      true,
    )
    expect(byTitle(result, 'Quote in the media cell').text).toBe('Text\nA quoted line.\nSomeone')
  })
})

describe('TimelineJS3 JSON', () => {
  const result = run('timelinejs3.json')
  it('reads the title, eras and events with their dates, and keeps a location', () => {
    expect(result.report.file.format).toBe('timelinejs3-json')
    expect(result.report.summary).toMatchObject({
      rowsRead: 11,
      titleRows: 1,
      eraRows: 1,
      imported: 6,
      skipped: 3,
    })
    expect(result.dataset.title).toBe('TL3 test')
    expect(byTitle(result, 'Three-digit year').when).toMatchObject({
      start: { year: 602 },
      end: { year: 629 },
    })
    expect(byTitle(result, '300 BCE in March').when?.start).toEqual({
      year: -300,
      month: 3,
      precision: 'month',
    })
    expect(byTitle(result, 'Time of day').when).toMatchObject({
      start: { year: 1900, month: 1, day: 6 },
      time: '06:45:56',
      display: 'Early January',
    })
    const hybrid = byTitle(result, 'Hybrid with a location')
    expect(hybrid).toMatchObject({
      id: 'sf-1960',
      group: 'West',
      place: { lat: 37.77, lon: -122.42, name: 'San Francisco', precision: 'not given' },
    })
    expectAccounted(result)
  })

  it('keeps the start when the end is before it, and a place-only row off the timeline', () => {
    expect(byTitle(result, 'Ends before it starts').when?.end).toBeUndefined()
    expect(byTitle(result, 'Ends before it starts').when?.start.year).toBe(1950)
    const placeOnly = byTitle(result, 'No year, but a place')
    expect(placeOnly.when).toBeUndefined()
    expect(placeOnly.place).toMatchObject({ lat: 40.7, lon: -74 })
  })
})

describe('TimelineJS2 JSON', () => {
  it('reads comma-separated dates, the era and the title', () => {
    const result = run('timelinejs2.json')
    expect(result.report.file.format).toBe('timelinejs2-json')
    expect(result.report.summary).toMatchObject({ rowsRead: 5, titleRows: 1, eraRows: 1, imported: 3 })
    expect(byTitle(result, 'Two days').when).toMatchObject({
      start: { year: 2012, month: 1, day: 26 },
      end: { day: 27 },
    })
    expect(byTitle(result, 'Two days').group).toBe('A')
    expect(byTitle(result, 'With a time').when).toMatchObject({ start: { day: 10 }, time: '07:02:10' })
    expectAccounted(result)
  })
})

describe('StoryMapJS', () => {
  it('reads slides with a place and a free-text date; the overview is the title slide', () => {
    const result = run('storymap.json')
    expect(result.report.summary).toMatchObject({
      rowsRead: 5,
      titleRows: 1,
      imported: 3,
      skipped: 1,
      notOnTimeline: 1,
    })
    expect(result.dataset.intro?.title).toBe('Overview sub')
    expect(byTitle(result, '1790').place).toEqual({
      name: 'Kent County',
      lat: 39.275,
      lon: -76.18667,
      precision: 'not given',
    })
    expect(byTitle(result, 'A range').when).toMatchObject({
      start: { year: 1790 },
      end: { year: 1800 },
      display: '1790 – 1800',
    })
    expectAccounted(result)
  })

  it('refuses image-map (zoomify) coordinates clearly, slide by slide', () => {
    const result = run('storymap-zoomify.json')
    expect(result.report.summary).toMatchObject({ rowsRead: 2, imported: 0, skipped: 2 })
    expect(result.report.rows[0]).toMatchObject({ locator: '(file)', severity: 'error' })
    expect(result.report.rows[0]?.message).toContain('zoomify')
    expectAccounted(result)
  })
})

describe('GeoJSON', () => {
  const result = run('features.geojson')
  it('reads epoch ms as UTC days, times arrays, start/end, and reduces shapes to one point with a warning', () => {
    expect(result.report.summary).toMatchObject({ rowsRead: 8, imported: 7, skipped: 1 })
    expect(byTitle(result, 'Epoch ms')).toMatchObject({
      when: { start: { year: 2021, month: 3, day: 4 }, time: '19:28:31 UTC', utc: true },
      place: { lon: -177.2672, lat: -29.7399 },
      links: [{ url: 'https://example.org/q1' }],
    })
    expect(byTitle(result, 'Times array')).toMatchObject({
      when: { start: { day: 23 }, end: { day: 23 }, time: '10:51:06', endTime: '11:29:06' },
      place: { lon: -4.42, lat: 36.73 },
    })
    expect(byTitle(result, 'Start and end')).toMatchObject({
      when: { start: { month: 1, precision: 'month' }, end: { month: 3 } },
      place: { lon: 1, lat: 11 },
    })
    expect(result.report.rows.filter((r) => r.field === 'geometry' && r.severity === 'warning')).toHaveLength(
      2,
    )
    expectAccounted(result)
  })

  it('treats 0,0 and out-of-range latitudes as missing places, and keeps the written date of an offset time', () => {
    expect(byTitle(result, 'Zero zero').place).toBeUndefined()
    expect(byTitle(result, 'Latitude out of range').place).toBeUndefined()
    expect(byTitle(result, 'No geometry').when).toMatchObject({ start: { day: 1 }, utc: true })
    expect(byTitle(result, 'Offset time').when).toMatchObject({
      start: { year: 2022, month: 3, day: 1 },
      time: '00:30:00 +05:00',
    })
  })
})

describe('KML', () => {
  const result = run('places.kml')
  it('reads TimeStamp, TimeSpan, gx:Track and a Folder time; turns entity-escaped HTML into text', () => {
    expect(result.report.file.format).toBe('kml')
    expect(result.report.summary).toMatchObject({ rowsRead: 6, imported: 4, skipped: 2 })
    expect(byTitle(result, 'Stamp')).toMatchObject({
      when: { start: { year: 2008, month: 1, day: 16 } },
      place: { lon: 34.5533, lat: 0.581 },
      text: 'more info >>',
      links: [{ url: 'https://example.org/68', label: 'more info >>' }],
    })
    expect(byTitle(result, 'Span')).toMatchObject({
      text: 'CDATA html',
      when: { start: { month: 1 }, end: { month: 2 } },
    })
    expect(byTitle(result, "Inherits the folder's time").when).toMatchObject({
      start: { year: 1999 },
      end: { year: 2000 },
    })
    expect(byTitle(result, 'Track')).toMatchObject({
      when: { start: { year: 2010, month: 5, day: 28 }, utc: true },
      place: { lon: -122.207881 },
    })
    expect(result.report.outcomes.map((o) => o.locator)).toContain('GroundOverlay 1 "An overlay"')
    expectAccounted(result)
  })

  it("takes the dataset's title from the Document's own name, not a Folder's or a Placemark's", () => {
    expect(result.dataset.title).toBe('KML test')
    const untitled = importFile(
      '<kml><Document><Folder><name>A folder</name><Placemark><name>P</name><Point><coordinates>1,2</coordinates></Point></Placemark></Folder></Document></kml>',
      { fileName: 'untitled.kml', parseXml: xmldomParser },
    )
    expect(untitled.dataset.title).toBe('untitled')
    const long = importFile(
      `<kml><Document><name>${'x'.repeat(600)}</name><Placemark><name>P</name></Placemark></Document></kml>`,
      { fileName: 'long.kml', parseXml: xmldomParser },
    )
    expect(long.dataset.title).toHaveLength(500)
  })

  it('reports malformed XML instead of throwing', () => {
    const broken = importFile('<kml><Placemark><name>x</Placemark>', {
      fileName: 'broken.kml',
      parseXml: xmldomParser,
    })
    expect(broken.report.summary.rowsRead).toBe(0)
    expect(broken.report.rows[0]?.severity).toBe('error')
    expect(broken.report.rows[0]?.message).toContain('XML')
  })
})

describe('ACLED-style CSV (synthetic rows in ACLED’s column layout)', () => {
  const result = run('acled-synthetic.csv')
  it('maps the preset columns, precisions and actors', () => {
    expect(result.report.file.format).toBe('acled-csv')
    expect(result.report.summary).toMatchObject({ rowsRead: 5, imported: 4, skipped: 1, notOnMap: 1 })
    const clash = byTitle(result, 'Armed clash: Alpha Town')
    expect(clash).toMatchObject({
      id: 'xyz1',
      category: 'Battles',
      group: 'Political violence',
      actors: ['Group A', 'Group A2', 'Group A3', 'Group B'],
      place: {
        lat: 10.5,
        lon: -20.25,
        precision: 'city',
        precisionInFile: 'geo_precision 1',
        name: 'Alpha Town, North, Testland',
      },
      sources: [{ name: 'Paper One' }, { name: 'Radio Two' }],
      when: { start: { year: 2024, month: 3, day: 5 } },
    })
    expect(clash.extra).toMatchObject({ fatalities: '0', source_scale: 'National' })
    expect(byTitle(result, 'Peaceful protest: Beta City')).toMatchObject({
      when: { qualifier: 'circa' },
      place: { precision: 'region' },
    })
    expect(byTitle(result, 'Agreement: Gamma')).toMatchObject({
      when: { start: { month: 4, precision: 'month' } },
      place: { precision: 'state' },
    })
    expect(byTitle(result, 'Mob violence: Nowhere').place).toBeUndefined()
    expectAccounted(result)
  })
})

describe('GDELT-style TSV', () => {
  it('reads a headerless 61-column export; never keeps a javascript: source', () => {
    const result = run('gdelt-synthetic.tsv')
    expect(result.report.file).toMatchObject({ format: 'gdelt-csv', delimiter: 'tab', headerLine: 0 })
    expect(result.report.summary).toMatchObject({ rowsRead: 2, imported: 2 })
    expect(byTitle(result, 'POLICE – PROTESTER (CAMEO 145)')).toMatchObject({
      when: { start: { year: 2024, month: 1, day: 15 } },
      place: { lat: 19.5, lon: -99.25, precision: 'city', name: 'Testville, Testland' },
      sources: [{ url: 'https://example.org/news/1' }],
      category: 'CAMEO 14',
    })
    expect(byTitle(result, 'GOVERNMENT (CAMEO 010)').sources).toEqual([])
    expectAccounted(result)
  })
})

describe('any other CSV/TSV: encoding, delimiter, header, day/month order', () => {
  it('reads Windows-1252 with semicolons and Spanish headers; decides day-first from the rows', () => {
    const result = run('generic-1252.csv')
    expect(result.report.file).toMatchObject({
      format: 'csv',
      encoding: 'Windows-1252',
      delimiter: 'semicolon',
    })
    expect(result.report.file.dateOrder).toEqual([
      { column: 'Fecha', order: 'dmy', ambiguous: 1, decidedBy: '1 rows have a first number over 12' },
    ])
    expect(byTitle(result, 'Navidad en Zócalo').when?.start).toMatchObject({ month: 12, day: 25 })
    expect(byTitle(result, 'Ambiguo').when?.start).toMatchObject({ month: 4, day: 3 })
    expectAccounted(result)
  })

  it('switches the order when asked', () => {
    const result = run('generic-1252.csv', { dayMonthOrder: 'mdy' })
    expect(byTitle(result, 'Ambiguo').when?.start).toMatchObject({ month: 3, day: 4 })
    expect(result.report.file.dateOrder?.[0]).toMatchObject({ order: 'mdy', decidedBy: 'chosen' })
  })

  it('reads UTF-8 with a BOM, tabs, a line above the header, and month-first dates', () => {
    const result = run('generic-bom.tsv')
    expect(result.report.file).toMatchObject({ encoding: 'UTF-8 with BOM', delimiter: 'tab', headerLine: 3 })
    expect(byTitle(result, "New year's eve")).toMatchObject({
      when: { start: { month: 12, day: 31 } },
      sources: [{ url: 'https://example.org/a' }],
    })
    expect(byTitle(result, 'Ambiguous').when?.start).toMatchObject({ month: 1, day: 2 })
    expect(result.report.outcomes[0]?.locator).toBe('line 4 "New year\'s eve"')
    expectAccounted(result)
  })

  it('opens the report even when no row can be imported', () => {
    const result = importFile('name,colour\nA,red\nB,blue\n', { fileName: 'nothing.csv' })
    expect(result.report.summary).toMatchObject({ rowsRead: 2, imported: 0, skipped: 2 })
    expect(result.report.rows.some((r) => r.message.includes('no column was recognised'))).toBe(true)
  })
})

describe('the column-mapping step', () => {
  const table =
    'when_it_happened,what,y_coord,x_coord,place\n2024-03-05,Bridge closed,31.7,-106.4,Ciudad Juárez\n2024-03-06,Port reopened,32.5,-117.0,Tijuana\n'

  it('reports the columns and the mapping it used, so the user can change it', () => {
    const result = importFile(table, { fileName: 'odd.csv' })
    expect(result.report.file.columns).toEqual(['when_it_happened', 'what', 'y_coord', 'x_coord', 'place'])
    expect(result.report.file.mapping).toEqual({ place: 'place' })
    expect(result.report.summary).toMatchObject({ rowsRead: 2, imported: 0, skipped: 2 })
  })

  it('reads the file again with the columns chosen, and only those', () => {
    const result = importFile(table, {
      fileName: 'odd.csv',
      format: 'csv',
      mapping: { date: 'when_it_happened', title: 'what', lat: 'y_coord', lon: 'x_coord' },
    })
    expect(result.report.summary).toMatchObject({ rowsRead: 2, imported: 2, skipped: 0, notOnMap: 0 })
    expect(byTitle(result, 'Bridge closed')).toMatchObject({
      when: { start: { year: 2024, month: 3, day: 5 } },
      place: { lat: 31.7, lon: -106.4 },
    })
    // "place" was not chosen, so it is not read, though its name would have been guessed.
    expect(byTitle(result, 'Bridge closed').place?.name).toBeUndefined()
    expect(result.report.file.mapping).toEqual({
      date: 'when_it_happened',
      title: 'what',
      lat: 'y_coord',
      lon: 'x_coord',
    })
    expectAccounted(result)
  })

  it('says so when a chosen column is not in the file', () => {
    const result = importFile(table, {
      fileName: 'odd.csv',
      format: 'csv',
      mapping: { date: 'when_it_happened', title: 'headline' },
    })
    expect(result.report.file.mapping).toEqual({ date: 'when_it_happened' })
    expect(result.report.rows).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        value: 'title=headline',
        message: 'the chosen column is not in the file; the field was left empty',
      }),
    )
  })
})

describe('Frontera JSON', () => {
  it('round-trips an imported dataset', () => {
    const first = run('timelinejs3.json')
    const again = importFile(JSON.stringify(first.dataset), { fileName: 'tl3.json', now: NOW })
    expect(again.report.file.format).toBe('frontera-json')
    expect(again.dataset.events.map(({ locator: _l, ...e }) => e)).toEqual(
      first.dataset.events.map(({ locator: _l, ...e }) => e),
    )
    expect(again.dataset.eras.map((e) => e.label)).toEqual(first.dataset.eras.map((e) => e.label))
    expect(again.dataset.intro).toEqual(first.dataset.intro)
    expectAccounted(again)
  })

  it('reads a curated dataset through the strict validator, in one language, never "confirmed"', () => {
    const text = (en: string) => ({ en, es: `${en} (es)`, de: `${en} (de)` })
    const curated = {
      categories: [{ id: 'policy', label: text('Policy') }],
      actors: [{ id: 'gov', name: text('Government'), kind: 'government', country: 'MX' }],
      events: [
        {
          id: 'one',
          date: { start: '2025-02-27' },
          title: text('One'),
          summary: text('Summary'),
          category: 'policy',
          places: [
            { name: text('Mexico City'), lat: 19.43, lon: -99.13, precision: 'city', role: 'occurred' },
          ],
          actors: ['gov'],
          claim: { status: 'confirmed' },
          sources: [
            {
              publisher: 'P',
              title: 'T',
              url: 'https://example.org/s',
              published: '2025-02-27',
              language: 'en',
              kind: 'press',
            },
          ],
        },
        { id: 'two', title: text('Missing date') },
      ],
    }
    const result = importFile(JSON.stringify(curated), { fileName: 'frontera.json', lang: 'es', now: NOW })
    expect(result.report.summary).toMatchObject({ rowsRead: 2, imported: 1, skipped: 1 })
    expect(result.dataset.events[0]).toMatchObject({
      title: 'One (es)',
      category: 'Policy (es)',
      actors: ['Government (es)'],
      claim: { status: 'not assessed' },
      place: { name: 'Mexico City (es)', precision: 'city' },
    })
    expect(result.dataset.language).toBe('es')
    expectAccounted(result)
  })
})

describe('the report', () => {
  it('has the documented shape, a summary line, and a CSV form with formulas neutralised', () => {
    const { report } = run('timelinejs-template.csv')
    expect(Object.keys(report.summary)).toEqual(
      expect.arrayContaining([
        'rowsRead',
        'imported',
        'changed',
        'skipped',
        'titleRows',
        'notOnMap',
        'notOnTimeline',
      ]),
    )
    for (const row of report.rows)
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['locator', 'severity', 'field', 'value', 'message']),
      )
    expect(summaryLine(report.summary)).toBe(
      '9 rows read: 1 title row, 1 era row, 5 events imported (1 with changes), 0 on the map, 5 on the timeline, 2 skipped',
    )
    const csv = reportToCsv({
      ...report,
      rows: [{ locator: 'line 2', severity: 'info', field: 'x', value: '=HYPERLINK("x")', message: 'm' }],
    })
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
  })
})
