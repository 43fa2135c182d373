import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile } from './importFile'
import { DATASET_NAME, showImported } from './published'

const sheet = importFile(
  new Uint8Array(
    readFileSync(new URL('../../tests/fixtures/import/timelinejs-template.csv', import.meta.url)),
  ),
  { fileName: 'timelinejs-template.csv', now: new Date('2026-01-01T00:00:00Z') },
)

describe('an imported dataset as what the app shows', () => {
  it('gives the banner the file’s title, credit, title-slide text and counts', async () => {
    const shown = await showImported(sheet.dataset, { kind: 'published', name: 'sheet' })
    expect(shown?.info).toMatchObject({
      kind: 'published',
      name: 'sheet',
      title: 'A test timeline',
      imported: 5,
      notOnMap: 5,
      notOnTimeline: 0,
      intro: { links: [{ url: 'https://example.org/about' }] },
    })
    expect(shown?.info.intro?.text).toContain('Made up for Frontera')
    // Only "Your data" has the import report's counts.
    expect(shown?.info.rowsRead).toBeUndefined()
  })

  it('shows nothing for a file that is not an imported dataset', async () => {
    expect(await showImported({ events: [] }, { kind: 'yours', name: 'yours' })).toBeNull()
    expect(await showImported(null, { kind: 'yours', name: 'yours' })).toBeNull()
  })

  it('allows only plain names in ?dataset=', () => {
    for (const name of ['kml-demo', 'a1']) expect(DATASET_NAME.test(name)).toBe(true)
    for (const name of ['../data/frontera', 'a.json', 'A', '', 'a--b', '-a', 'a/b', '%2e%2e'])
      expect(DATASET_NAME.test(name)).toBe(false)
  })
})
