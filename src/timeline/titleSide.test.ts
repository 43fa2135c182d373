// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { placeSelectedTitle, titleSide } from './titleSide'

describe('titleSide', () => {
  const axis = { startX: 0, endX: 1000, panelWidth: 1000 }

  it('keeps the title after its dot wherever it fits before the axis ends', () => {
    expect(titleSide(100, 300, axis)).toBe('after')
    expect(titleSide(700, 300, axis)).toBe('after')
  })

  it('puts it before its dot near the axis end, where it would run past it', () => {
    expect(titleSide(900, 300, axis)).toBe('before')
    expect(titleSide(990, 600, { startX: 200, endX: 1000, panelWidth: 800 })).toBe('before')
  })

  it('keeps it after the dot when it fits on neither side but there is more room after', () => {
    expect(titleSide(300, 900, axis)).toBe('after')
  })

  it('measures to the axis, not to the panel: panning the window does not flip it', () => {
    // Zoomed in: the axis runs far past the panel on both sides; the same item at either edge of the panel.
    const zoomedIn = (shift: number) => ({ startX: -5000 + shift, endX: 900 + shift, panelWidth: 1000 })
    expect(titleSide(850, 300, zoomedIn(0))).toBe('before')
    expect(titleSide(250, 300, zoomedIn(-600))).toBe('before')
    expect(titleSide(100, 300, { startX: -5000, endX: 5000, panelWidth: 1000 })).toBe('after')
    expect(titleSide(950, 300, { startX: -5000, endX: 5000, panelWidth: 1000 })).toBe('after')
  })
})

describe('placeSelectedTitle', () => {
  // The axis ends where the panel does: the whole of the data in view.
  const WINDOW = { startMs: 0, endMs: 1000 }
  function timeline(dotLeft: number, itemWidth: number): HTMLElement {
    const root = document.createElement('div')
    const panel = document.createElement('div')
    panel.className = 'vis-panel vis-center'
    panel.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 1000, height: 200 })
    const item = document.createElement('div')
    item.className = 'vis-item vis-point vis-selected'
    Object.defineProperty(item, 'offsetWidth', { value: itemWidth })
    const dot = document.createElement('div')
    dot.className = 'vis-item vis-dot'
    dot.getBoundingClientRect = () => DOMRect.fromRect({ x: dotLeft, y: 10, width: 8, height: 8 })
    item.append(dot)
    const old = document.createElement('div')
    old.className = 'vis-item vis-point'
    old.dataset.titleSide = 'before'
    panel.append(item, old)
    root.append(panel)
    return root
  }

  it('marks the selected item whose title goes before its dot, and clears items no longer selected', () => {
    const root = timeline(950, 400)
    placeSelectedTitle(root, WINDOW, WINDOW)
    expect(root.querySelector<HTMLElement>('.vis-selected')?.dataset.titleSide).toBe('before')
    expect(
      root.querySelector<HTMLElement>('.vis-item.vis-point:not(.vis-selected)')?.dataset.titleSide,
    ).toBeUndefined()
  })

  it('leaves a title that fits after its dot there', () => {
    const root = timeline(100, 400)
    placeSelectedTitle(root, WINDOW, WINDOW)
    expect(root.querySelector<HTMLElement>('.vis-selected')?.hasAttribute('data-title-side')).toBe(false)
  })
})
