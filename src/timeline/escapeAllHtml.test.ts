import { describe, expect, it } from 'vitest'
import { Timeline } from 'vis-timeline/esnext'
import standIn, { escapeAllHtml } from './escapeAllHtml'

describe('escapeAllHtml (the xss stand-in inside vis-timeline)', () => {
  it('escapes every character HTML gives a meaning, so markup shows as text', () => {
    expect(escapeAllHtml(`<img src=x onerror="alert('1')"> & <b>bold</b>`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    )
    expect(escapeAllHtml('Sheinbaum · 2025 – “Golfo”')).toBe('Sheinbaum · 2025 – “Golfo”')
  })

  it('is what vis-timeline gets when it imports xss', async () => {
    // The alias (vite.config.ts, and vitest.config.ts for these tests) resolves `xss` to the stand-in.
    const imported = (await import('xss')) as unknown as { default: unknown }
    expect(imported.default).toBe(standIn)
    const filter = new standIn.FilterXSS()
    expect(filter.process('<b onclick="x()">a</b>')).toBe('&lt;b onclick=&quot;x()&quot;&gt;a&lt;/b&gt;')
    expect(typeof Timeline).toBe('function')
  })
})
