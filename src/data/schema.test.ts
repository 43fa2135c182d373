import { describe, expect, it } from 'vitest'
import { calendarDateSchema, webUrlSchema } from './schema'

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

describe('calendarDateSchema', () => {
  it('refuses year 0000 with a reason, and reads 0001–9999 as written', () => {
    const zero = calendarDateSchema.safeParse('0000-01-01')
    expect(zero.success).toBe(false)
    expect(zero.error?.issues.map((issue) => issue.message)).toEqual([
      'uses year 0000, which readers would see as 1 BC: dates before AD 1 (0001) are not supported',
    ])
    for (const date of ['0001', '0025-02-27', '0099-12', '9999-12-31']) expect(calendarDateSchema.safeParse(date).success).toBe(true)
  })
})
