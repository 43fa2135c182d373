import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { buildManifest, injectManifest, listBuiltFiles } from './serviceWorkerBuild'

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontera-sw-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const DIST = {
  'index.html': '<html>',
  'assets/index-abc123.js': 'js',
  'assets/index-abc123.js.map': 'map',
  'data/frontera.json': '{}',
  'basemap.json': '{}',
  'sw.js': 'worker',
  _headers: '/*',
  '.well-known/x': 'x',
  'events/some-event/index.html': '<html>',
  'events/some-event/es/index.html': '<html>',
  'events/some-event/card.png': 'png',
  'robots.txt': 'User-agent: *',
  'sitemap.xml': '<urlset>',
  'assets/event-page-abc123.css': 'css',
}

describe('the service worker build step', () => {
  it('lists every servable file except the worker, source maps, host configuration and the event pages', () => {
    expect(listBuiltFiles(fakeDist(DIST))).toEqual([
      'assets/event-page-abc123.css',
      'assets/index-abc123.js',
      'basemap.json',
      'data/frontera.json',
      'index.html',
    ])
  })

  it('derives the version from the files, so any change to a file changes it', () => {
    const first = buildManifest(fakeDist(DIST)).version
    expect(buildManifest(fakeDist(DIST)).version).toBe(first)
    expect(buildManifest(fakeDist({ ...DIST, 'data/frontera.json': '{"events":[]}' })).version).not.toBe(
      first,
    )
  })

  it('writes the manifest into the marked line and refuses a worker without it', () => {
    const source = "const BUILD = { version: 'dev', files: [] } // @build-manifest\nconst CACHE = 1\n"
    expect(injectManifest(source, { version: 'v1', files: ['index.html'] })).toBe(
      'const BUILD = {"version":"v1","files":["index.html"]} // @build-manifest\nconst CACHE = 1\n',
    )
    expect(() => injectManifest('const CACHE = 1', { version: 'v1', files: [] })).toThrow(/@build-manifest/)
  })
})

it('finds the marked line in the real worker', () => {
  const source = readFileSync('public/sw.js', 'utf8')
  expect(injectManifest(source, { version: 'v1', files: [] })).toContain(
    'const BUILD = {"version":"v1","files":[]}',
  )
})

it('precaches the hashed assets through the HTTP cache and every other file past it', async () => {
  const source = injectManifest(readFileSync('public/sw.js', 'utf8'), {
    version: 'v1',
    files: ['assets/index-abc123.js', 'assets/App-def456.css', 'index.html', 'data/frontera.json'],
  })
  // The real worker, run in a context of its own with the few globals its install step uses.
  const listeners = new Map<string, (event: unknown) => void>()
  const added: { url: string; cache: string }[] = []
  class FakeRequest {
    url: string
    cache: string
    constructor(url: URL, init: { cache: string }) {
      this.url = url.href
      this.cache = init.cache
    }
  }
  const context = {
    URL,
    Request: FakeRequest,
    self: {
      registration: { scope: 'https://example.org/frontera/' },
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    },
    caches: {
      open: () =>
        Promise.resolve({
          addAll: (requests: FakeRequest[]) => {
            added.push(...requests.map(({ url, cache }) => ({ url, cache })))
            return Promise.resolve()
          },
        }),
    },
  }
  runInNewContext(source, context)
  let installing: Promise<unknown> | undefined
  listeners.get('install')?.({
    waitUntil: (promise: Promise<unknown>) => {
      installing = promise
    },
  })
  expect(installing).toBeInstanceOf(Promise)
  await installing
  expect(added).toEqual([
    { url: 'https://example.org/frontera/assets/index-abc123.js', cache: 'default' },
    { url: 'https://example.org/frontera/assets/App-def456.css', cache: 'default' },
    { url: 'https://example.org/frontera/index.html', cache: 'reload' },
    { url: 'https://example.org/frontera/data/frontera.json', cache: 'reload' },
  ])
})
