import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { fitProjection, labelWidth, numberSources, placeLabels, quotedTitle, ringsToPath } from './handout'

describe('numberSources', () => {
  it('numbers each source once, in order of first citation, and lists each event’s numbers', () => {
    const { events } = makeDataset({
      events: [
        { id: 'a', start: '2025-01-01', sources: [{ url: 'https://x.org/1' }, { url: 'https://x.org/2' }] },
        { id: 'b', start: '2025-02-01', sources: [{ url: 'https://x.org/2' }, { url: 'https://x.org/3' }] },
      ],
    })
    const { sources, refs } = numberSources(events)
    expect(sources.map((source) => source.url)).toEqual([
      'https://x.org/1',
      'https://x.org/2',
      'https://x.org/3',
    ])
    expect(refs.get('a')).toEqual([1, 2])
    expect(refs.get('b')).toEqual([2, 3])
  })
})

describe('fitProjection', () => {
  it('keeps every point inside the box, with room around them', () => {
    const points = [
      { lon: -99.13, lat: 19.43 },
      { lon: -77.04, lat: 38.9 },
      { lon: -118.24, lat: 34.05 },
    ]
    const projection = fitProjection(points, 1000)
    for (const point of points) {
      const [x, y] = projection.project(point)
      expect(x).toBeGreaterThan(50)
      expect(x).toBeLessThan(950)
      expect(y).toBeGreaterThan(20)
      expect(y).toBeLessThan(projection.height - 20)
    }
    expect(projection.project({ lon: -77.04, lat: 38.9 })[1]).toBeLessThan(
      projection.project({ lon: -99.13, lat: 19.43 })[1],
    )
  })

  it('shows the surroundings of a single place and keeps the map landscape', () => {
    const projection = fitProjection([{ lon: -99.13, lat: 19.43 }], 1000)
    expect(projection.project({ lon: -99.13, lat: 19.43 })).toEqual([500, projection.height / 2])
    expect(projection.height).toBeGreaterThanOrEqual(450)
    expect(projection.height).toBeLessThanOrEqual(700)
    const tall = fitProjection(
      [
        { lon: -100, lat: 10 },
        { lon: -100, lat: 60 },
      ],
      1000,
    )
    expect(tall.height).toBeLessThanOrEqual(700)
  })

  it('draws closed SVG paths from polygon rings', () => {
    const projection = fitProjection([{ lon: 0, lat: 0 }], 100)
    expect(
      ringsToPath(
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
          ],
        ],
        projection,
      ),
    ).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z$/u)
  })
})

describe('placeLabels', () => {
  type Box = { x0: number; y0: number; x1: number; y1: number }
  // The label's box as drawn: the same type metrics as placeLabels assumes, from the anchor.
  const boxOf = (label: { x: number; y: number; anchor: string }, text: string): Box => {
    const w = labelWidth(text)
    const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2
    return { x0, y0: label.y - 13, x1: x0 + w, y1: label.y + 3 }
  }
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

  it('puts close marks’ numbers where they overlap neither each other nor a mark, inside the map', () => {
    // Mexico City and Toluca on the printed transfers map: 18 units apart, both labelled to the right they overlapped.
    const marks = [
      { x: 345, y: 578, r: 5, text: '3, 4' },
      { x: 335, y: 585, r: 5, text: '2, 5' },
      { x: 712, y: 217, r: 5, text: '1, 3, 4, 5' },
      { x: 990, y: 300, r: 5, text: '6, 7' },
      { x: 500, y: 5, r: 9, text: '8' },
    ]
    const labels = placeLabels(marks, 1000, 600)
    const boxes = labels.map((label, index) => boxOf(label, marks[index]!.text))
    for (const [index, box] of boxes.entries()) {
      expect(box.x0).toBeGreaterThanOrEqual(0)
      expect(box.x1).toBeLessThanOrEqual(1000)
      expect(box.y0).toBeGreaterThanOrEqual(0)
      expect(box.y1).toBeLessThanOrEqual(600)
      for (const [other, otherBox] of boxes.entries())
        if (other !== index) expect(overlaps(box, otherBox), `${index} and ${other}`).toBe(false)
      for (const mark of marks)
        expect(
          overlaps(box, {
            x0: mark.x - mark.r,
            y0: mark.y - mark.r,
            x1: mark.x + mark.r,
            y1: mark.y + mark.r,
          }),
        ).toBe(false)
    }
    // A lone mark keeps its label on the right, as before.
    expect(labels[2]).toEqual({ x: 721, y: 222, anchor: 'start' })
    // At the right edge, to the left; at the top, below or beside.
    expect(labels[3]?.anchor).toBe('end')
  })

  it('measures digits wider than commas and spaces', () => {
    expect(labelWidth('1, 3, 4, 5')).toBe(4 * 10.5 + 6 * 5.25)
    expect(labelWidth('1, 2, 3, 4 +2')).toBeGreaterThan(labelWidth('1, 2, 3, 4, 2'))
  })
})

describe('quotedTitle', () => {
  it('quotes a source’s title in the marks of the handout’s language, leaving its own marks as published', () => {
    const title = 'Sheinbaum responde en carta: "A un arancel, vendrá otro"'
    expect(quotedTitle(title, 'es')).toBe(`«${title}»`)
    expect(quotedTitle('Mexico sends 29 prisoners', 'en')).toBe('“Mexico sends 29 prisoners”')
    expect(quotedTitle('Mexiko überstellt 29 Häftlinge', 'de')).toBe('„Mexiko überstellt 29 Häftlinge“')
  })
})
