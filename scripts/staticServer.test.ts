import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, IMMUTABLE_CACHE } from './securityHeaders'
import { normalizeBasePath, startStaticServer, type RunningServer } from './staticServer'

let root: string
let secret: string
let server: RunningServer
let prefixed: RunningServer

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'frontera-serve-'))
  root = join(base, 'dist')
  secret = join(base, 'secret.txt')
  writeFileSync(secret, 'do not serve')
  mkdirSync(join(root, 'assets'), { recursive: true })
  mkdirSync(join(root, 'data'))
  mkdirSync(join(root, 'demo'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
  writeFileSync(join(root, 'assets/index-AbCd1234.js'), 'export {}')
  writeFileSync(join(root, 'data/frontera.json'), JSON.stringify({ events: [] }))
  writeFileSync(join(root, 'demo/index.html'), '<p>demo</p>')
  writeFileSync(join(root, '.env'), 'SECRET=1')
  symlinkSync(secret, join(root, 'link.txt'))
  server = await startStaticServer({ root })
  prefixed = await startStaticServer({ root, basePath: 'news/frontera' })
})

afterAll(async () => {
  await server.close()
  await prefixed.close()
})

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw request, so paths reach the server exactly as written (fetch would normalize "../"). */
function get(target: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { hostname, port } = new URL(target.url)
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the static server', () => {
  it('serves index.html for the root with the security headers and no-cache', async () => {
    const reply = await get(server, '/?embed=1')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(reply.headers['permissions-policy']).toContain('geolocation=()')
    expect(reply.headers['x-frame-options']).toBeUndefined()
    expect(reply.headers['cache-control']).toBe('no-cache')
  })

  it('caches hashed assets for a year and sends JavaScript and JSON with their types', async () => {
    const script = await get(server, '/assets/index-AbCd1234.js')
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.headers['cache-control']).toBe(IMMUTABLE_CACHE)
    const data = await get(server, '/data/frontera.json')
    expect(data.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(data.headers['cache-control']).toBe('no-cache')
  })

  it('compresses text when the client accepts gzip', async () => {
    const reply = await get(server, '/data/frontera.json', { 'accept-encoding': 'gzip, br' })
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(reply.body).toString('utf8'))).toEqual({ events: [] })
  })

  it("sends the build's precompressed twin while it is at least as new as the file, and never a stale one", async () => {
    const file = join(root, 'assets/app-Twin1234.js')
    writeFileSync(file, 'export const fresh = 1')
    writeFileSync(`${file}.gz`, gzipSync('export const twin = 1'))
    const past = new Date(Date.now() - 60_000)
    utimesSync(file, past, past)
    const fromTwin = await get(server, '/assets/app-Twin1234.js', { 'accept-encoding': 'gzip' })
    expect(fromTwin.headers['content-encoding']).toBe('gzip')
    expect(fromTwin.headers['content-length']).toBe(String(fromTwin.body.length))
    expect(gunzipSync(fromTwin.body).toString('utf8')).toBe('export const twin = 1')

    // The file replaced after the build (as the benchmark and the tests do with the dataset): compressed on the fly.
    writeFileSync(file, 'export const replaced = 1')
    utimesSync(`${file}.gz`, past, past)
    const stale = await get(server, '/assets/app-Twin1234.js', { 'accept-encoding': 'gzip' })
    expect(gunzipSync(stale.body).toString('utf8')).toBe('export const replaced = 1')
    const plain = await get(server, '/assets/app-Twin1234.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe('export const replaced = 1')
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/data/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/data/..%5c..%5csecret.txt',
    '/%00index.html',
    '/.env',
    '/link.txt',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    const reply = await get(server, path)
    expect([400, 403, 404]).toContain(reply.status)
    expect(reply.body.toString()).not.toContain('do not serve')
    expect(reply.body.toString()).not.toContain('SECRET')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing file and 405 for other methods', async () => {
    expect((await get(server, '/nope.js')).status).toBe(404)
    const post = await get(server, '/', {}, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })

  it('redirects a directory without its slash, keeping the query', async () => {
    const reply = await get(server, '/demo?x=1')
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe('/demo/?x=1')
  })

  it.each([
    '//demo',
    '//demo?x=1',
    '///demo',
    '//assets',
    '//data',
    '/%2Fdemo',
    '/%2F%2Fevil.example',
    '//evil.example%2Fdemo',
  ])('never redirects %s to another host', async (path) => {
    const reply = await get(server, path)
    const location = reply.headers.location
    if (typeof location !== 'string') {
      expect([400, 403, 404]).toContain(reply.status)
      return
    }
    expect(reply.status).toBe(301)
    // A Location starting with "//" or "/\\" is protocol-relative: a browser follows it to another host.
    expect(location).toMatch(/^\/(?![/\\])/u)
    expect(new URL(location, 'http://frontera.test/').host).toBe('frontera.test')
  })

  it('redirects a doubled slash to the one directory it names', async () => {
    const reply = await get(server, '//demo?x=1')
    expect([reply.status, reply.headers.location]).toEqual([301, '/demo/?x=1'])
    const prefixedReply = await get(prefixed, '/news/frontera//demo')
    expect([prefixedReply.status, prefixedReply.headers.location]).toEqual([301, '/news/frontera/demo/'])
  })

  it.each([
    ['gzip;q=0, identity', false],
    ['gzip; q=0', false],
    ['GZIP;Q=0.000', false],
    ['identity', false],
    ['br', false],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
    ['gzip', true],
    ['gzip;q=0.5, identity', true],
    ['deflate, GZip', true],
    ['*', true],
    ['br;q=1, *;q=0.1', true],
    ['x-gzip', true],
    ['notgzip, gzipped', false],
  ])('Accept-Encoding %j: gzip %s (RFC 9110 §12.5.3)', async (header, gzipped) => {
    for (const path of ['/data/frontera.json', '/assets/index-AbCd1234.js']) {
      const reply = await get(server, path, { 'accept-encoding': header })
      expect(reply.status).toBe(200)
      expect(reply.headers['content-encoding']).toBe(gzipped ? 'gzip' : undefined)
      const body = gzipped ? gunzipSync(reply.body) : reply.body
      expect(body.length).toBeGreaterThan(0)
    }
  })

  it('serves the site under a sub-path only', async () => {
    expect(prefixed.url).toMatch(/\/news\/frontera\/$/u)
    expect((await get(prefixed, '/news/frontera/')).status).toBe(200)
    expect((await get(prefixed, '/news/frontera/data/frontera.json')).status).toBe(200)
    expect((await get(prefixed, '/index.html')).status).toBe(404)
    const bare = await get(prefixed, '/news/frontera?embed=1')
    expect([bare.status, bare.headers.location]).toEqual([301, '/news/frontera/?embed=1'])
  })
})

describe('normalizeBasePath', () => {
  it('gives one leading and one trailing slash', () => {
    expect(normalizeBasePath()).toBe('/')
    expect(normalizeBasePath('/')).toBe('/')
    expect(normalizeBasePath('news/frontera')).toBe('/news/frontera/')
    expect(normalizeBasePath('//news/frontera//')).toBe('/news/frontera/')
  })
})
