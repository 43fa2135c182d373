import { describe, expect, it } from 'vitest'
import { axisLabelPlace } from './axisLabels'

describe('axisLabelPlace', () => {
  const panelWidth = 1000
  it('leaves a label whose text is inside the panel where vis-timeline put it', () => {
    expect(axisLabelPlace({ x: 0, padding: 3, textWidth: 40, stretchEnd: 300 }, panelWidth)).toBe('as-is')
    expect(axisLabelPlace({ x: 957, padding: 3, textWidth: 40, stretchEnd: 1300 }, panelWidth)).toBe('as-is')
  })

  it('hides a label the right edge cuts ("202" for 2025 on a phone)', () => {
    expect(axisLabelPlace({ x: 966, padding: 3, textWidth: 48, stretchEnd: 1298 }, panelWidth)).toBe('hidden')
  })

  it('moves a label the left edge cuts to the edge when its stretch has room ("24" for 2024)', () => {
    expect(axisLabelPlace({ x: -29, padding: 3, textWidth: 48, stretchEnd: 303 }, panelWidth)).toBe('at-edge')
  })

  it('hides it when the rest of its stretch is too short for it (it would run into the next label)', () => {
    expect(axisLabelPlace({ x: -300, padding: 3, textWidth: 48, stretchEnd: 30 }, panelWidth)).toBe('hidden')
  })

  it('hides a label wider than the whole panel', () => {
    expect(axisLabelPlace({ x: -10, padding: 3, textWidth: 120, stretchEnd: 500 }, 100)).toBe('hidden')
  })
})
