/**
 * Issue 15: rows built to break the reader. Any row, however built, costs only itself; a broken file keeps every
 * complete event before the break and says where it broke.
 */
import { describe, expect, it } from 'vitest'
import { generateSyntheticDataset } from '../../scripts/generateSynthetic'
import { serializeDataset } from './datasetLayout'
import {
  closeBidiControls,
  KEY_TAIL_CHARS,
  mayHoldForbiddenKey,
  mayHoldForbiddenKeyAfter,
  parseJsonSafely,
  stripForbiddenKeys,
} from './forbiddenKeys'
import { lineReader, readDatasetStream, wholeFile } from './streamDataset'
import type { Problem } from './types'
import { validateDataset } from './validateDataset'
import { showValue } from './vocabulary'

type Row = Record<string, unknown> & { id: string }
type File = Record<string, unknown> & { events: Row[] }

const hundred = (): File => {
  const file = generateSyntheticDataset(100, 15) as unknown as File
  file.events = file.events.map((event) => ({ ...event, relations: [] }))
  return file
}
const variant = (file: File, id: string, change: (row: Row) => void = () => undefined): Row => {
  const row = structuredClone(file.events[0]) as Row
  row.id = id
  change(row)
  return row
}

function streamOf(text: string, pieceSize = 65_536): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close()
      else controller.enqueue(bytes.slice(at, (at += pieceSize)))
    },
  })
}

/** Every way the app or the CLI reads a text: streamed in the build layout, pushed whole, and the whole-file path. */
async function readAllWays(text: string) {
  const streamed = await readDatasetStream(streamOf(text), 'frontera.json')
  const lines = lineReader()
  lines.push(text)
  const pushed = lines.finish() ?? wholeFile(text, 'frontera.json')
  return [streamed, pushed, wholeFile(text, 'frontera.json')]
}

const names = (problems: readonly Problem[]) => problems.map((problem) => `${problem.row} › ${problem.field}`)

/** 20 MB texts take seconds to build and parse on a busy machine: a generous limit, as for a subprocess. */
const HEAVY_MS = 60_000

const DEEP = `${'['.repeat(20_000)}${']'.repeat(20_000)}`

describe('a pathological row costs only itself', () => {
  it('reports a 20,000-deep array in a row that also holds a \\u escape, and keeps the 100 valid rows', async () => {
    const file = hundred()
    file.events.push(variant(file, 'deep-row', (row) => (row.tags = ['DEEP'])))
    const text = serializeDataset(file)
      .replace('"DEEP"', DEEP)
      .replace('"deep-row",', '"deep-row","note":"caf\\u00e9",')
    for (const result of await readAllWays(text)) {
      expect(result.dataset.events).toHaveLength(100)
      expect(names(result.problems).some((name) => name.startsWith('event "deep-row" (events[100])'))).toBe(true)
    }
  })

  it('walks a 200,000-deep value for forbidden keys without a stack overflow, and finds one at the bottom', () => {
    const text = `${'{"a":['.repeat(100_000)}{"__proto__":1}${']}'.repeat(100_000)}`
    const { value, problems } = parseJsonSafely(text, 'deep.json')
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toBe('the key "__proto__" is not allowed in data')
    expect(value).toBeDefined()
  })

  it('validates a deep row given as an object (the CLI path) and names it', () => {
    const file = hundred()
    const deep = JSON.parse(DEEP) as unknown
    file.events.push(variant(file, 'deep-object', (row) => (row.tags = [deep])))
    file.events.push(variant(file, 'deep-field', (row) => (row.extra = deep)))
    const result = validateDataset(file)
    expect(result.dataset.events).toHaveLength(100)
    expect(names(result.problems).some((name) => name.startsWith('event "deep-object"'))).toBe(true)
    expect(names(result.problems).some((name) => name.startsWith('event "deep-field"'))).toBe(true)
    expect(() => stripForbiddenKeys(deep)).not.toThrow()
  })

  it('shows any value in a message: deep, huge, cyclic', () => {
    const deep = JSON.parse(DEEP) as unknown
    expect(showValue(deep).length).toBeLessThanOrEqual(80)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(showValue(cyclic).length).toBeLessThanOrEqual(80)
    expect(showValue('A'.repeat(20_000_000))).toBe(`"${'A'.repeat(76)}…`)
    expect(showValue({ en: 'A'.repeat(20_000_000) }).length).toBeLessThanOrEqual(80)
  })
})

describe('oversized strings', () => {
  it.each(['title', 'summary'])('refuses a 20 MB %s at its documented limit and keeps the 100 valid rows', async (field) => {
    const file = hundred()
    file.events.push(variant(file, 'huge', (row) => (row[field] = { en: 'A'.repeat(20_000_000), es: 'B', de: 'C' })))
    for (const result of await readAllWays(serializeDataset(file))) {
      expect(result.dataset.events).toHaveLength(100)
      const problem = result.problems.find((p) => p.row === 'event "huge" (events[100])')
      expect(problem?.field).toBe(`${field}.en`)
      expect(problem?.message).toMatch(/^is longer than [\d,]+ characters \(20,000,000\)$/u)
      expect(problem?.value.length).toBeLessThanOrEqual(80)
    }
  }, HEAVY_MS)

  it('reads a file whose one line is 20 MB in pieces in time linear in its size (no re-scan of the line per piece)', () => {
    const file = hundred()
    file.events.push(variant(file, 'huge', (row) => (row.title = { en: 'A'.repeat(20_000_000), es: 'B', de: 'C' })))
    const text = serializeDataset(file)
    const lines = lineReader()
    let scanned = 0
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call below, and put back afterwards
    const indexOf = String.prototype.indexOf
    // Counts the characters the reader searches for line ends: a linear reader searches each one about once.
    String.prototype.indexOf = function (this: string, search: string, position?: number) {
      const found = indexOf.call(this, search, position)
      if (search === '\n') scanned += (found < 0 ? this.length : found) - (position ?? 0)
      return found
    }
    try {
      for (let at = 0; at < text.length; at += 65_536) lines.push(text.slice(at, at + 65_536))
    } finally {
      String.prototype.indexOf = indexOf
    }
    expect(lines.finish()?.dataset.events).toHaveLength(100)
    expect(scanned).toBeLessThan(text.length * 2)
  }, HEAVY_MS)
})

describe('a broken file keeps every complete event before the break', () => {
  const text = serializeDataset(hundred())
  const lineStarts = [...text.matchAll(/\n/gu)].map((match) => match.index + 1)
  const bytes = (chars: number) => new TextEncoder().encode(text.slice(0, chars)).length

  it('truncated at 60 %: the complete events before the cut, and the byte where the file ends', async () => {
    const cut = Math.floor(text.length * 0.6)
    const complete = text.slice(0, cut).split('\n').slice(1, -1).length
    for (const result of await readAllWays(text.slice(0, cut))) {
      expect(result.dataset.events).toHaveLength(complete)
      const problem = result.problems.find((p) => p.field === '(file)')
      expect(problem?.row).toBe('frontera.json')
      expect(problem?.message).toBe(
        `showing ${complete} events; the file ends mid-event at byte ${bytes(text.lastIndexOf('\n', cut) + 1).toLocaleString('en')} (line ${complete + 2})`,
      )
    }
  })

  it('cut inside the last event, or just before it: the 99 events before it', async () => {
    const last = lineStarts.at(-3) ?? 0 // the last event line (then "]}", then the empty end)
    for (const result of await readAllWays(text.slice(0, last + 30))) {
      expect(result.dataset.events).toHaveLength(99)
      expect(result.problems.map((p) => p.message)).toContain(
        `showing 99 events; the file ends mid-event at byte ${bytes(last).toLocaleString('en')} (line 101)`,
      )
    }
    for (const result of await readAllWays(text.slice(0, last))) {
      expect(result.dataset.events).toHaveLength(99)
      expect(result.problems.map((p) => p.message)).toContain(
        `showing 99 events; the file ends at byte ${bytes(last).toLocaleString('en')} without closing its list of events ("]}")`,
      )
    }
  })

  it('a broken line in the middle costs only that line; a missing or extra comma and trailing text cost nothing', async () => {
    const lines = text.split('\n')
    lines[51] = `${lines[51]?.slice(0, 40) ?? ''} oops,`
    for (const result of await readAllWays(lines.join('\n'))) {
      expect(result.dataset.events).toHaveLength(99)
      const problem = result.problems.find((p) => p.row === 'events[50]')
      expect(problem?.message).toMatch(/^is not valid JSON \(line 52, byte [\d,]+\): /u)
    }
    const cases: [string, string, RegExp][] = [
      ['missing comma', text.replace(',\n', '\n'), /^is not separated from the event before it by a comma/u],
      ['comma after the last', text.replace('\n]}', ',\n]}'), /^has a comma after its last event/u],
      ['text after the end', `${text}{"more":1}\n`, /^has text after the end of the dataset \(line 103, /u],
    ]
    for (const [, broken, message] of cases) {
      for (const result of await readAllWays(broken)) {
        expect(result.dataset.events).toHaveLength(100)
        expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
          expect.stringMatching(message),
        ])
      }
    }
  })

  it('still reports a file that is not JSON at all, or breaks inside its header, as before', async () => {
    for (const broken of ['not json', text.slice(0, 20), '{"events":[\n{"id":']) {
      for (const result of await readAllWays(broken)) {
        expect(result.dataset.events).toEqual([])
        expect(result.problems.some((p) => p.field === '(file)' && p.severity === 'error')).toBe(true)
      }
    }
  })
})

describe('bidirectional controls', () => {
  const RLO = '\u202E'
  const PDF = '\u202C'
  const RLI = '\u2067'
  const PDI = '\u2069'

  it.each([
    ['plain text', 'Harmless title', null],
    ['a closed override', `a ${RLO}b${PDF} c`, null],
    ['a closed isolate', `a ${RLI}b${PDI} c`, null],
    ['an open override', `a ${RLO}b`, `a ${RLO}b${PDF}`],
    ['an open isolate inside an override', `${RLO}a${RLI}b`, `${RLO}a${RLI}b${PDI}${PDF}`],
    ['an override closed by its isolate\u2019s PDI', `${RLI}a${RLO}b${PDI}`, null],
    ['a stray PDF and PDI', `a${PDF}b${PDI}`, null],
  ])('closes what %s leaves open', (_, text, expected) => {
    expect(closeBidiControls(text)).toBe(expected)
  })

  it('closes them in every string of a row at load, with a warning naming row and field', async () => {
    const file = hundred()
    file.events.push(
      variant(file, 'bidi', (row) => {
        row.title = { en: `Harmless ${RLO}title`, es: 'T', de: 'T' }
        ;(row.sources as Record<string, unknown>[])[0]!.publisher = `P ${RLO}`
      }),
    )
    // Raw in the JSON text, as a hand-written file may have it (the build escapes it: datasetLayout.ts asciiJson).
    const raw = serializeDataset(file).replaceAll('\\u202e', RLO)
    expect(raw).toContain(RLO)
    for (const result of await readAllWays(raw)) {
      const event = result.dataset.events.find((e) => e.id === 'bidi')
      expect(event?.title.en).toBe(`Harmless ${RLO}title${PDF}`)
      expect(event?.sources[0]?.publisher).toBe(`P ${RLO}${PDF}`)
      const warnings = result.problems.filter((p) => p.message.includes('bidirectional'))
      expect(warnings.map((p) => `${p.severity} ${p.row} › ${p.field}`)).toEqual([
        'warning events[100] › title.en',
        'warning events[100] › sources[0].publisher',
      ])
      expect(warnings[0]?.message).toContain('U+202E')
    }
    // The same as a \u escape in the JSON text, as the build writes it, in either case.
    for (const escaped of [serializeDataset(file), serializeDataset(file).replaceAll('\\u202e', '\\u202E')]) {
      expect(escaped).not.toContain(RLO)
      for (const result of await readAllWays(escaped))
        expect(result.dataset.events.find((e) => e.id === 'bidi')?.title.en).toBe(`Harmless ${RLO}title${PDF}`)
    }
  })
})

describe('escapes in the JSON text', () => {
  it.each([
    ['accented letters, dashes and an emoji', '{"title":"Extradici\\u00f3n \\u2013 \\ud83d\\ude00"}', false],
    ['an escaped letter of a key', '{"\\u005f_proto__":{}}', true],
    ['an escaped letter, upper-case hex', '{"c\\u006Fnstructor":1}', true],
    ['an escaped control character', '{"t":"a\\u0000b"}', true],
    ['an escaped right-to-left override', '{"t":"\\u202e"}', true],
    ['an escaped isolate, upper-case hex', '{"t":"\\u2067"}', true],
    ['a raw override', '{"t":"\u202E"}', true],
    ['a key spelled out', '{"prototype":1}', true],
  ])('%s: a walk is needed = %s', (_, json, needed) => {
    expect(mayHoldForbiddenKey(json)).toBe(needed)
  })

  it('finds what needs a walk cut at any point between two pieces as in the whole text (mayHoldForbiddenKeyAfter)', () => {
    const texts = ['{"constructor":1}', '{"__proto__":{}}', '{"c\\u006Fnstructor":1}', '{"t":"\\u202e"}', '{"t":"\u202E"}']
    for (const inner of texts) {
      const text = `${'x'.repeat(30)}${inner}${'y'.repeat(30)}`
      for (let cut = 0; cut <= text.length; cut++) {
        const before = text.slice(0, cut)
        // The previous piece may itself be shorter than the tail: what comes before it is then part of the tail.
        for (const tail of [before.slice(-KEY_TAIL_CHARS), `zz${before}`.slice(-KEY_TAIL_CHARS)]) {
          const after = text.slice(cut)
          expect(mayHoldForbiddenKeyAfter(tail, after), `${inner} cut at ${cut}`).toBe(mayHoldForbiddenKey(tail + after))
        }
        expect(mayHoldForbiddenKeyAfter(before.slice(-KEY_TAIL_CHARS), text.slice(cut)) || mayHoldForbiddenKey(before)).toBe(true)
      }
    }
    expect(mayHoldForbiddenKeyAfter('', '{"title":"x"}')).toBe(false)
  })

  it('finds a forbidden key written with escapes wherever the row has other escapes too', async () => {
    const file = hundred()
    const row = variant(file, 'escaped-key', (event) => {
      event.title = { en: 'Extradición – “quoted” 😀', es: 'T', de: 'T' }
    })
    file.events.push(row)
    // The key as \u escapes, in a line whose other characters outside ASCII are escaped too (the build's layout).
    const text = serializeDataset(file).replace('"id":"escaped-key"', '"\\u005f_proto__":{"x":1},"id":"escaped-key"')
    expect(text).toContain('\\u005f_proto__')
    for (const result of await readAllWays(text)) {
      const event = result.dataset.events.find((e) => e.id === 'escaped-key')
      expect(event?.title.en).toBe('Extradición – “quoted” 😀')
      expect(names(result.problems)).toContain('events[100] › events[100].__proto__')
    }
  })
})
