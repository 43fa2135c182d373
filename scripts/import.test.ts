import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importedDatasetFileSchema } from '../src/import/profile'
import { runImport } from './import'

describe('npm run import', () => {
  it('writes <out>/<name>.json and the report, from the same code as the app', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontera-import-'))
    const report = join(out, 'reports', 'kml.json')
    const result = runImport([
      'tests/fixtures/import/places.kml',
      '--out',
      out,
      '--report',
      report,
      '--name',
      'kml-test',
      '--attribution',
      'Test data',
    ])
    expect(result.datasetPath).toBe(join(out, 'kml-test.json'))
    const dataset: unknown = JSON.parse(readFileSync(result.datasetPath, 'utf8'))
    expect(importedDatasetFileSchema.safeParse(dataset).success).toBe(true)
    expect(dataset).toMatchObject({ name: 'kml-test', attribution: 'Test data', origin: { format: 'kml' } })
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({
      summary: { rowsRead: 6, imported: 4, skipped: 2 },
    })
  })

  it('honours --format and --date-order, and refuses unknown ones', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontera-import-'))
    const result = runImport([
      'tests/fixtures/import/generic-1252.csv',
      '--out',
      out,
      '--format',
      'csv',
      '--date-order',
      'mdy',
    ])
    expect(result.report.file.dateOrder?.[0]?.order).toBe('mdy')
    expect(() => runImport(['x.csv', '--format', 'xlsx'])).toThrow(/unknown format/)
    expect(() => runImport([])).toThrow(/usage/)
  })

  it('prints the summary, and exits 1 when no row could be imported', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontera-import-'))
    const ok = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/import.ts', 'tests/fixtures/import/timelinejs2.json', '--out', out],
      { encoding: 'utf8' },
    )
    expect(ok).toContain('5 rows read: 1 title row, 1 era row, 3 events imported')
    const empty = join(out, 'empty.csv')
    writeFileSync(empty, 'name,colour\nA,red\n')
    let status = 0
    let stdout = ''
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', empty, '--out', out], {
        encoding: 'utf8',
      })
    } catch (error) {
      const failed = error as { status: number; stdout: string }
      status = failed.status
      stdout = failed.stdout
    }
    expect(status).toBe(1)
    expect(stdout).toContain('1 row read: 0 events imported')
    expect(stdout).toContain('no column was recognised as a date or as coordinates')
  }, 180_000)
})
