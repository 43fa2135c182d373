/**
 * A small static file server for the built app (dist/): correct MIME types, no path traversal, optional gzip, the
 * security headers of securityHeaders.ts, long caching for hashed assets, and an optional sub-path prefix (to check
 * that the build works from e.g. /news/frontera/). Used by `npm start` and by the browser tests.
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { createGzip } from 'node:zlib'
import { IMPORT_ORIGINS_FILE, originsFromFile } from '../src/import/fromUrl'
import { cacheControlFor, securityHeaders } from './securityHeaders'

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pmtiles': 'application/octet-stream',
}
/** Text files worth gzip: compressed on the fly, or sent as the build's precompressed twin (scripts/precompress.ts). */
export const COMPRESSIBLE: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.map',
  '.svg',
  '.txt',
  '.xml',
  '.md',
])

export type StaticServerOptions = {
  root: string
  /** URL prefix the site lives under, e.g. '/news/frontera/'. Default '/'. */
  basePath?: string
  port?: number
  host?: string
  gzip?: boolean
}

export type RunningServer = { server: Server; url: string; close: () => Promise<void> }

/** Normalizes a prefix to the form '/a/b/' ('/' for none). */
export function normalizeBasePath(basePath = '/'): string {
  const trimmed = basePath.replace(/^\/+|\/+$/gu, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

export type Resolved =
  | { kind: 'file'; path: string; relative: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'error'; status: 400 | 403 | 404 }

/**
 * Maps a request path (already without the query) to a file under root, or says why not. Decodes once, refuses NUL,
 * backslashes, dot segments and dotfiles, and checks the real path (after symlinks) stays inside root.
 */
export function resolveRequestPath(root: string, basePath: string, rawPath: string): Resolved {
  const prefix = normalizeBasePath(basePath)
  if (prefix !== '/' && rawPath === prefix.slice(0, -1)) return { kind: 'redirect', location: prefix }
  if (!rawPath.startsWith(prefix)) return { kind: 'error', status: 404 }
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath.slice(prefix.length))
  } catch {
    return { kind: 'error', status: 400 }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'error', status: 400 }
  const segments = decoded.split('/')
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.startsWith('.')))
    return { kind: 'error', status: 403 }
  const rootReal = realpathSync(root)
  let path = resolve(rootReal, ...segments.filter(Boolean))
  if (path !== rootReal && !path.startsWith(rootReal + sep)) return { kind: 'error', status: 403 }
  let stats: Stats
  try {
    stats = statSync(path)
  } catch {
    return { kind: 'error', status: 404 }
  }
  if (stats.isDirectory()) {
    // Built from the segments, not from rawPath: "//demo" must not become "Location: //demo/", which a browser
    // reads as another host (an open redirect).
    if (!rawPath.endsWith('/'))
      return {
        kind: 'redirect',
        location: `${prefix}${segments.filter(Boolean).map(encodeURIComponent).join('/')}/`,
      }
    path = join(path, 'index.html')
    try {
      stats = statSync(path)
    } catch {
      return { kind: 'error', status: 404 }
    }
  }
  if (!stats.isFile()) return { kind: 'error', status: 404 }
  const real = realpathSync(path)
  if (!real.startsWith(rootReal + sep)) return { kind: 'error', status: 403 }
  return {
    kind: 'file',
    path: real,
    relative: real
      .slice(rootReal.length + 1)
      .split(sep)
      .join('/'),
  }
}

/**
 * The import origins a build allows (its import-origins.json, written by scripts/importOriginsBuild.ts), checked again
 * here: they go into the Content-Security-Policy header. None when the file is missing or unreadable.
 */
export function builtImportOrigins(root: string): string[] {
  const path = join(root, IMPORT_ORIGINS_FILE)
  if (!existsSync(path)) return []
  try {
    return originsFromFile(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return []
  }
}

function sendError(
  response: ServerResponse,
  headers: Readonly<Record<string, string>>,
  status: number,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  })
  response.end(status === 404 ? 'Not found\n' : `Error ${status}\n`)
}

export function handleRequest(options: StaticServerOptions) {
  const basePath = normalizeBasePath(options.basePath)
  const policyHeaders = securityHeaders(builtImportOrigins(options.root))
  return function serveFile(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, policyHeaders, 405, { Allow: 'GET, HEAD' })
      return
    }
    const rawPath = (request.url ?? '/').split(/[?#]/u)[0] ?? '/'
    const resolved = resolveRequestPath(options.root, basePath, rawPath)
    if (resolved.kind === 'error') {
      sendError(response, policyHeaders, resolved.status)
      return
    }
    if (resolved.kind === 'redirect') {
      const query = (request.url ?? '').slice(rawPath.length)
      response.writeHead(301, { ...policyHeaders, Location: resolved.location + query })
      response.end()
      return
    }
    const extension = extname(resolved.path).toLowerCase()
    const acceptsGzip =
      options.gzip !== false &&
      COMPRESSIBLE.has(extension) &&
      acceptsGzipEncoding(request.headers['accept-encoding'])
    const twin = acceptsGzip ? gzipTwinOf(resolved.path) : null
    const headers: Record<string, string> = {
      ...policyHeaders,
      'Content-Type': MIME_TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(resolved.relative),
      Vary: 'Accept-Encoding',
    }
    if (acceptsGzip) headers['Content-Encoding'] = 'gzip'
    if (twin) headers['Content-Length'] = String(twin.size)
    else if (!acceptsGzip) headers['Content-Length'] = String(statSync(resolved.path).size)
    response.writeHead(200, headers)
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    const stream = createReadStream(twin ? twin.path : resolved.path)
    stream.on('error', () => response.destroy())
    if (acceptsGzip && !twin) stream.pipe(createGzip()).pipe(response)
    else stream.pipe(response)
  }
}

/**
 * Whether an Accept-Encoding header (RFC 9110 §12.5.3) allows gzip: "gzip" or "x-gzip" with a weight above 0, or else
 * "*" with a weight above 0. "gzip;q=0" refuses it, whatever "*" says; no header at all means no compression.
 */
export function acceptsGzipEncoding(header: string | undefined): boolean {
  if (!header) return false
  let gzip: number | undefined
  let any: number | undefined
  for (const part of header.split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase())
    let weight = 1
    for (const parameter of parameters) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/u.exec(parameter)
      if (match) weight = Number(match[1])
    }
    if (coding === 'gzip' || coding === 'x-gzip') gzip = Math.max(gzip ?? 0, weight)
    else if (coding === '*') any = Math.max(any ?? 0, weight)
  }
  return (gzip ?? any ?? 0) > 0
}

/**
 * The build's precompressed `<file>.gz` (scripts/precompress.ts), like nginx's gzip_static, but only while it is at
 * least as new as the file: a dataset replaced after the build is compressed on the fly instead of served stale.
 */
function gzipTwinOf(path: string): { path: string; size: number } | null {
  try {
    const twin = statSync(`${path}.gz`)
    if (!twin.isFile() || twin.mtimeMs < statSync(path).mtimeMs) return null
    return { path: `${path}.gz`, size: twin.size }
  } catch {
    return null
  }
}

/** Starts the server; port 0 picks a free port. */
export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const server = createServer(handleRequest(options))
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      resolvePromise({
        server,
        url: `http://${host}:${port}${normalizeBasePath(options.basePath)}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => {
              done()
            })
          }),
      })
    })
  })
}
