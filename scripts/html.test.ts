// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { h, isAllowedUrl, jsonLd, render, renderDocument } from './html'

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</title><script>alert(1)</script>',
  '<!-- comment --> & &amp; &lt;',
  '</script><script>alert(1)</script>',
  '<style>body{display:none}</style>',
  '\u2028\u2029 line separators',
]

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('the HTML builder', () => {
  it('writes every string as text, in text and in attributes', () => {
    for (const text of HOSTILE) {
      const document = parse(
        renderDocument(
          h(
            'html',
            { lang: 'en' },
            h('head', {}, h('title', {}, text), h('meta', { name: 'description', content: text })),
            h('body', {}, h('p', { title: text, 'data-x': text }, text), h('a', { href: 'page/' }, text)),
          ),
        ),
      )
      expect(document.title).toBe(text)
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(text)
      const p = document.querySelector('p')!
      expect(p.textContent).toBe(text)
      expect(p.getAttribute('title')).toBe(text)
      expect(p.getAttribute('data-x')).toBe(text)
      expect(document.querySelector('a')?.textContent).toBe(text)
      expect(document.querySelectorAll('script, style, img')).toHaveLength(0)
      expect([...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames())).not.toContain(
        'onerror',
      )
    }
  })

  it('refuses link targets that are not http(s) or relative', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '//evil.example/',
      '\\\\evil.example/',
      '/\\evil.example/',
      '\\/evil.example/',
      'https://',
    ]) {
      expect(isAllowedUrl(href), href).toBe(false)
      expect(() => h('a', { href }, 'x'), href).toThrow(/http\(s\) URL or a relative path/)
      expect(() => h('img', { src: href }), href).toThrow()
    }
    for (const href of [
      'https://example.org/a?b=1&c=<2>',
      'http://example.org/',
      '../../?event=a&lang=es',
      'card.png',
      '',
    ])
      expect(isAllowedUrl(href), href).toBe(true)
    expect(render(h('a', { href: 'https://example.org/?a=1&b="2"' }, 'x'))).toBe(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">x</a>',
    )
  })

  it('refuses script and style elements, event handlers, style attributes and odd names', () => {
    expect(() => h('script', {}, 'alert(1)')).toThrow()
    expect(() => h('SCRIPT')).toThrow()
    expect(() => h('style', {}, 'body{}')).toThrow()
    expect(() => h('p', { onclick: 'alert(1)' })).toThrow()
    expect(() => h('p', { ONLOAD: 'alert(1)' })).toThrow()
    expect(() => h('p', { style: 'color:red' })).toThrow()
    expect(() => h('p', { 'a"b': 'x' })).toThrow()
    expect(() => h('p', { 'a b': 'x' })).toThrow()
    expect(() => h('img onerror=alert(1)')).toThrow()
    expect(() => h('br', {}, 'text')).toThrow()
  })

  it('writes JSON-LD that no string can break out of, and that parses back to the same value', () => {
    const value = { '@type': 'NewsArticle', headline: HOSTILE.join(' '), list: HOSTILE }
    const html = renderDocument(h('html', {}, h('head', {}, jsonLd(value)), h('body', {})))
    const document = parse(html)
    const scripts = document.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json')
    expect(JSON.parse(scripts[0]!.textContent)).toEqual(value)
    expect(html.match(/<\/script/giu)).toHaveLength(1)
    expect(html).not.toContain('<!--')
    expect(document.querySelectorAll('body *')).toHaveLength(0)
  })

  it('leaves out empty attributes and children, and writes true attributes bare', () => {
    expect(
      render(h('p', { a: null, b: undefined, c: false, d: true, e: 0 }, null, false, undefined, ['x', 1])),
    ).toBe('<p d e="0">x1</p>')
  })
})
