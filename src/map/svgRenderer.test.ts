// @vitest-environment jsdom
import L from 'leaflet'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paneRenderer, resetOnceSvg } from './svgRenderer'

const maps: L.Map[] = []

/** A map of 800 × 600 px (jsdom lays nothing out: the size Leaflet reads is given), without animation. */
function makeMap(renderer: L.Renderer | undefined, zoom: number): L.Map {
  const container = document.createElement('div')
  Object.defineProperty(container, 'clientWidth', { value: 800 })
  Object.defineProperty(container, 'clientHeight', { value: 600 })
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

describe('paneRenderer', () => {
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
