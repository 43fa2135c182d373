/**
 * Importing by URL, only from the origins a deployment allows. The allow-list is set at build time
 * (`IMPORT_ORIGINS`, scripts/importOriginsBuild.ts), written into the build as `import-origins.json` and into the
 * Content-Security-Policy's connect-src, so the browser refuses any other origin even if this code were wrong. The
 * default build allows none. Pure functions here; the fetch itself is in `fetchAllowed`.
 */

/** What the build writes as `import-origins.json`. */
export type ImportOriginsFile = { origins: string[] }

export const IMPORT_ORIGINS_FILE = 'import-origins.json'

/** A file fetched by URL may be at most this large (the same order as a 100k-row CSV, with room to spare). */
export const MAX_URL_BYTES = 200 * 1024 * 1024

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
/** `https://host[:port]` or `https://*.host[:port]`; plain http only for this machine (local testing). */
const ORIGIN_PATTERN = new RegExp(
  `^(https)://((?:\\*\\.)?${HOST_LABEL}(?:\\.${HOST_LABEL})+)(?::(\\d{1,5}))?/?$|^(http)://(localhost|127\\.0\\.0\\.1)(?::(\\d{1,5}))?/?$`,
  'u',
)

export type ParsedOrigins = { origins: string[]; problems: string[] }

/**
 * Reads an allow-list: entries separated by commas or white space. Each must be an origin (scheme, host, optional
 * port; no path, query, user or wildcard other than a leading `*.`), https, or http on localhost/127.0.0.1. Every
 * refused entry is named, with the reason. The strictness also keeps the Content-Security-Policy header safe: an
 * accepted origin has no space, quote or semicolon.
 */
export function parseImportOrigins(text: string | undefined): ParsedOrigins {
  const origins: string[] = []
  const problems: string[] = []
  for (const entry of (text ?? '').split(/[\s,]+/u).filter(Boolean)) {
    const lower = entry.toLowerCase()
    const match = ORIGIN_PATTERN.exec(lower)
    if (!match) {
      problems.push(
        `"${entry}" is not an origin like https://data.example.org or https://*.example.org (https only, no path; http only for localhost or 127.0.0.1)`,
      )
      continue
    }
    const scheme = match[1] ?? match[4] ?? ''
    const host = match[2] ?? match[5] ?? ''
    const port = match[3] ?? match[6]
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
      problems.push(`"${entry}": the port must be 1–65535`)
      continue
    }
    const defaultPort = scheme === 'https' ? '443' : '80'
    const origin = `${scheme}://${host}${port !== undefined && port !== defaultPort ? `:${Number(port)}` : ''}`
    if (!origins.includes(origin)) origins.push(origin)
  }
  return { origins, problems }
}

/** The origins listed in an import-origins.json (any input: it is checked again like the build's setting). */
export function originsFromFile(parsed: unknown): string[] {
  const listed = (parsed as { origins?: unknown } | null)?.origins
  const strings = Array.isArray(listed) ? listed.filter((o): o is string => typeof o === 'string') : []
  return parseImportOrigins(strings.join(' ')).origins
}

/** Whether a URL's origin is one of the allowed ones (`*.host` allows the host's subdomains, as in CSP). */
export function isAllowedUrl(url: URL, origins: readonly string[]): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  if (url.username || url.password) return false
  return origins.some((origin) => {
    const wildcard = /^(https?):\/\/\*\.([^:/]+)(?::(\d+))?$/u.exec(origin)
    if (!wildcard) return url.origin === origin
    const [, scheme, host = '', port = ''] = wildcard
    return url.protocol === `${scheme}:` && url.port === port && url.hostname.endsWith(`.${host}`)
  })
}

const SHEET_ID = '[A-Za-z0-9_-]+'
const PUBLISHED_SHEET = new RegExp(
  `^/spreadsheets(?:/u/\\d+)?/d/e/(${SHEET_ID})(?:/(?:pubhtml|pub|pubchart))?/?$`,
  'u',
)
const SHARED_SHEET = new RegExp(`^/spreadsheets(?:/u/\\d+)?/d/(${SHEET_ID})(?:/[a-z]*)?/?$`, 'u')

/**
 * A Google Sheets link turned into the link of its CSV: a "Publish to the web" link (`…/d/e/<id>/pubhtml`) becomes
 * `…/d/e/<id>/pub?output=csv`; an editing or sharing link (`…/d/<id>/edit#gid=0`) becomes `…/d/<id>/export?format=csv`.
 * The sheet's tab (`gid`, in the query or the fragment) is kept. Anything else, or a link that is already a CSV link,
 * comes back undefined.
 */
export function googleSheetCsvUrl(input: URL): URL | undefined {
  if (input.hostname !== 'docs.google.com') return undefined
  const gid = /(?:^|[?&#])gid=(\d+)/u.exec(`${input.search}${input.hash}`)?.[1]
  const published = PUBLISHED_SHEET.exec(input.pathname)
  if (published) {
    if (input.pathname.endsWith('/pub') && input.searchParams.get('output') === 'csv') return undefined
    const url = new URL(`https://docs.google.com/spreadsheets/d/e/${published[1] ?? ''}/pub`)
    if (gid !== undefined) {
      url.searchParams.set('gid', gid)
      url.searchParams.set('single', 'true')
    }
    url.searchParams.set('output', 'csv')
    return url
  }
  const shared = SHARED_SHEET.exec(input.pathname)
  if (!shared || shared[1] === 'e') return undefined
  if (input.pathname.endsWith('/export') && input.searchParams.get('format') === 'csv') return undefined
  const url = new URL(`https://docs.google.com/spreadsheets/d/${shared[1] ?? ''}/export`)
  url.searchParams.set('format', 'csv')
  if (gid !== undefined) url.searchParams.set('gid', gid)
  return url
}

export type UrlPlan =
  | { kind: 'fetch'; url: URL; fileName: string; sheet: boolean }
  | { kind: 'invalid'; value: string }
  | { kind: 'not-allowed'; origin: string }

/**
 * What a typed or pasted address becomes: the URL to fetch (a Google Sheets link rewritten to its CSV), the file name
 * the importer sees, or why not. Only http(s) is read; the origin checked is the one actually fetched.
 */
export function planUrlImport(text: string, origins: readonly string[]): UrlPlan {
  const value = text.trim()
  let input: URL
  try {
    input = new URL(value)
  } catch {
    return { kind: 'invalid', value }
  }
  if (input.protocol !== 'https:' && input.protocol !== 'http:') return { kind: 'invalid', value }
  const sheet = googleSheetCsvUrl(input)
  const url = sheet ?? input
  url.hash = ''
  if (!isAllowedUrl(url, origins)) return { kind: 'not-allowed', origin: url.origin }
  return {
    kind: 'fetch',
    url,
    fileName: sheet ? 'google-sheet.csv' : fileNameOf(url),
    sheet: sheet !== undefined,
  }
}

/** The last path segment, decoded and reduced to safe characters; the host when there is none. */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? ''
  let decoded = last
  try {
    decoded = decodeURIComponent(last)
  } catch {
    // keep it as it is
  }
  const safe = decoded.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120)
  return safe.replace(/^[.-]+/u, '') || url.hostname
}

export type FetchFailure =
  | { kind: 'status'; status: number }
  | { kind: 'network' }
  | { kind: 'redirected'; origin: string }
  | { kind: 'too-large'; bytes: number }

export class UrlImportError extends Error {
  readonly failure: FetchFailure
  constructor(failure: FetchFailure) {
    super(failure.kind)
    this.name = 'UrlImportError'
    this.failure = failure
  }
}

/**
 * Fetches an allowed URL's bytes with no cookies and no referrer, reporting progress (0–1 when the size is known).
 * A redirect that ends on an origin outside the list, a status other than 2xx, a network or CORS refusal, and a body
 * over MAX_URL_BYTES each end with a UrlImportError that says which. `signal` cancels it.
 */
export async function fetchAllowed(
  url: URL,
  origins: readonly string[],
  options: {
    signal?: AbortSignal
    onProgress?: (done: number | undefined) => void
    fetcher?: typeof fetch
  } = {},
): Promise<Uint8Array> {
  const fetcher = options.fetcher ?? fetch
  let response: Response
  try {
    response = await fetcher(url.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'follow',
      mode: 'cors',
      ...(options.signal ? { signal: options.signal } : {}),
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw new UrlImportError({ kind: 'network' })
  }
  if (response.url) {
    const final = new URL(response.url)
    if (!isAllowedUrl(final, origins)) throw new UrlImportError({ kind: 'redirected', origin: final.origin })
  }
  if (!response.ok) throw new UrlImportError({ kind: 'status', status: response.status })
  const declared = Number(response.headers.get('content-length') ?? '')
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined
  if (total !== undefined && total > MAX_URL_BYTES)
    throw new UrlImportError({ kind: 'too-large', bytes: total })
  if (!response.body) return new Uint8Array(await response.arrayBuffer())
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > MAX_URL_BYTES) {
      await reader.cancel()
      throw new UrlImportError({ kind: 'too-large', bytes: received })
    }
    chunks.push(value)
    options.onProgress?.(total ? Math.min(1, received / total) : undefined)
  }
  const bytes = new Uint8Array(received)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
