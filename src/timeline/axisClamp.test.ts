import { describe, expect, it } from 'vitest'
import { clampedStart } from './axisClamp'

const extent = { startMs: 1_000, endMs: 2_000 }

describe('clampedStart', () => {
  it('keeps a window that lies within the axis', () => {
    expect(clampedStart({ startMs: 1_200, endMs: 1_500 }, extent)).toBe(1_200)
  })

  it('moves a window past either end back inside, its width kept', () => {
    expect(clampedStart({ startMs: 800, endMs: 1_100 }, extent)).toBe(1_000)
    expect(clampedStart({ startMs: 1_900, endMs: 2_200 }, extent)).toBe(1_700)
  })

  it('shows the whole axis for a window as wide or wider: a selection then cannot move it', () => {
    expect(clampedStart({ startMs: 1_000, endMs: 2_000 }, extent)).toBe(1_000)
    expect(clampedStart({ startMs: 1_400, endMs: 2_600 }, extent)).toBe(1_000)
  })
})
