/**
 * Hostile text in every field of every format stays text: no markup survives into the dataset, and every link is
 * http(s). (The views render the dataset as text only; this checks that the importer hands them nothing else.)
 */
import { describe, expect, it } from 'vitest'
import { importFile } from './importFile'
import type { FormatName, ImportResult } from './types'
import { xmldomParser } from './xmldomParser'

const PAYLOADS = [
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(1)><circle/></svg>',
  '<a href="javascript:alert(1)">click</a>',
  '<script>alert(1)</script>',
  '<iframe src="https://evil.example/"></iframe>',
  '"><img src=x onerror=alert(1)>',
]
const JS_URL = 'javascript:alert(1)'

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key))
  return []
}

function expectInert(result: ImportResult, payload: string): void {
  const { dataset } = result
  expect(result.report.summary.rowsRead).toBeGreaterThan(0)
  for (const [path, text] of strings({
    events: dataset.events,
    eras: dataset.eras,
    intro: dataset.intro,
    categories: dataset.categories,
    groups: dataset.groups,
    actors: dataset.actors,
  })) {
    if (path.endsWith('.locator')) continue // where the row is, shown as text; it quotes the headline
    expect(text, `${path} for ${payload}`).not.toMatch(/<\s*[a-z!/]/i)
    expect(text, `${path} for ${payload}`).not.toMatch(/^\s*javascript:/i)
  }
  const urls = dataset.events.flatMap((event) => [
    ...event.links.map((l) => l.url),
    event.media?.url,
    ...event.sources.map((s) => s.url),
  ])
  for (const url of urls) if (url !== undefined) expect(url).toMatch(/^https?:\/\//)
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`

const BUILDERS: Record<Exclude<FormatName, 'frontera-json'>, (p: string) => string> = {
  'timelinejs3-json': (p) =>
    JSON.stringify({
      title: { text: { headline: p, text: p }, media: { url: p, credit: p, caption: p } },
      eras: [{ start_date: { year: 1900 }, end_date: { year: 1910 }, text: { headline: p } }],
      events: [
        {
          start_date: { year: 1901, display_date: p },
          display_date: p,
          text: { headline: p, text: p },
          media: { url: p, credit: p, caption: p, thumbnail: p },
          group: p,
          unique_id: p,
          location: { lat: 10, lon: 10, name: p },
        },
        { start_date: { year: 1902 }, text: { headline: 'x', text: 'y' }, media: { url: JS_URL } },
      ],
    }),
  'timelinejs2-json': (p) =>
    JSON.stringify({
      timeline: {
        headline: p,
        text: p,
        asset: { media: p, credit: p, caption: p },
        date: [
          {
            startDate: '1901',
            headline: p,
            text: p,
            tag: p,
            asset: { media: JS_URL, credit: p, caption: p },
          },
        ],
        era: [{ startDate: '1900', endDate: '1910', headline: p }],
      },
    }),
  'timelinejs-csv': (p) =>
    [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      [
        ',,,,,,,,',
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        'title',
        csvCell(p),
        csvCell(p),
      ].join(','),
      [
        '1901,1,1',
        csvCell(p),
        '1902,1,1',
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        '',
        csvCell(p),
        csvCell(p),
      ].join(','),
      ['1903,,,,,,,,', csvCell(p), csvCell(p), csvCell(JS_URL), '', '', '', '', '', ''].join(','),
    ].join('\n'),
  'storymap-json': (p) =>
    JSON.stringify({
      storymap: {
        slides: [
          { type: 'overview', text: { headline: p, text: p }, media: { url: p, credit: p, caption: p } },
          {
            date: p,
            text: { headline: p, text: p },
            location: { lat: 10, lon: 10, name: p },
            media: { url: JS_URL, credit: p, caption: p },
          },
          {
            date: '1901',
            text: { headline: p, text: p },
            location: { lat: 10, lon: 10, name: p },
            media: { url: p },
          },
        ],
      },
    }),
  geojson: (p) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            name: p,
            description: p,
            time: 1614886111770,
            url: JS_URL,
            category: p,
            place: p,
            other: p,
          },
          geometry: { type: 'Point', coordinates: [10, 10] },
        },
        {
          type: 'Feature',
          properties: { title: p, text: p, date: p, link: p },
          geometry: { type: 'Point', coordinates: [11, 11] },
        },
      ],
    }),
  kml: (
    p,
  ) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${escapeXml(p)}</name>
    <Folder><name>${escapeXml(p)}</name><description>${escapeXml(p)}</description>
    <Placemark><name>${escapeXml(p)}</name><description>${escapeXml(p)}</description><TimeStamp><when>2008-01-16</when></TimeStamp>
      <ExtendedData><Data name="note"><value>${escapeXml(p)}</value></Data><Data name="url"><value>${JS_URL}</value></Data></ExtendedData>
      <Point><coordinates>34.5,0.5</coordinates></Point></Placemark>
    <Placemark><name>cdata</name><description><![CDATA[${p.replace(']]>', '')}]]></description><TimeStamp><when>2008-01-17</when></TimeStamp><Point><coordinates>34.5,0.5</coordinates></Point></Placemark>
    </Folder></Document></kml>`,
  'acled-csv': (p) =>
    [
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
      [
        'X1',
        '2024-01-02',
        '2024',
        '1',
        ...Array.from({ length: 17 }, () => csvCell(p)),
        csvCell(p),
        '10',
        '20',
        '1',
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
        csvCell(p),
      ].join(','),
    ].join('\n'),
  'gdelt-csv': (p) =>
    [
      'GLOBALEVENTID\tSQLDATE\tActor1Name\tActor2Name\tEventCode\tEventRootCode\tActionGeo_Type\tActionGeo_FullName\tActionGeo_Lat\tActionGeo_Long\tSOURCEURL',
      ['1', '20240101', p, p, p, p, '4', p, '10', '20', JS_URL]
        .map((cell) => cell.replace(/\t/g, ' '))
        .join('\t'),
    ].join('\n'),
  csv: (p) =>
    [
      'title,description,date,lat,lon,category,group,actors,url,place',
      [p, p, '2024-01-01', '10', '20', p, p, p, JS_URL, p].map(csvCell).join(','),
    ].join('\n'),
}

describe('hostile text in every field of every format stays text', () => {
  for (const [format, build] of Object.entries(BUILDERS) as [FormatName, (p: string) => string][]) {
    it(format, () => {
      for (const payload of PAYLOADS) {
        const result = importFile(build(payload), {
          fileName: `xss.${format}`,
          format,
          parseXml: xmldomParser,
        })
        expectInert(result, payload)
        // Round trip through Frontera's own format keeps it inert.
        const again = importFile(JSON.stringify(result.dataset), {
          fileName: 'xss.json',
          format: 'frontera-json',
        })
        expectInert(again, payload)
      }
    })
  }

  it('reports what was removed', () => {
    const result = importFile(BUILDERS['timelinejs3-json']('<img src=x onerror="alert(1)">'), {
      fileName: 'x.json',
    })
    expect(result.report.rows.some((row) => row.message.includes('onerror attribute'))).toBe(true)
  })
})
