/**
 * Two libraries' stylesheets carry rules for parts Frontera never shows, and every page and embed downloads them
 * before its first paint; the build drops those rules. A rule is dropped only when every one of its selectors names one
 * of those parts; anything else is kept as it is.
 * - vis-timeline ships one stylesheet for its Timeline and its Graph2d, with the rules of its options configurator
 *   (a settings form and colour picker). Frontera draws only a Timeline and never shows the configurator: 1.5 kB gzip
 *   (issue 10's budget for a map embed).
 * - Leaflet's carries the layers and scale controls, old Internet Explorer's and VML's rules, the default marker's
 *   image and shadow, image overlays, draggable markers and scrolled popups. Frontera's markers are its own
 *   (markerIcons.ts), its basemap is SVG, its popups have no height limit. With those rules go the layers control's
 *   and the default marker's images, which the build inlined into the map's stylesheet as data URIs: 7.3 → 3.0 kB
 *   gzip. (The tiles' and the attribution's rules stay: a build with VITE_TILE_URL draws tiles.)
 */
import type { Plugin } from 'vite'

/** Selectors of vis-timeline's configurator and of Graph2d (its value axes, legend, group colours, bars and areas). */
const UNUSED_VIS =
  /vis-configuration|vis-config-|vis-color-picker|vis-data-axis|vis-legend|vis-graph-group|\.vis-fill\b|\.vis-bar\b|\.vis-outline\b/

/** Selectors of the Leaflet parts the map never uses. */
const UNUSED_LEAFLET =
  /leaflet-control-layers|leaflet-control-scale|leaflet-oldie|\blvml\b|leaflet-vml-shape|leaflet-retina|leaflet-marker-shadow|leaflet-default-icon-path|leaflet-image-layer|leaflet-marker-draggable|leaflet-safari|leaflet-popup-scrolled/

/** The stylesheet's plain rules without those whose every selector `unused` matches. */
function withoutRules(css: string, unused: RegExp): string {
  return css.replace(/([^{}]+)\{[^{}]*\}/g, (rule, selectors: string) =>
    selectors.split(',').every((selector) => unused.test(selector)) ? '' : rule,
  )
}

/** vis-timeline's stylesheet without the rules UNUSED_VIS names; one with at-rules (media, keyframes) is left whole. */
export function withoutUnusedVisRules(css: string): string {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '')
  if (plain.includes('@')) return css
  return withoutRules(plain, UNUSED_VIS)
}

/**
 * Leaflet's stylesheet without the rules UNUSED_LEAFLET names. Its one at-rule (a print rule) ends the file: what comes
 * from the first at-rule on is kept whole.
 */
export function withoutUnusedLeafletRules(css: string): string {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const at = plain.indexOf('@')
  const head = at < 0 ? plain : plain.slice(0, at)
  return withoutRules(head, UNUSED_LEAFLET) + (at < 0 ? '' : plain.slice(at))
}

const TRIMMED: [RegExp, (css: string) => string][] = [
  [/[\\/]vis-timeline[\\/]styles[\\/]vis-timeline-graph2d(\.min)?\.css$/, withoutUnusedVisRules],
  [/[\\/]leaflet[\\/]dist[\\/]leaflet\.css$/, withoutUnusedLeafletRules],
]

/** Vite plugin: applies those to vis-timeline's and Leaflet's stylesheets wherever they are imported. */
export function unusedCss(): Plugin {
  return {
    name: 'frontera:unused-css',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? ''
      const trim = TRIMMED.find(([pattern]) => pattern.test(path))?.[1]
      return trim ? { code: trim(code), map: null } : null
    },
  }
}
