/**
 * A seeded fuzz test of the dataset reader (issue 15): thousands of generated files mixing valid events with mutated
 * rows (deep nesting, escapes, huge strings, wrong types, forbidden keys, bidi controls, broken JSON) and cut at random
 * points, read the ways the app and the CLI read them. The reader must never throw, every valid event before a cut
 * must survive, and every row that is not kept must be reported. Seeded, so a failure names the case that reproduces
 * it; small files, so it runs in every CI run.
 */
import { describe, expect, it } from 'vitest'
import { generateSyntheticDataset, mulberry32 } from '../../scripts/generateSynthetic'
import { serializeDataset } from './datasetLayout'
import { lineReader, readDatasetStream, wholeFile } from './streamDataset'
import type { Problem } from './types'
import type { ValidationResult } from './validateDataset'

const CASES = 2000
/** Generous: the cases take a few seconds on an idle machine, and a busy one must not fail the suite. */
const TIMEOUT_MS = 180_000

type Row = Record<string, unknown>
const pool = generateSyntheticDataset(400, 7).events.map((event) => ({ ...event, relations: [] })) as Row[]
const { events: _unused, ...header } = generateSyntheticDataset(0, 7)
const base = { ...header, stories: [] }

type Random = () => number
const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const chance = (random: Random, p: number) => random() < p

const ESCAPE_ALL = (text: string) => {
  let escaped = ''
  for (let at = 0; at < text.length; at++) escaped += `\\u${text.charCodeAt(at).toString(16).padStart(4, '0')}`
  return escaped
}
const nested = (depth: number, inner = '0') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`

/** Where a mutation puts its value: a top-level field, or one inside a nested object or array. */
const FIELDS = ['title', 'summary', 'date', 'places', 'actors', 'tags', 'claim', 'sources', 'category', 'extra']

/** Set by mutate() when the row it made is not JSON (such a file can only be read in the build's layout). */
let brokenJson = false

/** A mutated copy of a valid row, as JSON text (some mutations are only expressible as text). */
function mutate(random: Random, row: Row, id: string): string {
  const copy = structuredClone(row)
  copy.id = id
  const field = pick(random, FIELDS)
  const marker = '"@@MARK@@"'
  const kind = pick(random, [
    'deep',
    'deep-escape',
    'huge',
    'long-title',
    'wrong-type',
    'forbidden-key',
    'bidi',
    'escaped-text',
    'missing',
    'not-object',
    'broken-json',
    'bad-date',
    'far-date',
  ])
  switch (kind) {
    case 'deep':
    case 'deep-escape': {
      copy[field] = '@@MARK@@'
      if (kind === 'deep-escape') copy.note = '@@ESC@@'
      const depth = chance(random, 0.03) ? 20_000 : 1 + Math.floor(random() * 300)
      return JSON.stringify(copy)
        .replace(marker, nested(depth))
        .replace('"@@ESC@@"', '"caf\\u00e9 \\ud83d\\ude00"')
    }
    case 'huge':
      copy[field] = { en: 'x'.repeat(chance(random, 0.03) ? 1_000_000 : 10_001 + Math.floor(random() * 5000)), es: 'y', de: 'z' }
      return JSON.stringify(copy)
    case 'long-title':
      copy.title = { en: 'T'.repeat(501 + Math.floor(random() * 2000)), es: 'T', de: 'T' }
      return JSON.stringify(copy)
    case 'wrong-type':
      copy[field] = pick(random, [null, 0, -1.5, true, [], {}, [[]], 'text', [1, 'a', null]])
      return JSON.stringify(copy)
    case 'forbidden-key': {
      const key = pick(random, ['__proto__', 'constructor', 'prototype', '\\u005f_proto__'])
      return JSON.stringify(copy).replace(/\}$/u, `,"${key}":{"polluted":true}}`)
    }
    case 'bidi':
      copy.title = { en: `a \u202E b`, es: `\u2067x`, de: 'ok' }
      return JSON.stringify(copy)
    case 'escaped-text': {
      // Valid JSON, valid event: every character of the title escaped. The row must survive.
      const title = (copy.title as { en: string }).en
      return JSON.stringify(copy).replace(JSON.stringify(title), `"${ESCAPE_ALL(title)}"`)
    }
    case 'missing':
      Reflect.deleteProperty(copy, pick(random, ['date', 'title', 'places', 'sources', 'claim', 'category']))
      return JSON.stringify(copy)
    case 'not-object':
      return JSON.stringify(pick(random, [null, 1, 'event', [copy], []]))
    case 'broken-json': {
      brokenJson = true
      const text = JSON.stringify(copy)
      // Anywhere after the id, so a row that stays JSON keeps its id (and can be told apart from the valid rows).
      const idEnd = `{"id":${JSON.stringify(id)}`.length
      const at = idEnd + Math.floor(random() * (text.length - idEnd))
      return text.slice(0, at) + pick(random, ['', '"', '}', ',', '\\', '\\u12', '{']) + text.slice(at + 1)
    }
    case 'bad-date':
      copy.date = { start: pick(random, ['2025-02-30', '0000', '2025-13', '99999', '', '2025-02-27T00:00']) }
      return JSON.stringify(copy)
    case 'far-date':
      copy.date = { start: pick(random, ['0001', '0025-02-27', '0099-12', '0700', '9999-12-31']) }
      return JSON.stringify(copy)
  }
  return JSON.stringify(copy)
}

type Case = {
  text: string
  /** Ids of the valid events in the file, with their row index. */
  valid: { id: string; index: number }[]
  /** Ids (or null) of every row, by index. */
  rowIds: (string | null)[]
  /** The UTF-16 offset the file was cut at, or null. */
  cut: number | null
  /** The UTF-16 offset each event line starts at, in the build layout (null in another layout). */
  lineStarts: number[] | null
}

function makeCase(seed: number): Case {
  const random = mulberry32(seed)
  const validCount = Math.floor(random() * 9)
  const badCount = Math.floor(random() * 4)
  const rows: { text: string; id: string | null; valid: boolean }[] = []
  brokenJson = false
  const used = new Set<number>()
  for (let n = 0; n < validCount; n++) {
    let at = Math.floor(random() * pool.length)
    while (used.has(at)) at = (at + 1) % pool.length
    used.add(at)
    const row = pool[at] as Row
    rows.push({ text: JSON.stringify(row), id: row.id as string, valid: true })
  }
  for (let n = 0; n < badCount; n++) {
    const id = `bad-${seed}-${n}`
    const at = Math.floor(random() * (rows.length + 1))
    rows.splice(at, 0, { text: mutate(random, pick(random, pool), id), id, valid: false })
  }
  // A file in another layout is read whole, as JSON: it can hold no broken row.
  const laidOut = chance(random, 0.85) || brokenJson
  const head = serializeDataset({ ...base, events: [] }).split('\n')[0] ?? ''
  const lines = rows.map((row) => row.text)
  let text: string
  let lineStarts: number[] | null = null
  if (laidOut) {
    text = `${head}\n${lines.join(',\n')}${lines.length > 0 ? '\n' : ''}]}\n`
    lineStarts = []
    let at = head.length + 1
    for (const line of lines) {
      lineStarts.push(at)
      at += line.length + 2
    }
  } else {
    // Another layout: one line, read whole. Only valid JSON rows can be part of it.
    text = `${JSON.stringify({ ...base, events: [] }).slice(0, -2)}${lines.join(',')}]}`
  }
  let cut: number | null = null
  if (laidOut && chance(random, 0.25)) {
    cut = head.length + 1 + Math.floor(random() * (text.length - head.length - 1))
    text = text.slice(0, cut)
  }
  return {
    text,
    valid: rows.flatMap((row, index) => (row.valid && row.id ? [{ id: row.id, index }] : [])),
    rowIds: rows.map((row) => row.id),
    cut,
    lineStarts,
  }
}

function read(text: string, seed: number): ValidationResult {
  const random = mulberry32(seed ^ 0x5eed)
  const lines = lineReader()
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * 2000)
    lines.push(text.slice(at, at + size))
    at += size
  }
  return lines.finish() ?? wholeFile(text, 'fuzz.json', lines)
}

function streamOf(text: string, seed: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  const random = mulberry32(seed)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close()
      else controller.enqueue(bytes.slice(at, (at += 1 + Math.floor(random() * 300))))
    },
  })
}

function check(c: Case, result: ValidationResult, seed: number): void {
  const label = `seed ${seed}`
  const kept = new Set(result.dataset.events.map((event) => event.id))
  const reported = (index: number) => result.problems.some((p: Problem) => p.row.includes(`events[${index}]`))
  const fileProblem = result.problems.some((p) => p.field === '(file)' && p.severity === 'error')
  // A row counts as complete when its whole line (and the line end after it) lies before the cut.
  const complete = (index: number) => {
    if (c.cut === null || c.lineStarts === null) return true
    const next = c.lineStarts[index + 1] ?? Number.POSITIVE_INFINITY
    return next <= c.cut
  }
  for (const { id, index } of c.valid) {
    if (complete(index)) expect(kept.has(id), `${label}: valid event ${id} (events[${index}]) kept`).toBe(true)
  }
  c.rowIds.forEach((id, index) => {
    if (id !== null && kept.has(id)) return
    if (!complete(index)) {
      expect(fileProblem, `${label}: the cut before events[${index}] is reported`).toBe(true)
      return
    }
    expect(reported(index), `${label}: dropped events[${index}] is reported`).toBe(true)
  })
  expect(({} as Record<string, unknown>).polluted, label).toBeUndefined()
}

describe('the dataset reader under fuzzing', () => {
  it(
    `never throws, keeps every valid event and reports every dropped row (${CASES} seeded cases)`,
    async () => {
      let kept = 0
      let dropped = 0
      for (let seed = 1; seed <= CASES; seed++) {
        const c = makeCase(seed)
        const result = read(c.text, seed)
        check(c, result, seed)
        kept += result.dataset.events.length
        dropped += c.rowIds.length - result.dataset.events.length
        // Every 10th case also as bytes through the app's own stream reader (pieces cut inside characters).
        if (seed % 10 === 0) check(c, await readDatasetStream(streamOf(c.text, seed), 'fuzz.json'), seed)
      }
      // The generator must exercise both sides, or the test proves nothing.
      expect(kept).toBeGreaterThan(CASES)
      expect(dropped).toBeGreaterThan(CASES / 4)
    },
    TIMEOUT_MS,
  )
})
