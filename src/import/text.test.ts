import { describe, expect, it } from 'vitest'
import { decodeBytes } from './encoding'
import { htmlToText, safeUrl } from './text'

describe('htmlToText', () => {
  it('keeps the text and the http(s) links, drops scripts and handlers, decodes entities', () => {
    const result = htmlToText(
      '<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada</a> &amp; <b>Babbage</b></p><script>alert(1)</script><img src="x" onerror="alert(1)">',
    )
    expect(result.text).toBe('Take Ada & Babbage')
    expect(result.links).toEqual([{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', label: 'Ada' }])
    expect(result.removed).toEqual(['script', 'onerror attribute'])
    expect(result.hadHtml).toBe(true)
  })

  it('never keeps javascript: or data: links, and finds bare URLs in plain text', () => {
    expect(htmlToText('<a href="javascript:alert(1)">x</a><a href="data:text/html,hi">y</a>')).toMatchObject({
      text: 'xy',
      links: [],
      removed: ['javascript: link', 'data: link'],
    })
    expect(htmlToText('see https://example.org/a, then.').links).toEqual([{ url: 'https://example.org/a' }])
    expect(htmlToText('Plain text, no markup').hadHtml).toBe(false)
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl(' https://example.org ')).toBe('https://example.org')
  })
})

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Zócalo')
    expect(decodeBytes(utf8)).toEqual({ text: 'Zócalo', encoding: 'UTF-8' })
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'Zócalo',
      encoding: 'UTF-8 with BOM',
    })
    expect(decodeBytes(new Uint8Array([0x5a, 0xf3, 0x63, 0x80]))).toEqual({
      text: 'Zóc€',
      encoding: 'Windows-1252',
    })
  })
})
