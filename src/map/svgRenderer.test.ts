// @vitest-environment jsdom
import L from 'leaflet'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { keepProjection, paneRenderer, resetOnceSvg } from './svgRenderer'

const maps: L.Map[] = []

/** A map of 800 × 600 px (jsdom lays nothing out: the size Leaflet reads is given), without animation. */
function makeMap(renderer: L.Renderer | undefined, zoom: number): L.Map {
  const container = document.createElement('div')
  Object.defineProperty(container, 'clientWidth', { value: 800, configurable: true })
  Object.defineProperty(container, 'clientHeight', { value: 600, configurable: true })
  document.body.append(container)
  const map = L.map(container, {
    renderer,
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
  })
  map.setView([23, -102], zoom)
  maps.push(map)
  return map
}

const mexicoish: L.LatLngTuple[] = [
  [32.7, -117.1],
  [31.3, -106.5],
  [25.9, -97.1],
  [21.2, -86.8],
  [14.5, -92.2],
  [16.8, -99.9],
  [22.9, -109.9],
]

/** How often each path of the renderer is projected and drawn while `act` runs. */
function countWork(paths: L.Path[], act: () => void): { projected: number; drawn: number } {
  const spies = paths.flatMap((path) => {
    const internals = path as unknown as { _project: () => void; _update: () => void }
    return [vi.spyOn(internals, '_project'), vi.spyOn(internals, '_update')]
  })
  act()
  const calls = spies.map((spy) => spy.mock.calls.length)
  for (const spy of spies) spy.mockRestore()
  return {
    projected: calls.filter((_, index) => index % 2 === 0).reduce((sum, n) => sum + n, 0),
    drawn: calls.filter((_, index) => index % 2 === 1).reduce((sum, n) => sum + n, 0),
  }
}

afterEach(() => {
  for (const map of maps.splice(0)) map.remove()
  document.body.replaceChildren()
})

describe('resetOnceSvg', () => {
  it('projects and draws each path once in a zoom without animation, where Leaflet’s SVG renderer does it 2 and 3 times', () => {
    const plainMap = makeMap(L.svg(), 4)
    const plain = L.polygon(mexicoish).addTo(plainMap)
    const onceMap = makeMap(resetOnceSvg(), 4)
    const once = L.polygon(mexicoish).addTo(onceMap)

    expect(countWork([plain], () => plainMap.setZoom(5))).toEqual({ projected: 2, drawn: 3 })
    expect(countWork([once], () => onceMap.setZoom(5))).toEqual({ projected: 1, drawn: 1 })
  })

  it('draws the same shape as Leaflet’s own renderer after zooms and jumps', () => {
    const plainMap = makeMap(L.svg(), 4)
    const plain = L.polygon(mexicoish).addTo(plainMap)
    const onceMap = makeMap(resetOnceSvg(), 4)
    const once = L.polygon(mexicoish).addTo(onceMap)
    const d = (path: L.Path) => (path.getElement() as SVGPathElement).getAttribute('d')
    expect(d(once)).toBe(d(plain))
    expect(d(once)).not.toBe('')
    for (const move of [
      (map: L.Map) => map.setZoom(6),
      (map: L.Map) => map.setView([19.4, -99.1], 7),
      (map: L.Map) => map.fitBounds(L.latLngBounds(mexicoish)),
    ]) {
      const before = d(once)
      move(plainMap)
      move(onceMap)
      expect(d(once)).toBe(d(plain))
      expect(d(once)).not.toBe(before)
    }
  })

  it('still draws every path on a pan: only a reset is guarded', () => {
    const map = makeMap(resetOnceSvg(), 5)
    const polygon = L.polygon(mexicoish).addTo(map)
    map.setZoom(6)
    // A pan is no reset: moveend draws the paths again, as in Leaflet's own renderer (the guard was cleared).
    expect(countWork([polygon], () => map.panBy([120, 0], { animate: false }))).toEqual({
      projected: 0,
      drawn: 1,
    })
  })
})

describe('resetOnceSvg on a pan', () => {
  it('draws nothing while the view stays inside the area drawn last (the view then and its padding), and draws again once it leaves it', () => {
    const map = makeMap(resetOnceSvg(), 5) // padding 0.1: 80 px beyond each side of an 800 px view
    const polygon = L.polygon(mexicoish).addTo(map)
    const d = () => (polygon.getElement() as SVGPathElement).getAttribute('d')
    const before = d()
    expect(countWork([polygon], () => map.panBy([50, 0], { animate: false }))).toEqual({
      projected: 0,
      drawn: 0,
    })
    expect(d()).toBe(before)
    expect(countWork([polygon], () => map.panBy([0, -40], { animate: false }))).toEqual({
      projected: 0,
      drawn: 0,
    })
    // 100 px right of where it was drawn: past the 80 px drawn beyond the view.
    expect(countWork([polygon], () => map.panBy([50, 0], { animate: false }))).toEqual({
      projected: 0,
      drawn: 1,
    })
    // Drawn for the new view: a pan back inside it draws nothing again, and a zoom still projects and draws once.
    expect(countWork([polygon], () => map.panBy([-30, 0], { animate: false }))).toEqual({
      projected: 0,
      drawn: 0,
    })
    expect(countWork([polygon], () => map.setZoom(6))).toEqual({ projected: 1, drawn: 1 })
  })

  it('draws again when the map is resized (its moveend), though the old view is inside what was drawn', () => {
    const map = makeMap(resetOnceSvg(), 5)
    const polygon = L.polygon(mexicoish).addTo(map)
    Object.defineProperty(map.getContainer(), 'clientWidth', { value: 760, configurable: true })
    expect(countWork([polygon], () => map.invalidateSize({ pan: false })).drawn).toBe(1)
  })
})

describe('paneRenderer', () => {
  it("draws the basemap's shapes 30 % of the view beyond each edge, the other panes' 10 % (Leaflet's default)", () => {
    const map = makeMap(undefined, 4)
    expect(paneRenderer(map, 'basemap').options.padding).toBe(0.3)
    expect(paneRenderer(map, 'routes').options.padding).toBe(0.1)
  })

  it('gives one renderer per map and pane, drawing in that pane', () => {
    const map = makeMap(undefined, 4)
    map.createPane('basemap')
    const renderer = paneRenderer(map, 'basemap')
    expect(paneRenderer(map, 'basemap')).toBe(renderer)
    expect(paneRenderer(map, 'areas')).not.toBe(renderer)
    expect(paneRenderer(makeMap(undefined, 4), 'basemap')).not.toBe(renderer)
    const polygon = L.polygon(mexicoish, { renderer, pane: 'basemap' }).addTo(map)
    expect(map.getPane('basemap')?.contains(polygon.getElement() ?? null)).toBe(true)
  })
})

describe('keepProjection', () => {
  type Projected = { _rings: L.Point[][]; _pxBounds: L.Bounds }
  const rings = (path: L.Path) =>
    (path as unknown as Projected)._rings.map((ring) => ring.map(({ x, y }) => [x, y]))

  it('gives the points and bounds Leaflet computes, at every zoom and place the map is reset to', () => {
    // A polygon with a hole and a multipolygon (a country of islands), as the basemap's GeoJSON makes them.
    const withHole: L.LatLngExpression[][] = [
      mexicoish,
      [
        [20, -100],
        [22, -100],
        [22, -98],
        [20, -98],
      ],
    ]
    const islands: L.LatLngExpression[][][] = [
      [mexicoish],
      [
        [
          [18.5, -72.3],
          [19.9, -72.8],
          [18.2, -74.4],
        ],
      ],
    ]
    const map = makeMap(resetOnceSvg(), 4)
    const pairs = [withHole, islands].map((latlngs) => {
      const own = L.polygon(latlngs)
      keepProjection(own)
      return { leaflet: L.polygon(latlngs).addTo(map), own: own.addTo(map) }
    })
    const views: [L.LatLngTuple, number][] = [
      [[23, -102], 4],
      [[40, -77], 5],
      [[19.4, -99.1], 7.5],
      [[-30, -60], 2],
      [[23, -102], 4],
    ]
    for (const [center, zoom] of views) {
      map.setView(center, zoom, { animate: false })
      for (const { leaflet, own } of pairs) {
        expect(rings(own)).toEqual(rings(leaflet))
        expect((own as unknown as Projected)._pxBounds).toEqual((leaflet as unknown as Projected)._pxBounds)
      }
    }
    expect(rings(pairs[1]!.own)).toHaveLength(2)
  })

  it('leaves what is not a line or a shape as it is', () => {
    const marker = L.marker([23, -102])
    keepProjection(marker)
    expect(Object.keys(marker)).not.toContain('_projectLatlngs')
  })
})
