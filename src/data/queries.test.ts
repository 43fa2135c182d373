import { describe, expect, it } from 'vitest'
import { ACTORS, makeDataset, makeEvent } from '../test/fixtures'
import type { Dataset } from './types'
import {
  countInWindow,
  datasetExtent,
  indexEvents,
  isInWindow,
  laneCountryOf,
  lowerBound,
  relatedEvents,
} from './queries'

const DAY_MS = 86_400_000

describe('lowerBound', () => {
  const events = makeDataset({
    events: [
      { id: 'a', start: '2025-01-01' },
      { id: 'b', start: '2025-02-01' },
      { id: 'c', start: '2025-02-01' },
      { id: 'd', start: '2025-03-01' },
    ],
  }).events

  it.each([
    ['before every event', Date.UTC(2024, 0, 1), 0],
    ['exactly on the first start', Date.UTC(2025, 0, 1), 0],
    ['between two events', Date.UTC(2025, 0, 15), 1],
    ['on a start shared by two events (the first of them)', Date.UTC(2025, 1, 1), 1],
    ['just after a shared start', Date.UTC(2025, 1, 1) + 1, 3],
    ['after every event', Date.UTC(2026, 0, 1), 4],
  ])('finds the first event at or after the time: %s', (_, ms, index) => {
    expect(lowerBound(events, ms)).toBe(index)
  })

  it('agrees with a linear search on many events', () => {
    const many = Array.from({ length: 200 }, (_, index) => ({
      when: { startMs: Math.floor(index / 3) * DAY_MS },
    })) as unknown as Parameters<typeof lowerBound>[0]
    for (const ms of [-1, 0, 1, 5 * DAY_MS, 5 * DAY_MS + 1, 66 * DAY_MS, 67 * DAY_MS]) {
      const linear = many.findIndex((event) => event.when.startMs >= ms)
      expect(lowerBound(many, ms)).toBe(linear === -1 ? many.length : linear)
    }
  })

  it('is 0 for no events', () => {
    expect(lowerBound([], 0)).toBe(0)
  })
})

describe('isInWindow', () => {
  // Covers 10 Feb 2025, from midnight to the next midnight (exclusive).
  const event = makeEvent({ id: 'a', start: '2025-02-10' })
  const day = Date.UTC(2025, 1, 10)

  it('counts every event as inside when there is no window', () => {
    expect(isInWindow(event, null)).toBe(true)
  })

  it.each([
    ['contains it', day - DAY_MS, day + 2 * DAY_MS, true],
    ['overlaps its start', day - DAY_MS, day + 1, true],
    ['overlaps its end', day + DAY_MS - 1, day + 5 * DAY_MS, true],
    ['lies inside it', day + 1000, day + 2000, true],
    ['ends as it starts', day - DAY_MS, day, false],
    ['starts as it ends', day + DAY_MS, day + 2 * DAY_MS, false],
    ['is far away', day + 10 * DAY_MS, day + 20 * DAY_MS, false],
  ])('is true only when the span overlaps: a window that %s → %s', (_, startMs, endMs, expected) => {
    expect(isInWindow(event, { startMs, endMs })).toBe(expected)
  })

  it('uses the whole period of a month-precision event', () => {
    const month = makeEvent({ id: 'm', start: '2025-02' })
    expect(isInWindow(month, { startMs: Date.UTC(2025, 1, 27), endMs: Date.UTC(2025, 2, 5) })).toBe(true)
  })
})

describe('countInWindow', () => {
  const events = makeDataset({
    events: [
      { id: 'jan', start: '2025-01-10' },
      { id: 'feb', start: '2025-02' },
      { id: 'mar', start: '2025-03-05' },
    ],
  }).events

  it('counts every event when there is no window', () => {
    expect(countInWindow(events, null)).toBe(3)
  })

  it('counts the events that overlap the window, as isInWindow decides each', () => {
    // 27 Feb to 6 Mar: the month-precision February event overlaps it, and so does 5 March; 10 January does not.
    const window = { startMs: Date.UTC(2025, 1, 27), endMs: Date.UTC(2025, 2, 6) }
    expect(countInWindow(events, window)).toBe(2)
    expect(countInWindow(events, window)).toBe(events.filter((event) => isInWindow(event, window)).length)
  })

  it('is 0 for a window with no event and for no events', () => {
    expect(countInWindow(events, { startMs: Date.UTC(2030, 0, 1), endMs: Date.UTC(2031, 0, 1) })).toBe(0)
    expect(countInWindow([], null)).toBe(0)
  })
})

describe('laneCountryOf', () => {
  const actorCountry = new Map(ACTORS.map((actor) => [actor.id, actor.country]))

  it.each([
    [['us-gov'], 'US'],
    [['mx-gov'], 'MX'],
    [['us-gov', 'mx-gov'], 'US-MX'],
    [['mx-gov', 'un', 'us-gov'], 'US-MX'],
    [['un'], 'other'],
    [[], 'other'],
  ])('puts an event with actors %j in the %s lane', (actors, lane) => {
    expect(laneCountryOf(makeEvent({ id: 'a', actors }), actorCountry)).toBe(lane)
  })

  it('ignores actors it does not know', () => {
    expect(laneCountryOf(makeEvent({ id: 'a', actors: ['us-gov'] }), new Map())).toBe('other')
  })
})

describe('relatedEvents', () => {
  const dataset = makeDataset({
    events: [
      { id: 'answer', start: '2025-02-01', relations: [{ type: 'responds-to', id: 'question' }] },
      { id: 'question', start: '2025-01-01' },
      { id: 'part', start: '2025-03-01', relations: [{ type: 'part-of', id: 'question' }] },
      { id: 'unrelated', start: '2025-04-01' },
    ],
  })
  const byId = indexEvents(dataset.events)
  const related = (id: string) =>
    relatedEvents(byId.get(id)!, byId, dataset.events).map((r) => [r.direction, r.type, r.event.id])

  it('lists the events this one points to as outgoing', () => {
    expect(related('answer')).toEqual([['out', 'responds-to', 'question']])
  })

  it('lists the events that point to this one as incoming', () => {
    expect(related('question')).toEqual([
      ['in', 'responds-to', 'answer'],
      ['in', 'part-of', 'part'],
    ])
  })

  it('finds incoming relations only in the list it is given, each list on its own', () => {
    const question = byId.get('question')!
    const withoutAnswer = dataset.events.filter((event) => event.id !== 'answer')
    expect(relatedEvents(question, byId, withoutAnswer).map((r) => r.event.id)).toEqual(['part'])
    // The full list, asked again after the filtered one, still has both.
    expect(related('question').map(([, , id]) => id)).toEqual(['answer', 'part'])
  })

  it('lists nothing for an event without relations', () => {
    expect(related('unrelated')).toEqual([])
  })
})

describe('datasetExtent', () => {
  it('pads the span of the events by at least 15 days on each side', () => {
    const dataset = makeDataset({ events: [{ id: 'a', start: '2025-01-01' }, { id: 'b', start: '2025-01-10' }] })
    expect(datasetExtent(dataset)).toEqual({
      startMs: Date.UTC(2025, 0, 1) - 15 * DAY_MS,
      endMs: Date.UTC(2025, 0, 11) + 15 * DAY_MS,
    })
  })

  it('pads a long span by 3% and ends after the event that ends last, not the one that starts last', () => {
    const dataset = makeDataset({
      events: [
        { id: 'long', start: '2000-01-01', end: '2020-12-31' },
        { id: 'late-start', start: '2010-06-01' },
      ],
    })
    const startMs = Date.UTC(2000, 0, 1)
    const endMs = Date.UTC(2021, 0, 1)
    const padMs = (endMs - startMs) * 0.03
    const extent = datasetExtent(dataset)
    expect(extent.startMs).toBeCloseTo(startMs - padMs)
    expect(extent.endMs).toBeCloseTo(endMs + padMs)
  })

  it('handles more events than a function call can take as arguments', () => {
    const events = Array.from({ length: 300_000 }, (_, index) => ({
      when: { startMs: index * DAY_MS, endMs: (index + 1) * DAY_MS },
    })) as unknown as Dataset['events']
    const extent = datasetExtent({ categories: [], actors: [], periods: [], events, stories: [] })
    expect(extent.endMs).toBeGreaterThan(300_000 * DAY_MS)
  })

  it('falls back to the year 2025 for an empty dataset', () => {
    const extent = datasetExtent({ categories: [], actors: [], periods: [], events: [], stories: [] })
    expect(extent.startMs).toBe(Date.UTC(2025, 0, 1))
    expect(extent.endMs).toBeGreaterThan(extent.startMs)
  })
})
