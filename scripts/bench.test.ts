import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bundleSizes } from './bench'
import { preludeScript } from './prerender'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A build folder with these assets (each a few bytes), index.html as given, and the data files bundleSizes reads. */
function build(indexHtml: string, assets: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontera-bench-'))
  made.push(dir)
  mkdirSync(join(dir, 'assets'))
  mkdirSync(join(dir, 'data'))
  for (const [file, text] of Object.entries(assets)) writeFileSync(join(dir, 'assets', file), text)
  writeFileSync(join(dir, 'index.html'), indexHtml)
  writeFileSync(join(dir, 'data', 'frontera.json'), '{}')
  writeFileSync(join(dir, 'basemap.json'), '{}')
  return dir
}

const initialFiles = (dir: string) =>
  bundleSizes(dir)
    .files.filter((file) => file.initial)
    .map((file) => file.file)

describe('bundleSizes', () => {
  it("counts as initial what the page names, and the entry and modules its prelude starts, not the explorer's", () => {
    const prelude = preludeScript({
      scripts: ['./assets/App-5.js'],
      start: {
        entry: './assets/index-1.js',
        modules: ['./assets/vocabulary-2.js', './assets/schema-3.js'],
        fetches: ['./data/frontera.json'],
      },
    })
    const dir = build(
      '<html><head><script src="./assets/prelude-0.js"></script>' +
        '<link rel="stylesheet" crossorigin href="./assets/index-4.css"></head><body></body></html>',
      {
        'prelude-0.js': prelude,
        'index-1.js': 'a',
        'vocabulary-2.js': 'b',
        'schema-3.js': 'c',
        'index-4.css': 'd',
        'App-5.js': 'e',
        'other-6.js': 'f',
      },
    )
    expect(initialFiles(dir).sort()).toEqual([
      'assets/index-1.js',
      'assets/index-4.css',
      'assets/prelude-0.js',
      'assets/schema-3.js',
      'assets/vocabulary-2.js',
    ])
  })

  it('counts what the page names where no prelude starts the app (an older build)', () => {
    const dir = build(
      '<html><head><script type="module" crossorigin src="./assets/index-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/vocabulary-2.js"></head></html>',
      { 'index-1.js': 'a', 'vocabulary-2.js': 'b', 'other-3.js': 'c' },
    )
    expect(initialFiles(dir).sort()).toEqual(['assets/index-1.js', 'assets/vocabulary-2.js'])
  })
})
