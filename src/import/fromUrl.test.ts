/** Import by URL: the allow-list, the Google Sheets rewrite, and the download's refusals. */
import { describe, expect, it } from 'vitest'
import {
  fetchAllowed,
  fileNameOf,
  googleSheetCsvUrl,
  isAllowedUrl,
  MAX_URL_BYTES,
  parseImportOrigins,
  planUrlImport,
  UrlImportError,
} from './fromUrl'

describe('parseImportOrigins', () => {
  it('reads origins separated by commas or spaces, lower-cases them and drops default ports and duplicates', () => {
    expect(
      parseImportOrigins(
        'https://Data.Example.org, https://data.example.org:443/ https://*.googleusercontent.com\nhttp://127.0.0.1:8080',
      ),
    ).toEqual({
      origins: ['https://data.example.org', 'https://*.googleusercontent.com', 'http://127.0.0.1:8080'],
      problems: [],
    })
    expect(parseImportOrigins(undefined)).toEqual({ origins: [], problems: [] })
    expect(parseImportOrigins('  ')).toEqual({ origins: [], problems: [] })
  })

  it('refuses, by name, anything that is not an https origin (and keeps the valid ones)', () => {
    const entries = [
      'http://data.example.org',
      'https://example.org/path',
      'https://example.org?x=1',
      'https://user@example.org',
      '*',
      'https://*',
      'https://*.org',
      'https://ex*ample.org',
      'https://example.org;script-src',
      "'unsafe-inline'",
      'javascript:alert(1)',
      'https://localhost',
      'https://example.org:99999',
      'data:',
    ]
    const { origins, problems } = parseImportOrigins(`https://ok.example.org ${entries.join(' ')}`)
    expect(origins).toEqual(['https://ok.example.org'])
    expect(problems).toHaveLength(entries.length)
    for (const [index, entry] of entries.entries()) expect(problems[index]).toContain(`"${entry}"`)
  })

  it('never lets a character that could break the policy header through', () => {
    const { origins } = parseImportOrigins('https://a.example.org https://b.example.org:8443')
    for (const origin of origins) expect(origin).toMatch(/^[a-z0-9:/.*-]+$/u)
  })
})

describe('isAllowedUrl', () => {
  const origins = ['https://data.example.org', 'https://*.googleusercontent.com', 'http://127.0.0.1:8080']
  it('allows exactly the listed origins, and subdomains for *.host', () => {
    expect(isAllowedUrl(new URL('https://data.example.org/a/b.csv?x=1'), origins)).toBe(true)
    expect(isAllowedUrl(new URL('https://doc-0s-4k-sheets.googleusercontent.com/pub/x'), origins)).toBe(true)
    expect(isAllowedUrl(new URL('http://127.0.0.1:8080/f.kml'), origins)).toBe(true)
  })
  it('refuses other schemes, hosts, ports, look-alikes and credentials', () => {
    for (const url of [
      'http://data.example.org/a.csv',
      'https://data.example.org:8443/a.csv',
      'https://evil.org/data.example.org',
      'https://data.example.org.evil.org/',
      'https://googleusercontent.com/x',
      'https://evilgoogleusercontent.com/x',
      'http://127.0.0.1:8081/f.kml',
      'https://user:pw@data.example.org/a.csv',
    ])
      expect(isAllowedUrl(new URL(url), origins), url).toBe(false)
    expect(isAllowedUrl(new URL('https://data.example.org/'), [])).toBe(false)
  })
})

describe('googleSheetCsvUrl', () => {
  const id = '2PACX-1vSnJnrC1efncOyGORXr2W1sGxNVIdaNEIff5ToaoX37Y4yatyrQYRNPPnNZzixnOU7zmesRBu3R8Wdp'
  it('turns a "Publish to the web" link into its CSV link, keeping the tab', () => {
    expect(googleSheetCsvUrl(new URL(`https://docs.google.com/spreadsheets/d/e/${id}/pubhtml`))?.href).toBe(
      `https://docs.google.com/spreadsheets/d/e/${id}/pub?output=csv`,
    )
    expect(
      googleSheetCsvUrl(new URL(`https://docs.google.com/spreadsheets/d/e/${id}/pubhtml?gid=0&single=true`))
        ?.href,
    ).toBe(`https://docs.google.com/spreadsheets/d/e/${id}/pub?gid=0&single=true&output=csv`)
  })
  it('turns an editing or sharing link into its CSV export, keeping the tab from the fragment', () => {
    const key = '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk'
    expect(googleSheetCsvUrl(new URL(`https://docs.google.com/spreadsheets/d/${key}/edit#gid=0`))?.href).toBe(
      `https://docs.google.com/spreadsheets/d/${key}/export?format=csv&gid=0`,
    )
    expect(
      googleSheetCsvUrl(new URL(`https://docs.google.com/spreadsheets/u/0/d/${key}/edit?usp=sharing`))?.href,
    ).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv`)
  })
  it('leaves CSV links and everything else alone', () => {
    expect(
      googleSheetCsvUrl(
        new URL(`https://docs.google.com/spreadsheets/d/e/${id}/pub?gid=0&single=true&output=csv`),
      ),
    ).toBeUndefined()
    expect(googleSheetCsvUrl(new URL('https://docs.google.com/document/d/abc/edit'))).toBeUndefined()
    expect(
      googleSheetCsvUrl(new URL(`https://docs.google.com.evil.org/spreadsheets/d/e/${id}/pubhtml`)),
    ).toBeUndefined()
    expect(googleSheetCsvUrl(new URL('https://data.example.org/spreadsheets/d/abc/edit'))).toBeUndefined()
  })
})

describe('planUrlImport', () => {
  const origins = ['https://docs.google.com', 'https://data.example.org']
  it('fetches an allowed address, with its file name, and a Sheets link as CSV', () => {
    const plain = planUrlImport('  https://data.example.org/files/cartel%20events.kml#top ', origins)
    expect(plain).toMatchObject({ kind: 'fetch', fileName: 'cartel-events.kml', sheet: false })
    expect(plain.kind === 'fetch' && plain.url.href).toBe(
      'https://data.example.org/files/cartel%20events.kml',
    )
    const sheet = planUrlImport('https://docs.google.com/spreadsheets/d/e/2PACX-abc/pubhtml', origins)
    expect(sheet).toMatchObject({ kind: 'fetch', fileName: 'google-sheet.csv', sheet: true })
  })
  it('says why not: not a web address, or an origin the site does not allow', () => {
    expect(planUrlImport('javascript:alert(1)', origins)).toEqual({
      kind: 'invalid',
      value: 'javascript:alert(1)',
    })
    expect(planUrlImport('data.example.org/x.csv', origins)).toMatchObject({ kind: 'invalid' })
    expect(planUrlImport('file:///etc/passwd', origins)).toMatchObject({ kind: 'invalid' })
    expect(planUrlImport('https://evil.org/x.csv', origins)).toEqual({
      kind: 'not-allowed',
      origin: 'https://evil.org',
    })
    expect(planUrlImport('https://docs.google.com/spreadsheets/d/e/x/pubhtml', [])).toEqual({
      kind: 'not-allowed',
      origin: 'https://docs.google.com',
    })
  })
  it('names a file safely', () => {
    expect(fileNameOf(new URL('https://a.example.org/'))).toBe('a.example.org')
    expect(fileNameOf(new URL('https://a.example.org/..%2F..%2Fetc%2Fpasswd'))).toBe('etc-passwd')
    expect(fileNameOf(new URL('https://a.example.org/%E0%A4%A'))).toBe('E0-A4-A')
  })
})

/** A fetch that answers like a server would, recording what it was asked. */
function fakeFetch(
  body: string,
  init: { status?: number; url?: string; headers?: Record<string, string> } = {},
) {
  const calls: { url: string; init: RequestInit | undefined }[] = []
  const fetcher = ((url: string, requestInit?: RequestInit) => {
    calls.push({ url, init: requestInit })
    const response = new Response(body, { status: init.status ?? 200, headers: init.headers ?? {} })
    Object.defineProperty(response, 'url', { value: init.url ?? url })
    return Promise.resolve(response)
  }) as typeof fetch
  return { fetcher, calls }
}

describe('fetchAllowed', () => {
  const origins = ['https://data.example.org']
  const url = new URL('https://data.example.org/events.csv')

  it('downloads the bytes with no cookies and no referrer, reporting progress', async () => {
    const { fetcher, calls } = fakeFetch('Year,Headline\n2025,A', { headers: { 'content-length': '20' } })
    const progress: (number | undefined)[] = []
    const bytes = await fetchAllowed(url, origins, { fetcher, onProgress: (done) => progress.push(done) })
    expect(new TextDecoder().decode(bytes)).toBe('Year,Headline\n2025,A')
    expect(calls[0]?.init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
    })
    expect(progress.at(-1)).toBe(1)
  })

  it('refuses a redirect to an origin off the list, an error status, a network failure and an oversized file', async () => {
    const failureOf = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) => (error instanceof UrlImportError ? error.failure : error),
      )
    expect(
      await failureOf(fetchAllowed(url, origins, fakeFetch('x', { url: 'https://evil.org/x.csv' }))),
    ).toEqual({ kind: 'redirected', origin: 'https://evil.org' })
    expect(await failureOf(fetchAllowed(url, origins, fakeFetch('no', { status: 404 })))).toEqual({
      kind: 'status',
      status: 404,
    })
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch
    expect(await failureOf(fetchAllowed(url, origins, { fetcher: failing }))).toEqual({ kind: 'network' })
    expect(
      await failureOf(
        fetchAllowed(
          url,
          origins,
          fakeFetch('x', { headers: { 'content-length': String(MAX_URL_BYTES + 1) } }),
        ),
      ),
    ).toEqual({ kind: 'too-large', bytes: MAX_URL_BYTES + 1 })
  })
})
