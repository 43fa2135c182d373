import { describe, expect, it } from 'vitest'
import { webUrlSchema } from './schema'

describe('webUrlSchema', () => {
  it.each([
    'https://mexiconewsdaily.com/politics/mexican-troops-us-border/',
    'http://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG/',
    'https://www.informador.mx/internacional/ronald-johnson-celebra-20260112-0208.html',
  ])('accepts %s', (url) => {
    expect(webUrlSchema.safeParse(url).success).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    '//example.org/no-scheme',
    'https:example.org',
    'https://',
    'https://exa mple.org/',
    ' https://example.org/',
    'example.org',
    '',
  ])('rejects %j', (url) => {
    expect(webUrlSchema.safeParse(url).success).toBe(false)
  })
})
