import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { parseJsonSafely } from './forbiddenKeys'
import { formatProblem } from './formatProblem'
import { validateDataset } from './validateDataset'

const fixture = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8'))

describe('validateDataset on the good fixture', () => {
  const { dataset, problems } = validateDataset(fixture('good.json'))

  it('accepts every event and reports nothing', () => {
    expect(problems).toEqual([])
    expect(dataset.events.map((event) => event.id)).toEqual(['2020-06-b', '2025-c', '2025-02-27-a'])
  })

  it('turns dates into numbers once, keeping precision and qualifier', () => {
    const circa = dataset.events[0]!
    expect(circa.when.start.precision).toBe('month')
    expect(circa.when.qualifier).toBe('circa')
    expect(circa.when.startMs).toBe(Date.UTC(2020, 5, 1))
    expect(circa.when.endMs).toBe(Date.UTC(2020, 6, 1))
  })
})

describe('the events it keeps', () => {
  // V8's own answer: an object in dictionary mode (after a `delete`, say) is read through hash lookups, and every pass
  // over 100,000 of them pays for it. Node allows the intrinsic once the flag is set; functions compiled after see it.
  setFlagsFromString('--allow-natives-syntax')
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled here so that it sees the flag
  const hasFastProperties = new Function('value', 'return %HasFastProperties(value)') as (value: object) => boolean

  it('are objects of one shape, the same keys in the same order, whether read by the fast path or by zod', () => {
    const input = fixture('good.json') as { events: Record<string, unknown>[] }
    const [first, second] = input.events
    // One row zod must read (an untrimmed title: the fast path refuses it, zod trims it), one with `$schema`.
    const title = first!.title as Record<string, string>
    first!.title = { ...title, en: ` ${title.en} ` }
    second!.$schema = 'https://example.org/event.schema.json'
    const { dataset, problems } = validateDataset(input)
    expect(problems).toEqual([])
    expect(dataset.events).toHaveLength(3)
    const shapes = new Set(dataset.events.map((event) => Object.keys(event).join(',')))
    expect([...shapes]).toEqual([
      'id,title,summary,category,places,actors,tags,claim,sources,corrections,relations,when',
    ])
    expect(hasFastProperties({ a: 1 })).toBe(true)
    const slow: Record<string, number> = { a: 1, b: 2 }
    delete slow.a
    expect(hasFastProperties(slow)).toBe(false)
    expect(dataset.events.filter((event) => !hasFastProperties(event)).map((event) => event.id)).toEqual([])
  })
})

/** Each bad fixture breaks one rule; the validator must name the row, the field and the value. */
const BAD: [file: string, severityRow: RegExp, field: RegExp, message: RegExp][] = [
  ['duplicate-id', /events\[3\]/, /^id$/, /repeats the id/],
  ['end-before-start', /2025-02-27-a/, /date\.end/, /ends before it starts/],
  ['latitude-out-of-range', /2025-02-27-a/, /places\[0\]\.lat/, /90/],
  ['coordinates-swapped', /2025-02-27-a/, /places\[0\]/, /swapped/],
  ['url-not-http', /2025-02-27-a/, /sources\[0\]\.url/, /https:\/\/ or http:\/\//],
  ['relation-missing', /2025-02-27-a/, /relations\[0\]\.id/, /points to no event/],
  ['no-source', /2025-02-27-a/, /^sources$/, /at least one source/],
  ['missing-language', /2025-02-27-a/, /title\.de/, /expected string|Invalid input/],
  ['impossible-date', /2025-02-27-a/, /date\.start/, /date that exists/],
  ['unknown-category', /2025-02-27-a/, /^category$/, /not a category/],
  ['unknown-actor', /2025-02-27-a/, /actors\[1\]/, /not an actor/],
  ['claim-without-note', /2025-02-27-a/, /claim\.note/, /needs a note/],
  ['correction-source-unknown', /2025-02-27-a/, /corrections\[0\]\.sourceUrl/, /not the url of one of this event/],
  ['unknown-field', /2025-02-27-a/, /colour/, /not a known field/],
  ['prototype-key', /events\[0\]/, /__proto__/, /not allowed/],
]

describe.each(BAD)('the bad fixture %s', (name, row, field, message) => {
  const input = fixture(`bad/${name}.json`)
  const { dataset, problems } = validateDataset(input)
  const errors = problems.filter((problem) => problem.severity === 'error')

  it('is reported as an error naming its row, field and value', () => {
    expect(errors.length).toBeGreaterThan(0)
    const match = errors.find((p) => row.test(p.row) && field.test(p.field) && message.test(p.message))
    expect(match, errors.map(formatProblem).join('\n')).toBeDefined()
    expect(match?.value.length).toBeGreaterThan(0)
  })

  it('still keeps the other, valid events', () => {
    const ids = dataset.events.map((event) => event.id)
    expect(ids).toEqual(expect.arrayContaining(['2020-06-b', '2025-c']))
  })
})

describe('reference errors drop only the reference', () => {
  it('keeps an event whose relation is broken, without the relation', () => {
    const { dataset } = validateDataset(fixture('bad/relation-missing.json'))
    const event = dataset.events.find((e) => e.id === '2025-02-27-a')
    expect(event?.relations).toEqual([])
  })

  it('hands the store an index by id of exactly the events it keeps, copies included', () => {
    const { dataset, eventsById: index } = validateDataset(fixture('bad/relation-missing.json'))
    if (!index) throw new Error('no index')
    expect(index.size).toBe(dataset.events.length)
    // The event whose relation was dropped is a copy: the index holds the copy the list holds, not the first read.
    for (const event of dataset.events) expect(index.get(event.id)).toBe(event)
  })
})

describe('prototype pollution', () => {
  it('never lets a __proto__ key change Object.prototype', () => {
    const { value, problems } = parseJsonSafely('{"a":{"__proto__":{"polluted":true}},"constructor":{"x":1}}', 'x')
    expect(problems.map((p) => p.field)).toEqual(['a.__proto__', 'constructor'])
    expect(Object.keys((value as { a: object }).a)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('finds a forbidden key spelled with \\u escapes, and names its place in arrays', () => {
    const { value, problems } = parseJsonSafely('{"events":[{"id":"a"},{"places":[{"\\u005f_proto__":{"polluted":true}}]}]}', 'x')
    expect(problems.map((p) => [p.row, p.field])).toEqual([['events[1].places[0]', 'events[1].places[0].__proto__']])
    expect(Object.keys((value as { events: { places?: object[] }[] }).events[1]!.places![0]!)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports nothing for words like "constructor" in values, and nothing twice', () => {
    const { value, problems } = parseJsonSafely('{"summary":"the constructor of the prototype"}', 'x')
    expect(problems).toEqual([])
    expect(validateDataset(value).problems.some((p) => p.message.includes('not allowed'))).toBe(false)
    const dirty = JSON.parse('{"__proto__":1}') as unknown
    expect(validateDataset(dirty).problems.filter((p) => p.message.includes('not allowed'))).toHaveLength(1)
  })

  it('reports JSON syntax errors as a problem, not an exception', () => {
    const { value, problems } = parseJsonSafely(readFileSync('tests/fixtures/bad/not-json.json', 'utf8'), 'not-json.json')
    expect(value).toBeUndefined()
    expect(problems[0]?.message).toMatch(/not valid JSON/)
  })
})

describe('warnings', () => {
  it('warns, without skipping, about a place outside the region that has no note', () => {
    const input = fixture('good.json') as {
      events: { places: { lat: number; lon: number; note?: unknown }[] }[]
    }
    const place = input.events[0]!.places[0]!
    place.lat = 48.85
    place.lon = 2.35
    const { dataset, problems } = validateDataset(input)
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'places[0]' })])
    expect(dataset.events).toHaveLength(3)
    place.note = {
      en: 'Announced in Paris at a summit.',
      es: 'Anunciado en París, en una cumbre.',
      de: 'In Paris auf einem Gipfel angekündigt.',
    }
    expect(validateDataset(input).problems).toEqual([])
  })

  it('rejects a place note that is a plain string or misses a language', () => {
    const notes: [note: unknown, field: string][] = [
      ['Announced in Paris at a summit.', 'places[0].note'],
      [{ en: 'Announced in Paris at a summit.', es: 'Anunciado en París, en una cumbre.' }, 'places[0].note.de'],
    ]
    for (const [note, field] of notes) {
      const input = fixture('good.json') as { events: { id: string; places: { note?: unknown }[] }[] }
      input.events[0]!.places[0]!.note = note
      const id = input.events[0]!.id
      const { dataset, problems } = validateDataset(input)
      const problem = problems.find((found) => found.field === field)
      expect(problem?.severity).toBe('error')
      expect(problem?.row).toContain(id)
      expect(dataset.events.map((event) => event.id)).not.toContain(id)
    }
  })

  it('warns about a source without a publication date', () => {
    const input = fixture('good.json') as { events: { sources: { published?: string }[] }[] }
    delete input.events[0]!.sources[0]!.published
    const { problems } = validateDataset(input)
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'sources[0].published' })])
  })
})
