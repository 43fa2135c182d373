import { describe, expect, it } from 'vitest'
import { DEFAULT_HEIGHT, parseEmbedHeight, resolveEmbedHeight } from './embedHeight'

describe('the embed height', () => {
  it('accepts whole pixels from 300 to 1600, or auto', () => {
    expect(parseEmbedHeight('300')).toBe(300)
    expect(parseEmbedHeight('1600')).toBe(1600)
    expect(parseEmbedHeight('auto')).toBe('auto')
    for (const bad of ['', '299', '1601', '560.5', ' 560', '-560', '0x230', 'Infinity', 'auto;', '<b>'])
      expect(parseEmbedHeight(bad)).toBeNull()
  })

  it('defaults by the view the embed opens with, and a story has its own', () => {
    expect(resolveEmbedHeight(null, 'map', false)).toBe(DEFAULT_HEIGHT.map)
    expect(resolveEmbedHeight(null, 'list', false)).toBe(DEFAULT_HEIGHT.list)
    expect(resolveEmbedHeight(null, 'map', true)).toBe(DEFAULT_HEIGHT.story)
    expect(resolveEmbedHeight(480, 'map', true)).toBe(480)
    expect(resolveEmbedHeight('auto', 'timeline', false)).toBe('auto')
    for (const px of Object.values(DEFAULT_HEIGHT)) {
      expect(px).toBeGreaterThanOrEqual(480)
      expect(px).toBeLessThanOrEqual(640)
    }
  })
})
