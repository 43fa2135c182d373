/** The one header policy is written out for static hosts; these files must say exactly what the code sends. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  cacheControlFor,
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  IMMUTABLE_CACHE,
  SECURITY_HEADERS,
} from './securityHeaders'

const read = (path: string) => readFileSync(path, 'utf8')

describe('the header policy', () => {
  it('never allows eval, inline scripts or inline styles, and lets any site frame the embed', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline|hashes)/u)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain('frame-ancestors *')
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(Object.keys(SECURITY_HEADERS)).not.toContain('X-Frame-Options')
  })

  it('adds import origins to connect-src only', () => {
    const widened = contentSecurityPolicy(['https://data.example.org'])
    expect(widened).toContain("connect-src 'self' https://data.example.org;")
    expect(widened.replace(' https://data.example.org', '')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';")
  })

  it('is the same in public/_headers (Netlify, Cloudflare Pages)', () => {
    const file = read('public/_headers')
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(file).toContain(`  ${name}: ${value}\n`)
    expect(file).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/u)
  })

  it('is the same in deploy/nginx.conf', () => {
    const file = read('deploy/nginx.conf')
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(file).toContain(`add_header ${name} "${value}" always;`)
    expect(file).toContain(`"${IMMUTABLE_CACHE}"`)
  })

  it('caches only hashed assets for a year', () => {
    expect(cacheControlFor('assets/index-C05Q8t4A.js')).toBe(IMMUTABLE_CACHE)
    expect(cacheControlFor('assets/EmbedDialog-DaflYd1o.css')).toBe(IMMUTABLE_CACHE)
    expect(cacheControlFor('index.html')).toBe('no-cache')
    expect(cacheControlFor('data/frontera.json')).toBe('no-cache')
    expect(cacheControlFor('embed.js')).toBe('no-cache')
    expect(cacheControlFor('sw.js')).toBe('no-cache')
  })
})

describe('index.html', () => {
  it('has no inline script or style, so it runs under script-src and style-src self', () => {
    const html = read('index.html')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/u)
      expect(body.trim()).toBe('')
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/iu)
  })
})
