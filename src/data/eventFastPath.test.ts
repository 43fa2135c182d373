import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../scripts/readDataDir'
import { generateSyntheticDataset, readBaseData } from '../../scripts/generateSynthetic'
import { readPlainEvent } from './eventFastPath'
import { eventSchema, type RawEvent } from './schema'

const realRows = (readDataDir('data').input as { events: unknown[] }).events
const syntheticRows = generateSyntheticDataset(300, 7, readBaseData()).events as unknown[]

/** Same answer, and the same output in the same key order, as zod's. */
function expectAgreement(row: unknown): 'fast' | 'zod' {
  const fast = readPlainEvent(row)
  if (fast === undefined) return 'zod'
  const zod = eventSchema.safeParse(row)
  expect(zod.success, JSON.stringify(row)).toBe(true)
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data))
  expect(fast).toStrictEqual(zod.data)
  return 'fast'
}

/** Every path in a value, as keys and indexes. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = at.length > 0 ? [at] : []
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...paths(item, [...at, index])))
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]))
  return out
}

const LONG = 'x'.repeat(10_001)
/** What a broken or odd file may hold in any place. */
const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  '',
  ' padded ',
  'x'.repeat(501),
  LONG,
  0,
  -91,
  181,
  Number.NaN,
  true,
  false,
  [],
  {},
  ['a'],
  'confirmed',
  'Not An Id',
  'a--b',
  '2025-02-30',
  '0000-01-01',
  '2025-13',
  'javascript:alert(1)',
  'https://',
  'https://example.org/x',
  'EN',
  'en',
  'circa',
  'country',
  'origin',
]

function setAt(row: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(row)
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1] ?? ''
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else Reflect.deleteProperty(parent, last)
  } else parent[last] = value
  return copy
}

describe('readPlainEvent', () => {
  it('reads every bundled event and every synthetic one itself, as zod outputs it', () => {
    for (const row of [...realRows, ...syntheticRows]) expect(expectAgreement(row)).toBe('fast')
  })

  it('fills the lists zod defaults, and keeps optional keys absent when absent', () => {
    const row = structuredClone(syntheticRows[0]) as Record<string, unknown>
    delete row.actors
    delete row.tags
    delete row.corrections
    delete row.relations
    const read = readPlainEvent(row)
    expect(read).toMatchObject({ actors: [], tags: [], corrections: [], relations: [] })
    expect(expectAgreement(row)).toBe('fast')
    expect(Object.keys(read?.date ?? {})).toEqual(Object.keys(eventSchema.parse(row).date))
  })

  it('never accepts a row zod refuses, nor outputs anything else, over thousands of broken variants', () => {
    const bases = [...realRows.slice(0, 12), ...syntheticRows.slice(0, 6)]
    let variants = 0
    const answered = { fast: 0, zod: 0 }
    for (const base of bases) {
      for (const path of paths(base)) {
        for (const value of REPLACEMENTS) {
          answered[expectAgreement(setAt(base, path, value))]++
          variants++
        }
        answered[expectAgreement(setAt(base, path, undefined, true))]++
        variants++
      }
      // Unknown keys at every level of objects.
      for (const path of [[], ...paths(base)]) {
        const copy = structuredClone(base) as Record<string, unknown>
        let target: unknown = copy
        for (const key of path) target = (target as Record<string | number, unknown>)[key]
        if (typeof target !== 'object' || target === null || Array.isArray(target)) continue
        ;(target as Record<string, unknown>).extra = 1
        expect(expectAgreement(copy)).toBe('zod')
        variants++
      }
    }
    expect(variants).toBeGreaterThan(20_000)
    // Both ways are taken: some variants stay valid (a title replaced by 'en'), most do not.
    expect(answered.fast).toBeGreaterThan(100)
    expect(answered.zod).toBeGreaterThan(answered.fast)
  }, 120_000)

  it('outputs the row’s own objects and lists, with only the event’s outer object new', () => {
    const row = structuredClone(syntheticRows[2]) as RawEvent
    const read = readPlainEvent(row)
    expect(read).toBeDefined()
    expect(read).not.toBe(row)
    for (const key of ['date', 'title', 'summary', 'places', 'actors', 'tags', 'claim', 'sources', 'relations'] as const)
      expect(read?.[key], key).toBe(row[key])
    expect(read?.places[0]?.name).toBe(row.places[0]?.name)
    expect(read?.sources[0]).toBe(row.sources[0])
  })

  it('leaves to zod a nested object whose keys are not in the schema’s order, or that JSON.parse would not make', () => {
    const row = structuredClone(syntheticRows[2]) as RawEvent
    row.title = { de: row.title.de, en: row.title.en, es: row.title.es }
    expect(readPlainEvent(row)).toBeUndefined()
    expect(Object.keys(eventSchema.parse(row).title)).toEqual(['en', 'es', 'de'])
    const source = row.sources[0] as Record<string, unknown>
    row.sources = [{ kind: source.kind, ...source } as RawEvent['sources'][number]]
    row.title = { en: row.title.en, es: row.title.es, de: row.title.de }
    expect(readPlainEvent(row)).toBeUndefined()
    row.sources = [source as RawEvent['sources'][number]]
    expect(expectAgreement(row)).toBe('fast')
    row.claim = Object.assign(Object.create(null) as object, row.claim)
    expect(readPlainEvent(row)).toBeUndefined()
    expect(eventSchema.safeParse(row).success).toBe(true)
    // The event's outer object is never kept, so its order and prototype are free.
    const outer = structuredClone(syntheticRows[2]) as Record<string, unknown>
    const reordered = Object.assign(Object.create(null) as object, { title: outer.title }, outer)
    expect(expectAgreement(reordered)).toBe('fast')
  })

  it('leaves to zod what zod would change or what is not a plain JSON value', () => {
    const base = structuredClone(syntheticRows[1]) as { title: { en: string }; id: string }
    base.title.en = ` ${base.title.en}` // zod trims it
    expect(readPlainEvent(base)).toBeUndefined()
    expect(eventSchema.safeParse(base).success).toBe(true)
    expect(readPlainEvent(Object.assign(Object.create({ inherited: true }) as object, syntheticRows[1]))).toBeUndefined()
    expect(readPlainEvent(null)).toBeUndefined()
    expect(readPlainEvent([syntheticRows[1]])).toBeUndefined()
  })
})
