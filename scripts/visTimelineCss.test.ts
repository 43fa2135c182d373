import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withoutUnusedVisRules } from './visTimelineCss'

const SHIPPED = readFileSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.css', 'utf8')
const rulesOf = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].map((match) => ({
    text: match[0],
    selectors: (match[1] ?? '').split(',').map((selector) => selector.trim()),
  }))

describe('withoutUnusedVisRules', () => {
  it("drops the configurator's and Graph2d's rules from vis-timeline's stylesheet and keeps every Timeline rule", () => {
    const trimmed = withoutUnusedVisRules(SHIPPED)
    for (const gone of [
      'vis-configuration',
      'vis-color-picker',
      'vis-data-axis',
      'vis-legend',
      'vis-graph-group',
    ])
      expect(trimmed).not.toContain(gone)
    // Every other rule is there as it was: a rule goes only when each of its selectors is the configurator's or Graph2d's.
    const unused =
      /vis-configuration|vis-config-|vis-color-picker|vis-data-axis|vis-legend|vis-graph-group|\.vis-fill\b|\.vis-bar\b|\.vis-outline\b/
    const rules = rulesOf(SHIPPED)
    const kept = rules.filter(({ selectors }) => !selectors.every((selector) => unused.test(selector)))
    expect(kept.length).toBeGreaterThan(100)
    expect(kept.length).toBeLessThan(rules.length)
    for (const rule of kept) expect(trimmed).toContain(rule.text.trim())
    // What the timeline draws: items, points, selection, the axis.
    for (const selector of [
      '.vis-item.vis-point.vis-selected',
      '.vis-item.vis-selected',
      '.vis-time-axis .vis-text',
    ])
      expect(trimmed).toContain(selector)
    expect(trimmed.length).toBeLessThan(SHIPPED.length * 0.7)
  })

  it('keeps a rule that one used selector shares with unused ones', () => {
    const css = '.vis-legend, .vis-item { color: red; }\n.vis-legend { color: blue; }\n'
    expect(withoutUnusedVisRules(css)).toBe('.vis-legend, .vis-item { color: red; }\n')
  })

  it('leaves a stylesheet with at-rules as it is', () => {
    const css = '@media print { .vis-legend { display: none; } }\n.vis-legend { color: blue; }\n'
    expect(withoutUnusedVisRules(css)).toBe(css)
  })
})
