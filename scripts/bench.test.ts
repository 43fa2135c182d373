import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bundleSizes, copyBuild } from './bench'
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

describe('copyBuild', () => {
  it("keeps every file's time, so a .gz twin written after its file stays the newer and is served", () => {
    const from = mkdtempSync(join(tmpdir(), 'frontera-bench-'))
    const to = mkdtempSync(join(tmpdir(), 'frontera-bench-'))
    made.push(from, to)
    mkdirSync(join(from, 'assets'))
    for (let index = 0; index < 20; index++) {
      writeFileSync(join(from, 'assets', `chunk-${index}.js`), 'x'.repeat(2000))
      writeFileSync(join(from, 'assets', `chunk-${index}.js.gz`), 'twin')
      // The twin clearly newer, as the build writes it after its file.
      utimesSync(join(from, 'assets', `chunk-${index}.js`), 1_000_000, 1_000_000)
      utimesSync(join(from, 'assets', `chunk-${index}.js.gz`), 1_000_001, 1_000_001)
    }
    copyBuild(from, join(to, 'copy'))
    for (let index = 0; index < 20; index++) {
      const file = statSync(join(to, 'copy', 'assets', `chunk-${index}.js`)).mtimeMs
      const twin = statSync(join(to, 'copy', 'assets', `chunk-${index}.js.gz`)).mtimeMs
      expect(twin).toBeGreaterThan(file)
    }
  })
})
