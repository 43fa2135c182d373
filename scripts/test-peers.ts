/**
 * npm run test:peers
 * Conformance run over the real sample files published by peer projects (TimelineJS, StoryMapJS, TimeMap,
 * Leaflet.TimeDimension, USGS), read in place from ../shared/peer-data/ (PEER_DATA overrides): every file must import
 * with every row accounted for (imported + skipped + title and era rows = rows read) and the counts its README
 * describes. Prints each report's counts; exits 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { importFile } from '../src/import/importFile'
import { importedDatasetFileSchema } from '../src/import/profile'
import { summaryLine } from '../src/import/report'
import type { FormatName, ImportSummary } from '../src/import/types'
import { xmldomParser } from '../src/import/xmldomParser'

/** What each sample is known to hold (from the peer-data README and the files themselves). */
const EXPECTED: Record<string, { format: FormatName; summary: Partial<ImportSummary> }> = {
  'timelinejs3/women_in_computing.csv': {
    format: 'timelinejs-csv',
    summary: { rowsRead: 11, titleRows: 1, imported: 10, notOnMap: 10 },
  },
  'timelinejs3/eras.json': {
    format: 'timelinejs3-json',
    summary: { rowsRead: 24, titleRows: 1, eraRows: 3, imported: 20 },
  },
  'timelinejs3/marktwain.json': {
    format: 'timelinejs3-json',
    summary: { rowsRead: 18, titleRows: 1, imported: 17, notOnMap: 5 },
  },
  'storymapjs/population.json': {
    format: 'storymap-json',
    summary: { rowsRead: 24, titleRows: 1, imported: 23, notOnMap: 0 },
  },
  'timemapjs/kenya.kml': {
    format: 'kml',
    summary: { rowsRead: 82, imported: 82, notOnMap: 0, notOnTimeline: 0 },
  },
  'leaflet-timedimension/track_bus699.geojson': {
    format: 'geojson',
    summary: { rowsRead: 1, imported: 1, notOnMap: 0, notOnTimeline: 0 },
  },
  'geojson-usgs/earthquakes.geojson': {
    format: 'geojson',
    summary: { rowsRead: 16, imported: 16, notOnMap: 0, notOnTimeline: 0 },
  },
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function main(): void {
  const root = resolve(process.env.PEER_DATA ?? '../shared/peer-data')
  if (!existsSync(root)) {
    console.error(`${root} not found: the peer samples are read in place (set PEER_DATA to their folder)`)
    process.exitCode = 1
    return
  }
  const failures: string[] = []
  const files = filesUnder(root).filter((path) => !/README\.md$/i.test(path))
  for (const path of files) {
    const name = relative(root, path)
    const { dataset, report } = importFile(new Uint8Array(readFileSync(path)), {
      fileName: name,
      parseXml: xmldomParser,
    })
    const s = report.summary
    const problems: string[] = []
    if (s.imported + s.skipped + s.titleRows + s.eraRows !== s.rowsRead)
      problems.push('rows not accounted for')
    if (report.outcomes.length !== s.rowsRead) problems.push('outcomes differ from rows read')
    if (dataset.events.length !== s.imported) problems.push('events differ from the imported count')
    if (!importedDatasetFileSchema.safeParse(dataset).success)
      problems.push('the dataset does not fit the imported profile')
    // The type says "not assessed"; the file written is what counts.
    if (JSON.stringify(dataset.events.map((event) => event.claim)).includes('confirmed'))
      problems.push('a "confirmed" claim')
    const expected = EXPECTED[name.split('\\').join('/')]
    if (!expected) problems.push('no expectation for this sample: add it to scripts/test-peers.ts')
    else {
      if (report.file.format !== expected.format)
        problems.push(`format ${report.file.format}, expected ${expected.format}`)
      for (const [key, value] of Object.entries(expected.summary)) {
        const actual = s[key as keyof ImportSummary]
        if (actual !== value) problems.push(`${key} ${actual}, expected ${value}`)
      }
    }
    const bySeverity = (severity: string) => report.rows.filter((row) => row.severity === severity).length
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${name} (${report.file.format}): ${summaryLine(s)}; report: ${bySeverity('error')} error, ${bySeverity('warning')} warning, ${bySeverity('info')} info line(s)`,
    )
    for (const problem of problems) console.log(`       ${problem}`)
    if (problems.length) failures.push(name)
  }
  console.log(
    `${files.length - failures.length}/${files.length} peer samples import with every row accounted for`,
  )
  process.exitCode = failures.length > 0 || files.length === 0 ? 1 : 0
}

main()
