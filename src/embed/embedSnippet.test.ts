// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  appBaseUrl,
  buildAmpSnippet,
  buildEmbedSnippet,
  buildEmbedUrl,
  clampEmbedHeight,
  escapeAttribute,
  SANDBOX_TOKENS,
} from './embedSnippet'
import { fullViewUrl } from './embedUrl'

describe('embed URLs', () => {
  it('puts embed=1 first, keeps the state and adds a valid embed id', () => {
    const base = appBaseUrl('https://viz.example.org/news/frontera/?event=a&lang=de#details')
    expect(base).toBe('https://viz.example.org/news/frontera/')
    expect(buildEmbedUrl(base, '?event=a&lang=de&view=list', 'map-1')).toBe(
      'https://viz.example.org/news/frontera/embed.html?embed=1&event=a&lang=de&view=list&eid=map-1',
    )
  })

  it('drops an invalid embed id and never duplicates embed or eid', () => {
    expect(buildEmbedUrl('https://v.example/', '?embed=0&eid=x&view=map', '"><script>')).toBe(
      'https://v.example/embed.html?embed=1&view=map',
    )
    // From the app opened as index.html too: embed.html beside it.
    expect(buildEmbedUrl('https://v.example/app/index.html', '', null)).toBe(
      'https://v.example/app/embed.html?embed=1',
    )
  })

  it('opens the full view at the same state, without the embed parameters', () => {
    expect(fullViewUrl('https://v.example/app/?embed=1&eid=x&event=a', '?event=a&theme=dark')).toBe(
      'https://v.example/app/?event=a&theme=dark',
    )
    expect(fullViewUrl('https://v.example/app/index.html?embed=1', '')).toBe(
      'https://v.example/app/index.html',
    )
    expect(fullViewUrl('https://v.example/app/embed.html?embed=1&eid=x', '?event=a')).toBe(
      'https://v.example/app/?event=a',
    )
  })
})

describe('buildEmbedSnippet', () => {
  const snippet = buildEmbedSnippet({
    src: 'https://v.example/?embed=1&event=a&eid=demo',
    title: 'Frontera: "map" <and> timeline',
    height: 640,
    scriptSrc: 'https://v.example/embed.js',
  })

  it('has the recommended attributes', () => {
    expect(snippet).toContain('title="Frontera: &quot;map&quot; &lt;and&gt; timeline"')
    expect(snippet).toContain('loading="lazy"')
    expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"')
    expect(snippet).toContain(`sandbox="${SANDBOX_TOKENS}"`)
    expect(SANDBOX_TOKENS).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox')
    expect(snippet).not.toContain('allow-top-navigation')
    expect(snippet).toContain('height="640"')
    expect(snippet).toMatch(/\n {2}data-frontera-embed\n><\/iframe>/u)
    expect(snippet).toContain('<script async src="https://v.example/embed.js"></script>')
  })

  it('escapes the URL for an attribute', () => {
    expect(snippet).toContain('src="https://v.example/?embed=1&amp;event=a&amp;eid=demo"')
  })

  it('parses back to one iframe whose attributes hold exactly the given values', () => {
    const document = new DOMParser().parseFromString(snippet, 'text/html')
    const frames = document.querySelectorAll('iframe')
    expect(frames).toHaveLength(1)
    expect(frames[0]?.getAttribute('title')).toBe('Frontera: "map" <and> timeline')
    expect(frames[0]?.getAttribute('src')).toBe('https://v.example/?embed=1&event=a&eid=demo')
    // Nothing a host page's strict Content-Security-Policy would block: no style attribute, no inline script.
    expect(frames[0]?.hasAttribute('style')).toBe(false)
    expect(document.querySelector('script:not([src])')).toBeNull()
    expect(frames[0]?.getAttribute('width')).toBe('100%')
  })

  it('leaves the script out on request and clamps the height', () => {
    const bare = buildEmbedSnippet({
      src: 'https://v.example/?embed=1',
      title: 't',
      height: 1e9,
      scriptSrc: null,
    })
    expect(bare).not.toContain('<script')
    expect(bare).toContain('height="5000"')
    expect(clampEmbedHeight(Number('abc'))).toBe(640)
    expect(clampEmbedHeight(12)).toBe(150)
  })

  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
  })
})

describe('the embed height in the URL and the AMP code', () => {
  it('carries the chosen height before the embed id, and never twice', () => {
    expect(buildEmbedUrl('https://v.example/', '?view=list&height=9999', 'a', 480)).toBe(
      'https://v.example/embed.html?embed=1&view=list&height=480&eid=a',
    )
    expect(buildEmbedUrl('https://v.example/', '?view=list', null, 'auto')).toBe(
      'https://v.example/embed.html?embed=1&view=list&height=auto',
    )
  })

  it('escapes every value of the AMP code', () => {
    const amp = buildAmpSnippet({
      src: 'https://v.example/?embed=1&eid=a"b',
      title: '<b>"x"</b>',
      height: 560,
      showMore: '<img src=x>',
    })
    expect(amp).toContain('src="https://v.example/?embed=1&amp;eid=a&quot;b"')
    expect(amp).toContain('title="&lt;b&gt;&quot;x&quot;&lt;/b&gt;"')
    expect(amp).toContain('<button overflow type="button">&lt;img src=x&gt;</button>')
    expect(amp).toContain(`sandbox="${SANDBOX_TOKENS}"`)
    expect(amp).not.toContain('<img')
  })
})
