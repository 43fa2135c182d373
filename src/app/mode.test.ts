import { describe, expect, it } from 'vitest'
import { readMode } from './mode'

describe('readMode', () => {
  it('is embed only when the embed parameter is exactly 1', () => {
    expect(readMode('https://example.org/frontera/?embed=1')).toBe('embed')
    expect(readMode('https://example.org/frontera/index.html?view=list&embed=1&eid=x')).toBe('embed')
    expect(readMode('https://example.org/frontera/?embed=0')).toBe('explore')
    expect(readMode('https://example.org/frontera/?embed=true')).toBe('explore')
    expect(readMode('https://example.org/frontera/?embed=%3Cscript%3E')).toBe('explore')
    expect(readMode('https://example.org/frontera/')).toBe('explore')
  })

  it('accepts a relative URL or a URL object and never throws', () => {
    expect(readMode('?embed=1')).toBe('embed')
    expect(readMode(new URL('https://example.org/?embed=1'))).toBe('embed')
    expect(readMode('http://[bad')).toBe('explore')
  })
})
