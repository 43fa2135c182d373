/** The build's import allow-list: written for the app and the server, and widening connect-src by exactly it. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importOriginsFromEnv, writeImportOrigins } from './importOriginsBuild'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './securityHeaders'
import { builtImportOrigins, startStaticServer, type RunningServer } from './staticServer'

function builtDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontera-origins-'))
  copyFileSync('public/_headers', join(dir, '_headers'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>')
  return dir
}

const servers: RunningServer[] = []
afterAll(async () => {
  for (const server of servers) await server.close()
})

describe('IMPORT_ORIGINS at build time', () => {
  it('allows none by default: an empty list, and _headers as it is', () => {
    const dir = builtDir()
    const before = readFileSync(join(dir, '_headers'), 'utf8')
    writeImportOrigins(dir, importOriginsFromEnv(undefined))
    expect(JSON.parse(readFileSync(join(dir, 'import-origins.json'), 'utf8'))).toEqual({ origins: [] })
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(before)
    expect(builtImportOrigins(dir)).toEqual([])
  })

  it('widens connect-src in _headers by exactly the listed origins, and nothing else changes', () => {
    const dir = builtDir()
    const origins = importOriginsFromEnv('https://docs.google.com,https://*.googleusercontent.com')
    writeImportOrigins(dir, origins)
    const headers = readFileSync(join(dir, '_headers'), 'utf8')
    const policy = contentSecurityPolicy(origins)
    expect(headers).toContain(`  Content-Security-Policy: ${policy}\n`)
    expect(headers).not.toContain(CONTENT_SECURITY_POLICY)
    expect(policy.replace(' https://docs.google.com https://*.googleusercontent.com', '')).toBe(
      CONTENT_SECURITY_POLICY,
    )
    expect(builtImportOrigins(dir)).toEqual(origins)
  })

  it('stops the build on a bad entry, naming it', () => {
    expect(() =>
      importOriginsFromEnv("https://ok.example.org https://x.org;script-src 'unsafe-inline'"),
    ).toThrow(/IMPORT_ORIGINS: "https:\/\/x.org;script-src"/u)
    expect(() => importOriginsFromEnv('http://data.example.org')).toThrow(/https only/u)
  })
})

describe('the static server with an allow-list', () => {
  it("sends connect-src with the build's origins, checked again (a hostile entry is dropped)", async () => {
    const dir = builtDir()
    writeFileSync(
      join(dir, 'import-origins.json'),
      JSON.stringify({
        origins: ['https://data.example.org', "https://x.org; script-src 'unsafe-inline'", 7],
      }),
    )
    const server = await startStaticServer({ root: dir, port: 0, host: '127.0.0.1' })
    servers.push(server)
    const response = await fetch(server.url)
    expect(response.headers.get('content-security-policy')).toBe(
      contentSecurityPolicy(['https://data.example.org']),
    )
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline')
  }, 60_000)

  it('allows none when the file is unreadable', () => {
    const dir = builtDir()
    writeFileSync(join(dir, 'import-origins.json'), '{not json')
    expect(builtImportOrigins(dir)).toEqual([])
  })
})
