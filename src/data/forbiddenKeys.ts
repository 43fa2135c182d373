import type { Problem } from './types'
import { showValue } from './vocabulary'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
/**
 * A JSON text without any of these cannot hold a forbidden key: a key spells its name out, or escapes some of its
 * letters as \u00XX (JSON has no other escape that yields a letter or "_", and those are ASCII, below \u0080). The
 * same scan looks for the bidirectional control characters (U+202A–U+202E, U+2066–U+2069), raw or escaped, which the
 * walk closes (closeBidiControls). Other escapes need no walk: the build writes every character outside ASCII as one
 * (datasetLayout.ts asciiJson), and a scan that stopped at any \u walked nearly every event.
 */
// Every text it looks for is under 16 characters: the line reader (streamDataset.ts) finds one cut between two pieces of
// a download with the 16 characters before a piece. Without the u flag: Chromium scans a 130 MB text about 3 times
// faster without it (the class is plain BMP code units).
const MAY_NEED_WALK =
  /__proto__|constructor|prototype|\\u00[0-7]|\\u20(?:2[a-eA-E]|6[6-9])|[\u202A-\u202E\u2066-\u2069]/
/** Left-to-right/right-to-left embeddings and overrides (closed by PDF) and isolates (closed by PDI). */
const EMBEDDINGS = '\u202A\u202B\u202D\u202E'
const PDF = '\u202C'
const ISOLATES = '\u2066\u2067\u2068'
const PDI = '\u2069'
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * False when the JSON text certainly holds no forbidden key and no bidirectional control character (one fast scan of
 * the text), so its parsed value need not be walked by stripForbiddenKeys.
 */
export function mayHoldForbiddenKey(jsonText: string): boolean {
  return MAY_NEED_WALK.test(jsonText)
}

/** How many characters of the text before a piece mayHoldForbiddenKeyAfter needs (see MAY_NEED_WALK). */
export const KEY_TAIL_CHARS = 16

/**
 * mayHoldForbiddenKey(tail + text), where `tail` is the last KEY_TAIL_CHARS characters of the text before `text`,
 * without building `tail + text`: the scan would first copy it into one flat string, a new string of half a megabyte
 * for each piece of a download (at 100,000 events, 141 MB copied: about 90 of the scan's 200 ms in Node, and in
 * Chromium the 100k load drawn about 0.5 s later, 6 loads a side, interleaved).
 */
export function mayHoldForbiddenKeyAfter(tail: string, text: string): boolean {
  return MAY_NEED_WALK.test(text) || (tail !== '' && MAY_NEED_WALK.test(tail + text.slice(0, KEY_TAIL_CHARS)))
}

/** Values known to hold no forbidden key (parsed here and checked or stripped), so no one walks them again. */
const clean = new WeakSet<object>()

/**
 * Removes `__proto__`, `constructor` and `prototype` keys from parsed JSON, in place, and reports each one.
 * JSON.parse itself only creates an own property named `__proto__`, but any later merge or spread could turn it into
 * a prototype change, so such keys never get past the edge. The same walk closes unterminated bidirectional controls
 * in every string (closeBidiControls), so no string can reverse the text shown after it.
 */
export function stripForbiddenKeys(value: unknown, path = ''): Problem[] {
  if (typeof value === 'object' && value !== null && clean.has(value)) return []
  const problems: Problem[] = []
  visit(value, path ? pathFromText(path) : null, problems)
  if (typeof value === 'object' && value !== null && path === '') clean.add(value)
  return problems
}

/** The chain of keys and indexes down to a value, innermost first; it becomes text only for a problem. */
type PathNode = { key: string | number; parent: PathNode | null } | null

/**
 * Walks `root` with a stack of its own, not by recursion: a row nested 20,000 deep must cost that row only, never a
 * "Maximum call stack size exceeded" for the whole load.
 */
function visit(root: unknown, rootPath: PathNode, problems: Problem[]): void {
  if (root === null || typeof root !== 'object') return
  // One frame per open array or object: the keys still to visit. Children are entered as soon as they are met, so
  // problems come in the order a recursive walk would report them.
  type Frame = { value: Record<string | number, unknown>; path: PathNode; keys: readonly (string | number)[] | null; next: number }
  const frameOf = (value: object, path: PathNode): Frame => ({
    value: value as Record<string | number, unknown>,
    path,
    keys: Array.isArray(value) ? null : Object.keys(value),
    next: 0,
  })
  const stack: Frame[] = [frameOf(root, rootPath)]
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const count = frame.keys ? frame.keys.length : (frame.value as unknown as unknown[]).length
    if (frame.next >= count) {
      stack.pop()
      continue
    }
    const key = frame.keys ? (frame.keys[frame.next] as string) : frame.next
    frame.next++
    if (typeof key === 'string' && FORBIDDEN.has(key)) {
      const row = pathText(frame.path)
      problems.push({
        severity: 'error',
        row: row || '(top level)',
        field: row ? `${row}.${key}` : key,
        value: key,
        message: `the key "${key}" is not allowed in data`,
        hint: 'it could alter object prototypes; the key was removed',
      })
      Reflect.deleteProperty(frame.value, key)
      continue
    }
    const child = frame.value[key]
    if (typeof child === 'string') {
      const closed = closeBidiControls(child)
      if (closed !== null) {
        frame.value[key] = closed
        problems.push(bidiProblem({ key, parent: frame.path }, child))
      }
    } else if (child !== null && typeof child === 'object') stack.push(frameOf(child, { key, parent: frame.path }))
  }
}

/** `events[3]` → events, 3 (what the stream reader passes for a row). */
function pathFromText(text: string): PathNode {
  const match = /^(.+)\[(\d+)\]$/u.exec(text)
  return match ? { key: Number(match[2]), parent: { key: match[1] ?? text, parent: null } } : { key: text, parent: null }
}

function pathParts(path: PathNode): (string | number)[] {
  const parts: (string | number)[] = []
  for (let node = path; node !== null; node = node.parent) parts.push(node.key)
  return parts.reverse()
}

function pathText(path: PathNode): string {
  return partsText(pathParts(path))
}

function partsText(parts: readonly (string | number)[]): string {
  let text = ''
  for (const part of parts) {
    if (typeof part === 'number') text += `[${part}]`
    else text += text ? `.${part}` : part
  }
  return text
}

/**
 * The text with every bidirectional embedding, override or isolate it opens and does not close closed at its end (in
 * the order of Unicode's bidi algorithm, UAX #9), or null when it leaves none open. An unterminated U+202E in a title
 * would otherwise reverse the date and place shown after it in the same line.
 */
export function closeBidiControls(text: string): string | null {
  if (!BIDI_CONTROL.test(text)) return null
  const open: string[] = [] // the closer each open control needs, innermost last
  for (const char of text) {
    if (EMBEDDINGS.includes(char)) open.push(PDF)
    else if (ISOLATES.includes(char)) open.push(PDI)
    else if (char === PDF) {
      if (open.at(-1) === PDF) open.pop()
    } else if (char === PDI) {
      // A PDI closes the innermost open isolate and every embedding opened inside it; without an open isolate, nothing.
      const isolate = open.lastIndexOf(PDI)
      if (isolate >= 0) open.length = isolate
    }
  }
  return open.length === 0 ? null : text + open.reverse().join('')
}

function bidiProblem(path: PathNode, text: string): Problem {
  const parts = pathParts(path)
  const rowEnd = parts.findIndex((part) => typeof part === 'number')
  const row = rowEnd >= 0 ? partsText(parts.slice(0, rowEnd + 1)) : ''
  const field = partsText(parts.slice(rowEnd + 1))
  const codes = [...new Set(text.match(BIDI_CONTROLS) ?? [])]
    .map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ')
  return {
    severity: 'warning',
    row: row || '(top level)',
    field: field || '(value)',
    value: showValue(text),
    message: `leaves a bidirectional control character (${codes}) open, which would reverse the text shown after it`,
    hint: 'it was closed at the end of the text; remove it unless the text needs it',
  }
}

/**
 * JSON.parse that reports syntax errors as a Problem and strips prototype-polluting keys. A text in which no such key
 * can occur (checked with one scan of the text, much faster than walking 100,000 parsed events) is not walked.
 */
export function parseJsonSafely(text: string, name: string): { value: unknown; problems: Problem[] } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {
      value: undefined,
      problems: [
        {
          severity: 'error',
          row: name,
          field: '(file)',
          value: text.slice(0, 40),
          message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'check for a missing comma or quote near the position given',
        },
      ],
    }
  }
  if (typeof value === 'object' && value !== null && !mayHoldForbiddenKey(text)) {
    clean.add(value)
    return { value, problems: [] }
  }
  return { value, problems: stripForbiddenKeys(value) }
}
