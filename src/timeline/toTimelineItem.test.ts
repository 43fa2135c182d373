import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../data/types'
import { ALL_MESSAGES } from '../i18n/allMessages'
import { MESSAGES } from '../i18n/messages'
import { ACTORS, CATEGORIES, makeDataset, makeEvent, makeManyEvents } from '../test/fixtures'
import {
  AGGREGATE_PREFIX,
  binWidthMs,
  PERIOD_PREFIX,
  groupSpecs,
  SINGLE_LANE,
  itemsForWindow,
  windowListing,
  withPinned,
  laneOf,
  periodItems,
  toTimelineItem,
} from './toTimelineItem'

const DAY_MS = 86_400_000
const IMPORTED = { locator: 'line 2', undated: false, links: [], sourceNames: [] }
const en = MESSAGES.en
const classesOf = (className: string) => className.split(' ')

describe('toTimelineItem', () => {
  it('draws a single known day as a point without an end', () => {
    const item = toTimelineItem(
      makeEvent({ id: 'a', start: '2025-02-27', title: 'Transfer' }),
      'en',
      'cat:diplomacy',
    )
    expect(item).toMatchObject({
      id: 'a',
      eventId: 'a',
      group: 'cat:diplomacy',
      type: 'point',
      start: Date.UTC(2025, 1, 27),
      label: 'Transfer',
      description: 'Feb 27, 2025: Transfer',
    })
    expect(item.end).toBeUndefined()
    expect(classesOf(item.className)).not.toContain('is-uncertain')
  })

  it('draws a span of known days as a range ending after the last day', () => {
    const item = toTimelineItem(makeEvent({ id: 'a', start: '2025-02-03', end: '2025-02-04' }), 'en', 'g')
    expect(item).toMatchObject({ type: 'range', start: Date.UTC(2025, 1, 3), end: Date.UTC(2025, 1, 5) })
    expect(classesOf(item.className)).not.toContain('is-uncertain')
  })

  it.each([
    ['2020-06', 'month', Date.UTC(2020, 5, 1), Date.UTC(2020, 6, 1)],
    ['2020', 'year', Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)],
  ])(
    'draws %s (%s precision) as an uncertain range over the whole period',
    (start, precision, startMs, endMs) => {
      const item = toTimelineItem(makeEvent({ id: 'a', start }), 'en', 'g')
      expect(item).toMatchObject({ type: 'range', start: startMs, end: endMs })
      expect(classesOf(item.className)).toEqual(
        expect.arrayContaining(['is-uncertain', `precision-${precision}`]),
      )
    },
  )

  it('marks a range as uncertain when only its end is imprecise', () => {
    const item = toTimelineItem(makeEvent({ id: 'a', start: '2025-01-10', end: '2025-03' }), 'en', 'g')
    expect(item).toMatchObject({ type: 'range', end: Date.UTC(2025, 3, 1) })
    expect(classesOf(item.className)).toContain('is-uncertain')
  })

  it('adds the qualifier as a class and as the first word of the label', () => {
    const item = toTimelineItem(
      makeEvent({ id: 'a', start: '2020-06', qualifier: 'circa', title: 'Talks' }),
      'en',
      'g',
    )
    expect(classesOf(item.className)).toContain('qualifier-circa')
    expect(item.label).toBe('c. Talks')
    expect(item.description).toBe('c. June 2020: Talks')
  })

  it('carries category and claim status as classes', () => {
    const item = toTimelineItem(makeEvent({ id: 'a', category: 'military', status: 'disputed' }), 'en', 'g')
    expect(classesOf(item.className)).toEqual(
      expect.arrayContaining(['cat-military', 'status-disputed', 'precision-day']),
    )
  })

  it('uses the text of the UI language', () => {
    const item = toTimelineItem(makeEvent({ id: 'a', start: '2025-02-27', title: 'Talks' }), 'de', 'g')
    expect(item.label).toBe('Talks (de)')
    expect(item.description).toBe('27. Feb. 2025: Talks (de)')
  })
})

describe('laneOf', () => {
  const actorCountry = new Map(ACTORS.map((actor) => [actor.id, actor.country]))

  it('puts an event in its category lane or its country lane', () => {
    const event = makeEvent({ id: 'a', category: 'transfer', actors: ['us-gov', 'mx-gov'] })
    expect(laneOf(event, 'category', actorCountry)).toBe('cat:transfer')
    expect(laneOf(event, 'country', actorCountry)).toBe('country:US-MX')
  })

  it("puts an imported event in its group's lane, or the lane of events without one", () => {
    const event = makeEvent({ id: 'a' })
    expect(laneOf({ ...event, imported: { ...IMPORTED, group: 'Ancient' } }, 'group', actorCountry)).toBe(
      'group:Ancient',
    )
    expect(laneOf({ ...event, imported: IMPORTED }, 'group', actorCountry)).toBe('group:')
  })
})

describe('itemsForWindow', () => {
  // The window is January 2025; "near" is half a window (15.5 days) on either side.
  const window = { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 1, 1) }
  const dataset = makeDataset({
    events: [
      { id: 'long-ago', start: '2024-06-01' },
      { id: 'long-range', start: '2024-05-01', end: '2025-01-05' },
      { id: 'just-before', start: '2024-12-20' },
      { id: 'inside-1', start: '2025-01-10' },
      { id: 'inside-2', start: '2025-01-20', category: 'military' },
      { id: 'just-after', start: '2025-02-10' },
      { id: 'far-after', start: '2025-05-01' },
    ],
  })
  const events = dataset.events
  const maxDurationMs = Math.max(...events.map((event) => event.when.endMs - event.when.startMs))
  const laneFor = (event: EventRecord) => `cat:${event.category}`
  const itemsFor = (maxItems: number) =>
    itemsForWindow(events, window, maxItems, maxDurationMs, laneFor, 'en', en)

  it('returns the events in and near the window, including a long range that reaches into it', () => {
    const ids = itemsFor(100).map((item) => item.id)
    expect(ids.sort()).toEqual(['inside-1', 'inside-2', 'just-after', 'just-before', 'long-range'])
  })

  it('returns event items with their lanes while under the limit', () => {
    const items = itemsFor(5)
    expect(items).toHaveLength(5)
    expect(items.every((item) => item.eventId === item.id && item.count === undefined)).toBe(true)
    expect(items.find((item) => item.id === 'inside-2')?.group).toBe('cat:military')
  })

  it('switches to counts per lane and time bin above the limit, counting every event once', () => {
    const items = itemsFor(4)
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.id.startsWith(AGGREGATE_PREFIX)).toBe(true)
      expect(item).toMatchObject({ type: 'range', className: 'is-aggregate' })
      expect(item.eventId).toBeUndefined()
      expect(item.label).toBe(String(item.count))
      expect(item.description).toBe(en.markerCluster(item.count ?? 0))
      expect(item.end! - item.start).toBeGreaterThan(0)
    }
    expect(items.reduce((sum, item) => sum + (item.count ?? 0), 0)).toBe(5)
    expect(new Set(items.map((item) => item.group))).toEqual(new Set(['cat:diplomacy', 'cat:military']))
  })

  it('counts thousands of events per bin with the right total', () => {
    const many = makeDataset({
      events: Array.from({ length: 300 }, (_, index) => ({
        id: `e${index}`,
        start: new Date(Date.UTC(2025, 0, 1) + (index % 31) * DAY_MS).toISOString().slice(0, 10),
      })),
    }).events
    const items = itemsForWindow(many, window, 50, DAY_MS, laneFor, 'en', en)
    expect(items.every((item) => item.id.startsWith(AGGREGATE_PREFIX))).toBe(true)
    expect(items.reduce((sum, item) => sum + (item.count ?? 0), 0)).toBe(300)
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
  })

  it('keeps its bins when the window pans a little, so a pan changes only the bins at the edges', () => {
    const many = makeDataset({
      events: Array.from({ length: 600 }, (_, index) => ({
        id: `p${index}`,
        start: new Date(Date.UTC(2024, 0, 1) + index * DAY_MS).toISOString().slice(0, 10),
      })),
    }).events
    const year = { startMs: Date.UTC(2024, 3, 1), endMs: Date.UTC(2025, 3, 1) }
    const shifted = { startMs: year.startMs + 20 * DAY_MS, endMs: year.endMs + 20 * DAY_MS }
    const before = itemsForWindow(many, year, 50, DAY_MS, laneFor, 'en', en)
    const after = itemsForWindow(many, shifted, 50, DAY_MS, laneFor, 'en', en)
    const key = (item: { id: string; count?: number }) => `${item.id}=${item.count}`
    const kept = after.filter((item) => before.some((old) => key(old) === key(item)))
    expect(before.every((item) => item.id.startsWith(AGGREGATE_PREFIX))).toBe(true)
    expect(kept.length).toBeGreaterThan(after.length * 0.8)
  })

  it('uses bins of a power of two of days', () => {
    expect(binWidthMs(DAY_MS / 3)).toBe(DAY_MS)
    expect(binWidthMs(3 * DAY_MS)).toBe(4 * DAY_MS)
    expect(binWidthMs(16 * DAY_MS)).toBe(16 * DAY_MS)
    expect(binWidthMs(17 * DAY_MS)).toBe(32 * DAY_MS)
  })

  it('returns nothing for a window far from every event', () => {
    const empty = itemsForWindow(
      events,
      { startMs: Date.UTC(2030, 0, 1), endMs: Date.UTC(2030, 1, 1) },
      100,
      maxDurationMs,
      laneFor,
      'en',
      en,
    )
    expect(empty).toEqual([])
  })
})

describe('groupSpecs', () => {
  it('lists the presidency bands and only the category lanes in use, in category order', () => {
    const groups = groupSpecs('category', CATEGORIES, new Set(['cat:transfer', 'cat:diplomacy']), 'en', en)
    expect(groups.map((group) => group.id)).toEqual([
      'presidency:US',
      'presidency:MX',
      'cat:diplomacy',
      'cat:transfer',
    ])
    expect(groups.find((group) => group.id === 'cat:transfer')).toMatchObject({
      label: 'Transfer',
      categoryId: 'transfer',
      order: 2,
    })
  })

  it('lists only the country lanes in use, labelled in the UI language', () => {
    const groups = groupSpecs(
      'country',
      CATEGORIES,
      new Set(['country:US-MX', 'country:other']),
      'es',
      ALL_MESSAGES.es,
    )
    expect(groups.map((group) => [group.id, group.label])).toEqual([
      ['presidency:US', 'Presidencias: Estados Unidos'],
      ['presidency:MX', 'Presidencias: México'],
      ['country:US-MX', 'Estados Unidos + México'],
      ['country:other', 'Otros'],
    ])
  })

  it('gives the single-lane strip one lane of events under the presidencies, named in the UI language', () => {
    const groups = groupSpecs('single', CATEGORIES, new Set(['cat:military']), 'de', ALL_MESSAGES.de)
    expect(groups.map((group) => [group.id, group.label])).toEqual([
      ['presidency:US', 'Amtszeiten: Vereinigte Staaten'],
      ['presidency:MX', 'Amtszeiten: Mexiko'],
      [SINGLE_LANE, ALL_MESSAGES.de.events],
    ])
  })

  it('gives the presidency and country lanes a short name for narrow timelines, in the UI language', () => {
    const short = (lang: 'en' | 'es' | 'de') =>
      groupSpecs(
        'country',
        CATEGORIES,
        new Set(['country:US-MX', 'country:MX']),
        lang,
        ALL_MESSAGES[lang],
      ).map((group) => group.short)
    expect(short('en')).toEqual(['US', 'MX', 'MX', 'US + MX'])
    expect(short('es')).toEqual(['EE. UU.', 'Méx.', 'Méx.', 'EE. UU. + Méx.'])
    expect(short('de')).toEqual(['USA', 'Mex.', 'Mex.', 'USA + Mex.'])
    // Category lanes show their shape instead (useVisTimeline.ts), so they need none.
    const categories = groupSpecs('category', CATEGORIES, new Set(['cat:transfer']), 'en', en)
    expect(categories.find((group) => group.id === 'cat:transfer')?.short).toBeUndefined()
  })

  it('ignores lanes of the other mode', () => {
    const groups = groupSpecs('country', CATEGORIES, new Set(['cat:military']), 'en', en)
    expect(groups.map((group) => group.id)).toEqual(['presidency:US', 'presidency:MX'])
  })

  it('draws no presidency lanes for a dataset without periods (an imported file)', () => {
    const groups = groupSpecs('category', CATEGORIES, new Set(['cat:military']), 'en', en, false)
    expect(groups.map((group) => group.id)).toEqual(['cat:military'])
  })

  it("lists an imported file's groups in their order, then the events without a group, only those in use", () => {
    const groups = groupSpecs(
      'group',
      CATEGORIES,
      new Set(['group:People', 'group:', 'group:Ancient']),
      'de',
      ALL_MESSAGES.de,
      false,
      false,
      ['Ancient', 'Unused', 'People'],
    )
    expect(groups.map((group) => [group.id, group.label])).toEqual([
      ['group:Ancient', 'Ancient'],
      ['group:People', 'People'],
      ['group:', 'Ohne Gruppe'],
    ])
  })

  it("draws an imported file's eras in one lane above the events, in the reader's language", () => {
    const groups = groupSpecs('single', CATEGORIES, new Set(), 'es', ALL_MESSAGES.es, false, true)
    expect(groups.map((group) => [group.id, group.label])).toEqual([
      ['eras', 'Épocas'],
      ['events', ALL_MESSAGES.es.events],
    ])
  })
})

describe('periodItems', () => {
  const { periods } = makeDataset({
    periods: [
      { id: 'amlo', label: 'López Obrador', start: '2018-12-01', end: '2024-09-30', country: 'MX' },
      { id: 'trump-2', label: 'Trump (2nd term)', start: '2025-01-20', country: 'US' },
    ],
  })
  const extentEndMs = Date.UTC(2026, 0, 1)

  it('draws each period as a background band in its country row', () => {
    const items = periodItems(periods, 'en', extentEndMs)
    expect(items.find((item) => item.id === `${PERIOD_PREFIX}amlo`)).toMatchObject({
      group: 'presidency:MX',
      type: 'background',
      start: Date.UTC(2018, 11, 1),
      end: Date.UTC(2024, 9, 1),
      label: 'López Obrador',
      className: 'period period-MX',
    })
  })

  it('runs an ongoing period to the end of the dataset', () => {
    const ongoing = periodItems(periods, 'en', extentEndMs).find(
      (item) => item.id === `${PERIOD_PREFIX}trump-2`,
    )
    expect(ongoing).toMatchObject({ group: 'presidency:US', start: Date.UTC(2025, 0, 20), end: extentEndMs })
  })

  it("draws an imported era in the eras lane, ending at its own last day (not the data's end)", () => {
    const [era] = makeDataset({
      periods: [{ id: 'colonial', label: 'A year-long era', start: '1810', country: 'MX' }],
    }).periods.map((period) => ({ ...period, country: '', lane: 'era' as const }))
    expect(periodItems(era ? [era] : [], 'en', extentEndMs)).toEqual([
      {
        id: `${PERIOD_PREFIX}colonial`,
        group: 'eras',
        start: Date.UTC(1810, 0, 1),
        end: Date.UTC(1811, 0, 1),
        type: 'background',
        className: 'period period-era',
        label: 'A year-long era',
        description: 'A year-long era',
      },
    ])
  })
})

describe('itemsForWindow with a selection', () => {
  it('draws the selected event as itself even when the window shows counts', () => {
    const many = makeManyEvents(200)
    const pinned = many[57]!
    const window = { startMs: many[0]!.when.startMs, endMs: many.at(-1)!.when.endMs }
    const items = itemsForWindow(many, window, 50, DAY_MS, () => 'cat:diplomacy', 'en', en, pinned)
    expect(items.filter((item) => item.eventId !== undefined).map((item) => item.eventId)).toEqual([
      pinned.id,
    ])
    expect(items.some((item) => item.count !== undefined)).toBe(true)
  })
})

describe('a window’s listing kept while the selection changes', () => {
  it('pins each new selection on the same counts, as a fresh listing would', () => {
    const many = makeManyEvents(200)
    const window = { startMs: many[0]!.when.startMs, endMs: many.at(-1)!.when.endMs }
    const lane = () => 'cat:diplomacy'
    const listing = windowListing(many, window, 50, DAY_MS, lane, 'en', en)
    expect(listing.counts).toBe(true)
    for (const pinned of [many[3], many[120], undefined])
      expect(withPinned(listing, pinned, 'en', lane)).toEqual(
        itemsForWindow(many, window, 50, DAY_MS, lane, 'en', en, pinned),
      )
    expect(withPinned(listing, many[3], 'en', lane)).toHaveLength(listing.specs.length + 1)
  })

  it('pins nothing where the events show as themselves', () => {
    const few = makeManyEvents(20)
    const window = { startMs: few[0]!.when.startMs, endMs: few.at(-1)!.when.endMs }
    const listing = windowListing(few, window, 50, DAY_MS, () => 'cat:diplomacy', 'en', en)
    expect(listing.counts).toBe(false)
    expect(withPinned(listing, few[4], 'en', () => 'cat:diplomacy')).toBe(listing.specs)
  })
})
