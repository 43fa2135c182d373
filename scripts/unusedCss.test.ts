import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withoutUnusedLeafletRules, withoutUnusedVisRules } from './unusedCss'

const SHIPPED = readFileSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.css', 'utf8')
const rulesOf = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].map((match) => ({
    text: match[0],
    selectors: (match[1] ?? '').split(',').map((selector) => selector.trim()),
  }))

/**
 * Every rule of `css` with a selector that `unused` does not name is in `trimmed` as it was, and some rules are gone;
 * so are the texts of `gone`; the selectors of `drawn` stay; `trimmed` is under `maxShare` of `css`.
 */
function expectOnlyUnusedRulesGone(
  css: string,
  trimmed: string,
  unused: RegExp,
  {
    keptAtLeast,
    gone,
    drawn,
    maxShare,
  }: { keptAtLeast: number; gone: string[]; drawn: string[]; maxShare: number },
): void {
  const rules = rulesOf(css)
  const kept = rules.filter(({ selectors }) => !selectors.every((selector) => unused.test(selector)))
  expect(kept.length).toBeGreaterThan(keptAtLeast)
  expect(kept.length).toBeLessThan(rules.length)
  for (const rule of kept) expect(trimmed).toContain(rule.text.trim())
  for (const text of gone) expect(trimmed).not.toContain(text)
  for (const selector of drawn) expect(trimmed).toContain(selector)
  expect(trimmed.length).toBeLessThan(css.length * maxShare)
}

describe('withoutUnusedVisRules', () => {
  it("drops the configurator's and Graph2d's rules from vis-timeline's stylesheet and keeps every Timeline rule", () => {
    // Every other rule is there as it was: a rule goes only when each of its selectors is the configurator's or Graph2d's.
    const unused =
      /vis-configuration|vis-config-|vis-color-picker|vis-data-axis|vis-legend|vis-graph-group|\.vis-fill\b|\.vis-bar\b|\.vis-outline\b/
    expectOnlyUnusedRulesGone(SHIPPED, withoutUnusedVisRules(SHIPPED), unused, {
      keptAtLeast: 100,
      gone: ['vis-configuration', 'vis-color-picker', 'vis-data-axis', 'vis-legend', 'vis-graph-group'],
      // What the timeline draws: items, points, selection, the axis.
      drawn: ['.vis-item.vis-point.vis-selected', '.vis-item.vis-selected', '.vis-time-axis .vis-text'],
      maxShare: 0.7,
    })
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

describe('withoutUnusedLeafletRules', () => {
  const LEAFLET = readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8')
  const unused =
    /leaflet-control-layers|leaflet-control-scale|leaflet-oldie|\blvml\b|leaflet-vml-shape|leaflet-retina|leaflet-marker-shadow|leaflet-default-icon-path|leaflet-image-layer|leaflet-marker-draggable|leaflet-safari|leaflet-popup-scrolled/

  it('drops the rules of the parts the map never uses and keeps every other rule and the print rule', () => {
    const trimmed = withoutUnusedLeafletRules(LEAFLET)
    // Every rule left has a selector of a part the map uses.
    for (const rule of rulesOf(trimmed.slice(0, trimmed.indexOf('@'))))
      expect(
        rule.selectors.some((selector) => !unused.test(selector)),
        rule.text,
      ).toBe(true)
    const plain = LEAFLET.replace(/\/\*[\s\S]*?\*\//g, '')
    const head = plain.slice(0, plain.indexOf('@'))
    expectOnlyUnusedRulesGone(head, trimmed, unused, {
      keptAtLeast: 80,
      // The layers control's and the default marker's images go with their rules (the build inlined them as data
      // URIs).
      gone: ['layers.png', 'layers-2x.png', 'marker-icon.png', 'marker-shadow.png', 'leaflet-oldie'],
      // What the map draws: panes, its zoom buttons, popups (an area's list of events), tiles and attribution (a
      // build with VITE_TILE_URL), the print rule.
      drawn: [
        '.leaflet-map-pane',
        '.leaflet-control-zoom-in',
        '.leaflet-popup-content-wrapper',
        '.leaflet-tile',
        '.leaflet-control-attribution',
        '@media print',
      ],
      maxShare: 0.85,
    })
  })

  it('keeps a rule that one used selector shares with unused ones', () => {
    const css = '.leaflet-touch .leaflet-control-layers, .leaflet-touch .leaflet-bar { box-shadow: none; }\n'
    expect(withoutUnusedLeafletRules(css)).toBe(css)
  })
})
