import { describe, expect, it } from 'vitest'
import { validateDataset } from '../src/data/validateDataset'
import { FIRST_DAY_MS, LAST_DAY_MS, generateSyntheticDataset, readBaseData } from './generateSynthetic'

describe('generateSyntheticDataset', () => {
  it('passes the validator without errors or warnings', () => {
    const { dataset, problems } = validateDataset(generateSyntheticDataset(2000))
    expect(problems).toEqual([])
    expect(dataset.events).toHaveLength(2000)
  })

  it('passes the validator with the real categories, actors and periods', () => {
    const base = readBaseData('data')
    const { dataset, problems } = validateDataset(generateSyntheticDataset(2000, 7, base))
    expect(problems).toEqual([])
    expect(dataset.events).toHaveLength(2000)
    expect(dataset.periods).toHaveLength(base.periods.length)
  })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSyntheticDataset(500, 42)).toEqual(generateSyntheticDataset(500, 42))
    expect(generateSyntheticDataset(500, 42)).not.toEqual(generateSyntheticDataset(500, 43))
  })

  it('spreads events over 2020 to mid-2026, densest in 2025, with the promised mix', () => {
    const { dataset } = validateDataset(generateSyntheticDataset(2000))
    const events = dataset.events
    const perYear = new Map<number, number>()
    for (const event of events) {
      expect(event.when.startMs).toBeGreaterThanOrEqual(FIRST_DAY_MS)
      expect(event.when.startMs).toBeLessThanOrEqual(LAST_DAY_MS)
      perYear.set(event.when.start.year, (perYear.get(event.when.start.year) ?? 0) + 1)
    }
    for (let year = 2020; year <= 2026; year++) expect(perYear.get(year) ?? 0).toBeGreaterThan(50)
    const busiest = [...perYear.entries()].sort((a, b) => b[1] - a[1])[0]![0]
    expect(busiest).toBe(2025)

    const share = (predicate: (event: (typeof events)[number]) => boolean) =>
      events.filter(predicate).length / events.length
    expect(share((e) => e.when.start.precision === 'day')).toBeGreaterThan(0.75)
    expect(share((e) => e.when.start.precision === 'month')).toBeGreaterThan(0.03)
    expect(share((e) => e.when.start.precision === 'year')).toBeGreaterThan(0.005)
    expect(share((e) => e.when.end !== undefined)).toBeGreaterThan(0.02)
    expect(share((e) => e.when.qualifier !== undefined)).toBeGreaterThan(0.005)
    expect(share((e) => e.places.some((p) => p.role === 'origin'))).toBeGreaterThan(0.01)
    expect(share((e) => e.claim.status !== 'confirmed')).toBeGreaterThan(0.2)
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length)
    expect(events.every((e) => /^syn-\d{6}$/.test(e.id))).toBe(true)
  })
})
