/**
 * vis-timeline ships one stylesheet for its Timeline and its Graph2d, with the rules of its options configurator
 * (a settings form and colour picker). Frontera draws only a Timeline and never shows the configurator, so the
 * build drops those rules: 1.5 kB gzip of every page's and embed's code (issue 10's budget for a map embed).
 * A rule is dropped only when every one of its selectors is one of those parts'; anything else is kept as it is.
 */
import type { Plugin } from 'vite'

/** Selectors of the configurator and of Graph2d (its value axes, legend, group colours, bars and areas). */
const UNUSED =
  /vis-configuration|vis-config-|vis-color-picker|vis-data-axis|vis-legend|vis-graph-group|\.vis-fill\b|\.vis-bar\b|\.vis-outline\b/

/** The stylesheet without the rules UNUSED names; one with at-rules (media, keyframes) is left whole. */
export function withoutUnusedVisRules(css: string): string {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '')
  if (plain.includes('@')) return css
  return plain.replace(/([^{}]+)\{[^{}]*\}/g, (rule, selectors: string) =>
    selectors.split(',').every((selector) => UNUSED.test(selector)) ? '' : rule,
  )
}

/** Vite plugin: applies withoutUnusedVisRules to vis-timeline's stylesheet wherever it is imported. */
export function visTimelineCss(): Plugin {
  return {
    name: 'frontera:vis-timeline-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]vis-timeline[\\/]styles[\\/]vis-timeline-graph2d(\.min)?\.css$/.test(id.split('?')[0] ?? ''))
        return null
      return { code: withoutUnusedVisRules(code), map: null }
    },
  }
}
