import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runImport } from './import'
import { indexPublishedDatasets } from './publishedDatasets'

describe('published datasets (datasets/index.json)', () => {
  it('lists the datasets that fit the imported profile, and leaves out, naming them, those that do not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-published-'))
    runImport([
      'tests/fixtures/import/places.kml',
      '--out',
      dir,
      '--name',
      'kml-demo',
      '--attribution',
      'Test data',
    ])
    runImport(['tests/fixtures/import/storymap.json', '--out', dir, '--name', 'story-demo'])
    writeFileSync(join(dir, 'broken.json'), '{"profile": "imported",')
    writeFileSync(join(dir, 'curated.json'), JSON.stringify({ categories: [], actors: [], events: [] }))
    // A valid dataset under another file name: its `name` would not match the `?dataset=` that fetches it.
    copyFileSync(join(dir, 'kml-demo.json'), join(dir, 'renamed.json'))
    const { index, refused } = indexPublishedDatasets(dir)
    expect(index.datasets.map((entry) => entry.name)).toEqual(['kml-demo', 'story-demo'])
    // A KML's title is its Document's name (`<name>KML test</name>` in places.kml).
    expect(index.datasets[0]).toEqual({ name: 'kml-demo', title: 'KML test', attribution: 'Test data' })
    // The reports written beside the datasets are not datasets.
    expect(refused.map((reason) => reason.split(':')[0])).toEqual([
      'broken.json',
      'curated.json',
      'renamed.json',
    ])
  })

  it('is empty when the build has no datasets/ folder', () => {
    expect(indexPublishedDatasets(join(tmpdir(), 'frontera-no-such-dir'))).toEqual({
      index: { datasets: [] },
      refused: [],
    })
  })
})
