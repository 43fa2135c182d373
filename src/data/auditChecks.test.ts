import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { auditEvent, claimLimit, relationCircles, rewriteSiteOf } from './auditChecks'
import { eventSchema, type RawEvent } from './schema'
import { validateDataset } from './validateDataset'

const text = (en: string) => ({ en, es: en, de: en })

function event(changes: Record<string, unknown> = {}): RawEvent {
  return eventSchema.parse({
    id: '2025-02-27-a',
    date: { start: '2025-02-27' },
    title: text('Title'),
    summary: text('Summary.'),
    category: 'transfer',
    places: [{ name: text('Mexico City'), lat: 19.43, lon: -99.13, precision: 'city', role: 'origin' }],
    claim: { status: 'confirmed' },
    sources: [
      { publisher: 'P', title: 'T', url: 'https://example.org/a', published: '2025-02-28', language: 'en', kind: 'press' },
    ],
    ...changes,
  })
}

const ROW = 'event "2025-02-27-a"'

describe('claim status against its note', () => {
  it('warns when a confirmed claim rests on one side’s account, naming row, field, value and a hint', () => {
    const note = text('That the call took place is on the record. The content rests on her account alone.')
    const problems = auditEvent(event({ claim: { status: 'confirmed', note } }), ROW)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ severity: 'warning', row: ROW, field: 'claim.status', value: '"confirmed"' })
    expect(problems[0]!.message).toMatch(/stronger than its note.*rests on her account.*"alleged"/)
    expect(problems[0]!.hint).toMatch(/NOTE_LIMITS/)
  })

  it('caps anonymous or unverified claims at "reported", and lets weaker statuses pass', () => {
    const note = text('Based on unnamed officials quoted by NBC News.')
    expect(claimLimit({ claim: { status: 'confirmed', note } })).toEqual({ phrase: 'unnamed', atMost: 'reported' })
    expect(claimLimit({ claim: { status: 'reported', note } })).toBeUndefined()
    const unverified = text('His remarks could not be verified.')
    expect(claimLimit({ claim: { status: 'confirmed', note: unverified } })?.atMost).toBe('reported')
  })

  it('caps a claim resting on one party’s account at "alleged"', () => {
    const note = text("Rests on Esper's own account in his memoir.")
    expect(claimLimit({ claim: { status: 'reported', note } })).toMatchObject({ atMost: 'alleged' })
    expect(claimLimit({ claim: { status: 'alleged', note } })).toBeUndefined()
    expect(claimLimit({ claim: { status: 'disputed', note } })).toBeUndefined()
  })

  it('accepts a confirmed claim whose note does not hedge, or that has no note', () => {
    expect(auditEvent(event(), ROW)).toEqual([])
    const note = text('The arrests are on the record (US Justice Department).')
    expect(auditEvent(event({ claim: { status: 'confirmed', note } }), ROW)).toEqual([])
  })
})

describe('publication dates', () => {
  const source = { publisher: 'P', title: 'T', url: 'https://example.org/b', language: 'en', kind: 'press' }

  it('warns about a source with neither "published" nor "undated"', () => {
    const problems = auditEvent(event({ sources: [source] }), ROW)
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'sources[0].published',
        value: '"https://example.org/b"',
        message: 'has no publication date',
      }),
    ])
    expect(problems[0]!.hint).toMatch(/"undated": true/)
  })

  it('accepts a source marked "undated": true', () => {
    expect(auditEvent(event({ sources: [{ ...source, undated: true }] }), ROW)).toEqual([])
  })

  it('reports a source that is both dated and "undated" as an error', () => {
    const problems = auditEvent(event({ sources: [{ ...source, published: '2025-03', undated: true }] }), ROW)
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', field: 'sources[0].undated', value: '"2025-03"' })])
  })

  it('rejects any "undated" value but true (the schema)', () => {
    expect(() => event({ sources: [{ ...source, undated: false }] })).toThrow()
  })
})

describe('rewrite sites', () => {
  it('recognises the listed domains and their subdomains only', () => {
    expect(rewriteSiteOf('https://www.devdiscourse.com/article/law-order/1')).toBe('devdiscourse.com')
    expect(rewriteSiteOf('https://devdiscourse.com/x')).toBe('devdiscourse.com')
    expect(rewriteSiteOf('https://notdevdiscourse.com/x')).toBeUndefined()
    expect(rewriteSiteOf('https://www.reuters.com/world/')).toBeUndefined()
    expect(rewriteSiteOf('not a url')).toBeUndefined()
    expect(rewriteSiteOf('https://user@WWW.DevDiscourse.com:443/x')).toBe('devdiscourse.com')
    expect(rewriteSiteOf('https://example.org/?u=https://devdiscourse.com/')).toBeUndefined()
  })

  it('warns with the source field and url, and takes another list when given one', () => {
    const url = 'https://www.devdiscourse.com/article/international/3814132-x'
    const sources = [{ publisher: 'Devdiscourse', title: 'T', url, published: '2026-02-23', language: 'en', kind: 'press' }]
    const problems = auditEvent(event({ sources }), ROW)
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', row: ROW, field: 'sources[0].url', message: 'is on a rewrite site (devdiscourse.com)' }),
    ])
    expect(auditEvent(event({ sources }), ROW, [])).toEqual([])
    expect(auditEvent(event(), ROW, ['example.org'])).toHaveLength(1)
  })
})

describe('relation circles', () => {
  const graph = (edges: Record<string, string[]>) =>
    new Map(Object.entries(edges).map(([id, targets]) => [id, { relations: targets.map((target) => ({ id: target })) }]))

  it('reports a two-event circle once, at the relation that closes it', () => {
    const problems = relationCircles(graph({ pause: ['troops'], troops: ['pause'], other: ['pause'] }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ severity: 'error', row: 'event "troops"', field: 'relations[0].id', value: '"pause"' })
    expect(problems[0]!.message).toBe('closes a circle of relations: pause → troops → pause')
  })

  it('finds longer circles and ignores chains, shared targets and missing events', () => {
    expect(relationCircles(graph({ a: ['b'], b: ['c'], c: ['a'] }))[0]!.message).toBe(
      'closes a circle of relations: a → b → c → a',
    )
    expect(relationCircles(graph({ a: ['b', 'c'], b: ['c'], c: [], d: ['nowhere', 'd'] }))).toEqual([])
    // Events without relations first (passed over as roots) and then reached as targets, in and beside a circle.
    expect(relationCircles(graph({ x: [], y: [], a: ['x', 'b'], b: ['y', 'a'] }))[0]!.message).toBe(
      'closes a circle of relations: a → b → a',
    )
  })

  it('walks a very long chain without overflowing the stack, and names a long circle by its ends', () => {
    const edges: Record<string, string[]> = {}
    for (let i = 0; i < 20_000; i++) edges[`e${i}`] = [i + 1 < 20_000 ? `e${i + 1}` : 'e0']
    const problems = relationCircles(graph(edges))
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toBe('closes a circle of relations: e0 → e1 → e2 → e3 → … (19994 more) → e19998 → e19999 → e0')
  }, 60_000)

  it('is reported by validateDataset, which keeps both events', () => {
    const good = JSON.parse(readFileSync('tests/fixtures/good.json', 'utf8')) as { events: Record<string, unknown>[] }
    const a = good.events.find((row) => row.id === '2025-02-27-a')!
    a.relations = [{ type: 'follows-from', id: '2025-c' }]
    const { dataset, problems } = validateDataset(good)
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', row: 'event "2025-c"', field: 'relations[0].id' })])
    expect(dataset.events).toHaveLength(3)
  })
})

describe('a correction whose sourceUrl is not among the event’s sources', () => {
  it('is already an error in validateDataset (checked here so the audit’s list stays covered)', () => {
    const input: unknown = JSON.parse(readFileSync('tests/fixtures/bad/correction-source-unknown.json', 'utf8'))
    const { problems } = validateDataset(input)
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', field: 'corrections[0].sourceUrl', message: 'is not the url of one of this event’s sources' }),
    )
  })
})
