import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateSyntheticDataset, mulberry32, readBaseData } from '../../scripts/generateSynthetic'
import { serializeDataset } from './datasetLayout'
import { lineReader, pieces, readDatasetStream, wholeFile } from './streamDataset'
import type { Problem } from './types'

const fixtureText = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8')
const BAD = readdirSync('tests/fixtures/bad').filter((name) => name !== 'not-json.json')

/** The text as a byte stream cut at seeded random places (also inside multi-byte characters). */
function streamOf(text: string, seed = 1): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  const random = mulberry32(seed)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close()
        return
      }
      const size = 1 + Math.floor(random() * 700)
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

const sorted = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.severity}|${p.row}|${p.field}|${p.message}`).sort()

/** Whether the reader took the streaming path (null from finish() means it fell back to the whole text). */
function streams(text: string): boolean {
  const lines = lineReader()
  lines.push(text)
  return lines.finish() !== null
}

describe('readDatasetStream', () => {
  it.each(['good.json', ...BAD.map((name) => `bad/${name}`)])(
    'gives for %s, in the build layout, cut anywhere, exactly what the whole-file path gives',
    async (name) => {
      const laidOut = serializeDataset(JSON.parse(fixtureText(name)) as { events: unknown[] })
      const expected = wholeFile(fixtureText(name), name)
      for (const seed of [1, 2, 3]) {
        const actual = await readDatasetStream(streamOf(laidOut, seed), name)
        expect(actual.dataset).toEqual(expected.dataset)
        expect(sorted(actual.problems)).toEqual(sorted(expected.problems))
      }
      expect(streams(laidOut)).toBe(true)
    },
  )

  it('falls back to the whole text, decoded from the bytes that arrived, for a file in another layout', async () => {
    // The fallback keeps the bytes, not the decoded pieces: the text it reads must be the one the pieces were, with
    // a byte-order mark dropped and characters of several bytes cut between reads joined again.
    const name = 'good.json'
    const text = fixtureText(name)
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(text.length) // characters of several bytes
    expect(streams(text)).toBe(false)
    const expected = wholeFile(text, name)
    const bytes = new TextEncoder().encode(`\uFEFF${text}`)
    const byteByByte = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at++) controller.enqueue(bytes.slice(at, at + 1))
        controller.close()
      },
    })
    for (const body of [byteByByte, streamOf(`\uFEFF${text}`, 1)]) {
      const actual = await readDatasetStream(body, name)
      expect(actual.dataset).toEqual(expected.dataset)
      expect(sorted(actual.problems)).toEqual(sorted(expected.problems))
    }
  })

  it('gives the same when the whole file comes in one read (validated in pieces, with pauses)', async () => {
    const name = 'good.json'
    const laidOut = serializeDataset(JSON.parse(fixtureText(name)) as { events: unknown[] })
    const oneRead = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(laidOut))
        controller.close()
      },
    })
    const expected = wholeFile(fixtureText(name), name)
    const actual = await readDatasetStream(oneRead, name)
    expect(actual.dataset).toEqual(expected.dataset)
    expect(sorted(actual.problems)).toEqual(sorted(expected.problems))
  })

  it('reads a read of megabytes whole, with no character broken where a slice of it might end', async () => {
    // Not the build's layout (one line), so read whole from the decoded text: any character cut in two would show.
    const base = JSON.stringify(JSON.parse(fixtureText('good.json')))
    const at = base.search(/[^ -~]/u) // the first character outside printable ASCII
    expect(at).toBeGreaterThan(0)
    const before = new TextEncoder().encode(base.slice(0, at)).length
    // Whitespace after the opening brace puts the character's first byte last in the first megabyte.
    const text = `{${' '.repeat(1024 * 1024 - 1 - before)}${base.slice(1)}`
    const bytes = new TextEncoder().encode(text)
    expect(bytes[1024 * 1024 - 1]! >= 0xc0 && bytes[1024 * 1024]! >= 0x80).toBe(true)
    const oneRead = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes)
        controller.close()
      },
    })
    const expected = wholeFile(text, 'good.json')
    expect(expected.dataset.events.length).toBeGreaterThan(0)
    const actual = await readDatasetStream(oneRead, 'good.json')
    expect(actual.dataset).toEqual(expected.dataset)
    expect(sorted(actual.problems)).toEqual(sorted(expected.problems))
  })

  it('reads a large file in the build layout, in one read, as the whole-file path does', async () => {
    const dataset = generateSyntheticDataset(3_500, 7, readBaseData('data'))
    const laidOut = serializeDataset(dataset)
    expect(laidOut.length).toBeGreaterThan(4 * 1024 * 1024)
    expect(streams(laidOut)).toBe(true)
    const expected = wholeFile(laidOut, 'large.json')
    const oneRead = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(laidOut))
        controller.close()
      },
    })
    const actual = await readDatasetStream(oneRead, 'large.json')
    expect(actual.dataset.events).toHaveLength(3_500)
    expect(actual.dataset).toEqual(expected.dataset)
    expect(sorted(actual.problems)).toEqual(sorted(expected.problems))
  }, 60_000)

  it('cuts text into pieces that join back to it, never between the two halves of a character', () => {
    const text = 'a😀b😀😀c'.repeat(50)
    const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
    const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const cut = [...pieces(text, size)]
      expect(cut.join('')).toBe(text)
      for (const piece of cut) {
        expect(piece.length).toBeGreaterThan(0)
        // A piece of one character cannot hold a pair: only then may a half stand alone.
        if (size > 1) expect(isLow(piece.charCodeAt(0)) || isHigh(piece.charCodeAt(piece.length - 1))).toBe(false)
      }
    }
    expect([...pieces('', 4)]).toEqual([])
  })

  it('cuts each piece at the size asked for when it is cut (the stream starts small and doubles)', () => {
    let size = 2
    const cut: string[] = []
    for (const piece of pieces('x'.repeat(40), () => size)) {
      cut.push(piece)
      size *= 2
    }
    expect(cut.map((piece) => piece.length)).toEqual([2, 4, 8, 16, 10])
  })

  it('reports a prototype key inside a streamed event and removes it', async () => {
    const result = await readDatasetStream(streamOf(serializeDataset(JSON.parse(fixtureText('bad/prototype-key.json')) as { events: unknown[] })), 'x')
    expect(result.problems.some((p) => p.message.includes('"__proto__" is not allowed'))).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('finds a prototype key cut in two at any point between two pieces of text, or spread over three', () => {
    const text = serializeDataset(JSON.parse(fixtureText('bad/prototype-key.json')) as { events: unknown[] })
    const key = text.indexOf('__proto__')
    expect(key).toBeGreaterThan(0)
    for (let cut = key - 20; cut <= key + 30; cut++) {
      for (const cuts of [[cut], [cut, cut + 1], [cut, cut + 3], [cut, cut + 20], [text.lastIndexOf('\n', key) + 1, cut]]) {
        const lines = lineReader()
        let from = 0
        for (const at of [...cuts, text.length]) {
          lines.push(text.slice(from, at))
          from = at
        }
        const result = lines.finish()
        expect(result?.problems.some((p) => p.message.includes('"__proto__" is not allowed'))).toBe(true)
      }
    }
  })

  it.each([
    ['one line (another layout)', (text: string) => JSON.stringify(JSON.parse(text))],
    ['pretty-printed', (text: string) => JSON.stringify(JSON.parse(text), null, 2)],
    ['Windows line ends', (text: string) => text.replaceAll('\n', '\r\n')],
  ])('reads a file %s whole or streamed, with the same result', async (_, change) => {
    const text = change(serializeDataset(JSON.parse(fixtureText('good.json')) as { events: unknown[] }))
    const actual = await readDatasetStream(streamOf(text), 'x')
    expect(actual).toEqual(wholeFile(text, 'x'))
    expect(actual.dataset.events.length).toBeGreaterThan(0)
  })

  it.each([
    ['truncated', (text: string) => text.slice(0, text.lastIndexOf('\n', text.length - 5))],
    ['a broken event line', (text: string) => text.replace('\n{"id":', '\n{"id"')],
    ['a missing comma between events', (text: string) => text.replace(',\n', '\n')],
    ['a comma after the last event', (text: string) => text.replace(`\n]}`, `,\n]}`)],
    ['text after the end', (text: string) => `${text}{"more":1}\n`],
  ])('falls back to the whole text for %s, reports what the whole-file path reports, and keeps what it can', async (_, change) => {
    const text = change(serializeDataset(JSON.parse(fixtureText('good.json')) as { events: unknown[] }))
    expect(streams(text)).toBe(false)
    const actual = await readDatasetStream(streamOf(text), 'frontera.json')
    expect(actual).toEqual(wholeFile(text, 'frontera.json'))
    // Not JSON, but in the build's layout up to the break: every complete, valid event is kept (issue 15).
    expect(actual.dataset.events.length).toBeGreaterThan(0)
    expect(actual.problems.some((problem) => problem.severity === 'error')).toBe(true)
  })
})

describe('serializeDataset', () => {
  it('writes valid JSON with the events last, one per line', () => {
    const file = { generated: '2026-11-30', categories: [], events: [{ id: 'a' }, { id: 'b', text: 'line\nbreak' }] }
    const text = serializeDataset(file)
    expect(JSON.parse(text)).toEqual(file)
    expect(text.split('\n')).toEqual([
      '{"generated":"2026-11-30","categories":[],"events":[',
      '{"id":"a"},',
      '{"id":"b","text":"line\\nbreak"}',
      ']}',
      '',
    ])
    expect(JSON.parse(serializeDataset({ events: [] }))).toEqual({ events: [] })
  })

  it('writes every character outside ASCII as an escape, so that the file is ASCII and reads back the same', () => {
    // Accents, a dash, curly quotes, an emoji (a surrogate pair), a lone surrogate, a right-to-left mark.
    const text = 'Extradición – “Auslieferung” 😀 \ud800 \u200f'
    const file = { generated: 'é', categories: [{ id: 'ü', label: text }], events: [{ id: 'a', title: text }] }
    const laidOut = serializeDataset(file)
    // Every UTF-16 code unit below 0x80: ASCII bytes only.
    expect(Buffer.byteLength(laidOut, 'utf8')).toBe(laidOut.length)
    expect(laidOut).toContain('Extradici\\u00f3n \\u2013 \\u201cAuslieferung\\u201d \\ud83d\\ude00 \\ud800 \\u200f')
    expect(JSON.parse(laidOut)).toEqual(file)
    expect(laidOut.split('\n')).toHaveLength(4)
  })
})
