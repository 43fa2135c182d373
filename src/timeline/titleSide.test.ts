import { describe, expect, it } from 'vitest'
import { minWrapPx } from './fitSelectedTitle'
import { titleSide } from './titleSide'

describe('titleSide', () => {
  // An axis of 1000 ms shown whole in a 1000 px panel: 1 px per ms.
  const axis = { minMs: 0, maxMs: 1000, panelWidth: 1000 }

  it('keeps the title after its dot wherever it fits before the axis ends', () => {
    expect(titleSide(100, 300, axis)).toBe('after')
    expect(titleSide(700, 300, axis)).toBe('after')
  })

  it('puts it before its dot near the axis end, where it would run past it', () => {
    expect(titleSide(900, 300, axis)).toBe('before')
    expect(titleSide(990, 600, { minMs: 200, maxMs: 1000, panelWidth: 800 })).toBe('before')
  })

  it('keeps it after the dot when it fits on neither side but there is more room after', () => {
    expect(titleSide(300, 900, axis)).toBe('after')
  })

  it('measures at the scale of the whole axis: the same in a narrower panel means less room', () => {
    // 420 px for the same axis (an embed beside its card): 0.42 px per ms, 84 px after an event at 800 ms.
    expect(titleSide(800, 150, axis)).toBe('after')
    expect(titleSide(800, 150, { ...axis, panelWidth: 420 })).toBe('before')
  })

  it('leaves a title after its dot when nothing is measured yet (no width, no panel, no axis)', () => {
    expect(titleSide(990, 0, axis)).toBe('after')
    expect(titleSide(990, 300, { ...axis, panelWidth: 0 })).toBe('after')
    expect(titleSide(990, 300, { minMs: 5, maxMs: 5, panelWidth: 1000 })).toBe('after')
  })

  it('writes a selected title before its dot only where it fits there whole, or where the room after is too narrow to wrap in', () => {
    // 620 px before the dot, 380 after: a 500 px title goes before any title's dot, and before the selected one's.
    expect(titleSide(620, 500, axis)).toBe('before')
    expect(titleSide(620, 500, axis, true)).toBe('before')
    // A 700 px title fits on neither side: any title goes before (more room), the selected one after, where it wraps
    // to end at the panel's edge (fitSelectedTitle.ts).
    expect(titleSide(620, 700, axis)).toBe('before')
    expect(titleSide(620, 700, axis, true)).toBe('after')
    // Less room after than a wrapped title needs: before, as any title.
    const nearEnd = 1000 - (minWrapPx(1000) - 40)
    expect(titleSide(nearEnd, 900, axis, true)).toBe('before')
    // A narrow panel wraps in less: 400 px showing the same axis, a 300 px title at 520 ms (192 px after, 208 before).
    const narrow = { ...axis, panelWidth: 400 }
    expect(minWrapPx(400)).toBe(160)
    expect(titleSide(520, 300, narrow, true)).toBe('after')
    // Where a title fits after its dot, selected or not, it stays there.
    expect(titleSide(100, 300, axis, true)).toBe('after')
  })
})
