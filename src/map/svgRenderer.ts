/**
 * Leaflet's SVG renderer, with a view reset that projects and redraws each path once. A view reset is a zoom without
 * animation: every zoom under prefers-reduced-motion, and the jumps to a selection or a step. In Leaflet's own
 * renderer, Map._resetView fires zoomend (the renderer projects every path), moveend (it redraws every path) and then
 * viewreset (it redraws every path, then projects and redraws each again): every basemap shape projected twice and
 * drawn three times, about 40 ms of a zoom at 1k events in stop 28's profile. Leaflet's Canvas renderer has the same
 * guard for the same sequence (its viewprereset flag); its SVG renderer has none. And a pan that leaves the view
 * inside the area drawn last redraws nothing (_onMoveEnd). Leaflet 1.9 (pinned in package.json); the methods
 * replaced are the renderer's own, named in its source.
 */
import L from 'leaflet'

type RendererMethods = {
  getEvents: () => Record<string, L.LeafletEventHandlerFn>
  _onZoomEnd: () => void
  _updatePaths: () => void
  _reset: () => void
}

type ResetOnce = RendererMethods & {
  _isResetting: boolean
  _onViewPreReset: () => void
  _onMoveEnd: () => void
  _update: () => void
  _map: L.Map
  _bounds?: L.Bounds
  _zoom?: number
  options: L.RendererOptions
}

const svg = L.SVG.prototype as unknown as RendererMethods

const ResetOnceSVG = (
  L.SVG as unknown as { extend: (props: object) => new (options?: L.RendererOptions) => L.SVG }
).extend({
  getEvents(this: ResetOnce) {
    return { ...svg.getEvents.call(this), viewprereset: this._onViewPreReset, moveend: this._onMoveEnd }
  },
  /**
   * A pan (moveend at the same zoom) that leaves the whole view inside the area last drawn (the view then, and
   * `padding` around it) needs nothing redrawn: the paths drawn then still cover it, where they are. Leaflet's
   * renderer clips and redraws every path after every pan: about 35 ms of a selection's click on the bundled data
   * (the basemap's shapes), when the map moves to frame the event.
   */
  _onMoveEnd(this: ResetOnce) {
    const bounds = this._bounds
    const map = this._map
    if (bounds && this._zoom === map.getZoom() && !this._isResetting) {
      const size = map.getSize()
      const view = L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(size))
      const padding = this.options.padding ?? 0.1
      const drawnSize = bounds.getSize()
      // The same window size (a resize redraws), and the view inside what was drawn.
      if (
        Math.abs(drawnSize.x - Math.round(size.x * (1 + 2 * padding))) <= 1 &&
        Math.abs(drawnSize.y - Math.round(size.y * (1 + 2 * padding))) <= 1 &&
        bounds.contains(view)
      )
        return
    }
    this._update()
  },
  /** A view reset begins: its viewreset projects and draws every path (_reset); nothing before it need. */
  _onViewPreReset(this: ResetOnce) {
    this._isResetting = true
  },
  _onZoomEnd(this: ResetOnce) {
    if (!this._isResetting) svg._onZoomEnd.call(this)
  },
  _updatePaths(this: ResetOnce) {
    if (!this._isResetting) svg._updatePaths.call(this)
  },
  _reset(this: ResetOnce) {
    try {
      svg._reset.call(this)
    } finally {
      this._isResetting = false
    }
  },
})

/** A renderer for the map's paths; `pane` for a pane of its own (Leaflet gives a pane a plain SVG renderer). */
export function resetOnceSvg(options?: L.RendererOptions): L.SVG {
  return new ResetOnceSVG(options)
}

const byPane = new WeakMap<L.Map, Map<string, L.SVG>>()

/** The one such renderer of this map's pane, as Leaflet keeps one renderer per pane. */
export function paneRenderer(map: L.Map, pane: string): L.SVG {
  let renderers = byPane.get(map)
  if (!renderers) {
    renderers = new Map()
    byPane.set(map, renderers)
  }
  let renderer = renderers.get(pane)
  if (!renderer) {
    // The basemap's shapes are drawn 30 % of the view beyond each edge (Leaflet's default is 10 %), so that a selection's
    // pan to frame its event seldom redraws them (_onMoveEnd); wider made the map's zoom slower (more of each shape).
    renderer = resetOnceSvg(pane === 'basemap' ? { pane, padding: 0.3 } : { pane })
    renderers.set(pane, renderer)
  }
  return renderer
}

type ProjectingPath = {
  _map: L.Map
  _projectLatlngs: (latlngs: unknown[], result: L.Point[][], bounds: L.Bounds) => void
}

/** Per ring of a shape, its points projected at scale 1 (x, y, x, y, …): a zoom's layer points are these scaled. */
const unitRings = new WeakMap<readonly L.LatLng[], Float64Array>()

/**
 * Makes the shape project its points from numbers it keeps instead of from their latitudes and longitudes again: what
 * Leaflet computes for a point at zoom z is `scale(z) * u` rounded, less the pixel origin, where u is the point at scale
 * 1 (its CRS's projection and transformation); u is computed once and kept. Every view reset (each zoom under
 * prefers-reduced-motion, a selection's or a story step's jump to a new zoom) projects every basemap shape again:
 * 24,000 points here, each a logarithm, a sine and three new points. The same numbers as Leaflet's, rounded the same
 * way. Leaflet 1.9's Polyline._projectLatlngs (pinned in package.json), replaced on this shape (a polygon or a line) only.
 */
export function keepProjection(layer: L.Layer): void {
  if (!(layer instanceof L.Polyline)) return
  const shape = layer as unknown as ProjectingPath
  if (typeof shape._projectLatlngs !== 'function') return
  shape._projectLatlngs = function (latlngs, result, bounds) {
    if (!(latlngs[0] instanceof L.LatLng)) {
      for (const nested of latlngs) this._projectLatlngs(nested as unknown[], result, bounds)
      return
    }
    const ring = latlngs as L.LatLng[]
    const map = this._map
    const crs = map.options.crs ?? L.CRS.EPSG3857
    let unit = unitRings.get(ring)
    if (!unit) {
      unit = new Float64Array(ring.length * 2)
      // Zoom -8 is scale 1 in Leaflet's CRSs (256 · 2^zoom): the transformation's own numbers, times 1.
      for (let index = 0; index < ring.length; index++) {
        const point = crs.latLngToPoint(ring[index] as L.LatLng, -8)
        unit[index * 2] = point.x
        unit[index * 2 + 1] = point.y
      }
      unitRings.set(ring, unit)
    }
    const scale = crs.scale(map.getZoom())
    const origin = map.getPixelOrigin()
    const points: L.Point[] = []
    for (let index = 0; index < unit.length; index += 2) {
      const point = L.point(
        Math.round(scale * (unit[index] ?? 0)) - origin.x,
        Math.round(scale * (unit[index + 1] ?? 0)) - origin.y,
      )
      points.push(point)
      bounds.extend(point)
    }
    result.push(points)
  }
}
