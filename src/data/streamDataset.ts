/**
 * Reads a dataset file while it downloads: in the build's layout (datasetLayout.ts) every event line is parsed, checked
 * for forbidden keys and validated as soon as it arrives, so the work overlaps the download instead of following it.
 * Anything unexpected (another layout, a syntax error, a truncated file) falls back to reading the whole text with
 * parseJsonSafely + validateDataset, so the result and its problems are those of the whole-file path; and when the
 * whole text is not JSON (cut short, a broken line), every complete event read before the break is kept and the
 * break is reported with its line and byte ("showing 612 events; the file ends mid-event at byte 1,234,567").
 */
import { EVENTS_CLOSING, EVENTS_OPENING } from './datasetLayout'
import {
  KEY_TAIL_CHARS,
  mayHoldForbiddenKey,
  mayHoldForbiddenKeyAfter,
  parseJsonSafely,
  stripForbiddenKeys,
} from './forbiddenKeys'
import { nextTask } from './nextTask'
import type { Problem } from './types'
import {
  problem,
  startValidation,
  validateDataset,
  type DatasetValidation,
  type ValidationResult,
} from './validateDataset'

export async function readDatasetStream(
  body: ReadableStream<Uint8Array>,
  name: string,
): Promise<ValidationResult> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  // Everything, for the fallback, as the bytes that arrived: outside the JavaScript heap, so the garbage collector
  // neither copies nor marks them (as decoded strings, 141 MB at 100,000 events went through the young generation).
  const received: Uint8Array[] = []
  const lines = lineReader()
  let since = performance.now()
  // The first pieces are small and each is twice the last: the first events meet cold code (the validator's schemas
  // built, every function compiled on its first call), and a whole first piece took 0.1–0.2 s at 100,000 events
  // before the time was first checked.
  let pieceChars = FIRST_PIECE_CHARS
  for (;;) {
    const { value, done } = await reader.read()
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true })
    if (value) received.push(value)
    // A read may hand over megabytes at once, and reads already queued resolve in the same task: the text is read in
    // pieces, and once a task has worked for YIELD_AFTER_MS the rest waits for the next one (the page paints and
    // answers input in between). 100,000 events had tasks of 0.1–0.4 s here; a piece takes about 10 ms.
    for (const piece of pieces(text, () => pieceChars)) {
      lines.push(piece)
      pieceChars = Math.min(PIECE_CHARS, pieceChars * 2)
      if (performance.now() - since > YIELD_AFTER_MS) {
        await nextTask()
        since = performance.now()
      }
    }
    if (done) break
  }
  // The checks across rows and the sort (finish) in a task of their own: at 100,000 events they took about 40 ms,
  // which came on top of the last pieces' (issue 14: no task over 100 ms while loading).
  await nextTask()
  return lines.finish() ?? wholeFile(decodeAll(received), name, lines)
}

/** The bytes as one text, decoded as the reader decoded them piece by piece. */
function decodeAll(chunks: readonly Uint8Array[]): string {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return new TextDecoder().decode(bytes)
}

/**
 * The most characters of a read validated before the time is checked (a quarter of a megabyte: about 200 events);
 * the first piece has FIRST_PIECE_CHARS, and each next one twice the last.
 */
const PIECE_CHARS = 256 * 1024
const FIRST_PIECE_CHARS = 16 * 1024
/**
 * How long a task reads before it yields. A major garbage collection lands in one of these tasks as the heap grows
 * (at 100,000 events, pauses of 20–150 ms), so the less the task does besides, the shorter the longest task. 100,000
 * events, 5 loads a side: tasks over 50 ms before the data's end 12 at 40 ms, 2 at 25 (at 79 and 695 ms, early in
 * the load); longest tasks 69–152 ms at 40, 62–98 at 25; drawn as soon (median 2,687 / 2,686 ms).
 */
const YIELD_AFTER_MS = 25

/**
 * `text` in pieces of about `size` characters (or of what `size()` says when each piece is cut), never splitting a
 * surrogate pair.
 */
export function* pieces(text: string, size: number | (() => number)): Generator<string> {
  let at = 0
  while (at < text.length) {
    let end = Math.min(at + Math.max(1, typeof size === 'number' ? size : size()), text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && end - 1 > at && last >= 0xd800 && last <= 0xdbff) end--
    yield text.slice(at, end)
    at = end
  }
}

/**
 * The whole-file path: what the app did before streaming, and what every other layout gets. When the text is not
 * valid JSON but began in the build's layout, the line reader that read it (or one run here) keeps every complete
 * event before the break and says where the file broke.
 */
export function wholeFile(text: string, name: string, lines?: LineReader): ValidationResult {
  const { value, problems } = parseJsonSafely(text, name)
  if (value === undefined) {
    let reader = lines
    if (!reader) {
      reader = lineReader()
      reader.push(text)
      reader.finish()
    }
    const salvaged = reader.salvage(text, name)
    if (salvaged) return salvaged
  }
  const result = validateDataset(value)
  return { ...result, problems: [...problems, ...result.problems] }
}

export type LineReader = {
  push: (text: string) => void
  /** The result, or null when the text was not exactly in the build's layout (then read it whole). */
  finish: () => ValidationResult | null
  /**
   * After finish() gave null: every complete event line read in the build's layout, with a problem for each place the
   * text left it (a cut, a broken line, a missing comma), or null when not even the header was in it. `text` is the
   * whole text, to turn character positions into byte positions.
   */
  salvage: (text: string, name: string) => ValidationResult | null
}

type Break = {
  kind: 'ends-mid-event' | 'ends-early' | 'bad-line' | 'missing-comma' | 'comma-after-last' | 'text-after-end'
  /** The event index of the line (bad-line, missing-comma). */
  index: number
  line: number
  /** UTF-16 offset of the line's start in the text. */
  at: number
  text: string
  detail?: string
}

/**
 * Splits text into lines as it arrives and validates each. `finish` gives the result, or null when the text was not
 * in the build's layout (then nothing it did counts, unless the text is not JSON at all: see `salvage`).
 */
export function lineReader(): LineReader {
  let pieces: string[] = [] // the start of a line not yet complete, in the pieces it arrived in
  let state: 'header' | 'events' | 'end' | 'other' = 'header'
  let validation: DatasetValidation | null = null
  let index = 0
  let expectsEvent = false // the previous event line ended with a comma
  const rowProblems: Problem[] = []
  const breaks: Break[] = []
  let lineNumber = 0
  let lineStart = 0 // UTF-16 offset of the current line in the whole text
  // A function, not a comparison inline: TypeScript does not see onLine() change `state` inside the loops below.
  const isOther = () => state === 'other'
  const broke = (kind: Break['kind'], text: string, detail?: string) => {
    breaks.push({ kind, index, line: lineNumber, at: lineStart, text, ...(detail ? { detail } : {}) })
  }

  const onLine = (raw: string, isLast: boolean): void => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (state === 'header') {
      if (!line.startsWith('{') || !line.endsWith(EVENTS_OPENING)) {
        state = 'other'
        return
      }
      const header = tryParse(`${line}${EVENTS_CLOSING}`)
      const started = header === undefined ? null : startValidation(header)
      if (started === null || 'dataset' in started || started.rows.length > 0) {
        state = 'other'
        return
      }
      validation = started
      state = 'events'
      return
    }
    if (state === 'end') {
      if (line.trim() !== '') {
        broke('text-after-end', line)
        state = 'other'
      }
      return
    }
    if (state !== 'events' || validation === null) return
    if (line === EVENTS_CLOSING) {
      if (expectsEvent) broke('comma-after-last', line)
      state = 'end'
      return
    }
    const missingComma = index > 0 && !expectsEvent
    expectsEvent = line.endsWith(',')
    const json = expectsEvent ? line.slice(0, -1) : line
    const row = tryParse(json, (error) => {
      broke(isLast ? 'ends-mid-event' : 'bad-line', line, error)
    })
    if (row === undefined) {
      index++
      return
    }
    if (missingComma) broke('missing-comma', line)
    try {
      if (lineMayHoldForbiddenKey && mayHoldForbiddenKey(json))
        rowProblems.push(...stripForbiddenKeys(row, `events[${index}]`))
      validation.addEvent(row, index)
    } catch (error) {
      rowProblems.push(unreadableRow(index, error))
    }
    index++
  }

  // The forbidden-key scan runs once per piece of text (plus the 16 characters before it, for a key cut in pieces), not
  // once per line; only the lines of a piece that may hold one are scanned, and walked, on their own.
  let pendingMayHold = false
  let lineMayHoldForbiddenKey = true
  let tail = ''

  const nextLine = (raw: string, isLast: boolean) => {
    lineNumber++
    onLine(raw, isLast)
    lineStart += raw.length + 1
  }

  return {
    push(text) {
      if (isOther()) return
      const pieceMayHold = mayHoldForbiddenKeyAfter(tail, text)
      tail = (text.length >= KEY_TAIL_CHARS ? text : tail + text).slice(-KEY_TAIL_CHARS)
      // Each piece is searched for line ends once: a 20 MB line arriving in 300 pieces is not searched 300 times.
      let start = 0
      let at: number
      while ((at = text.indexOf('\n', start)) >= 0 && !isOther()) {
        // The first line completed here began in earlier pieces.
        lineMayHoldForbiddenKey = pieceMayHold || (start === 0 && pendingMayHold)
        const end = text.slice(start, at)
        const line = pieces.length === 0 ? end : pieces.join('') + end
        pieces = []
        nextLine(line, false)
        start = at + 1
      }
      pendingMayHold = pieceMayHold || (start === 0 && pendingMayHold)
      if (start < text.length && !isOther()) pieces.push(start === 0 ? text : text.slice(start))
    },
    finish() {
      lineMayHoldForbiddenKey = pendingMayHold
      const pending = pieces.join('')
      pieces = []
      if (!isOther() && pending !== '') nextLine(pending, true)
      if (state === 'events' && !breaks.some((b) => b.kind === 'ends-mid-event')) broke('ends-early', '')
      if (state !== 'end' || validation === null || breaks.length > 0) return null
      const result = validation.finish()
      return { ...result, problems: [...rowProblems, ...result.problems] }
    },
    salvage(text, name) {
      if (validation === null || breaks.length === 0) return null
      const result = validation.finish()
      const shown = result.dataset.events.length
      const problems = breaks.map((b) => breakProblem(b, name, shown, utf8Length(text, b.at)))
      return { ...result, problems: [...problems, ...rowProblems, ...result.problems] }
    },
  }
}

function breakProblem(b: Break, name: string, shown: number, byte: number): Problem {
  const where = `line ${b.line.toLocaleString('en')}, byte ${byte.toLocaleString('en')}`
  const showing = `showing ${shown.toLocaleString('en')} ${shown === 1 ? 'event' : 'events'}`
  const fix = 'the events before it are shown; build or download the file again'
  switch (b.kind) {
    case 'ends-mid-event':
      return problem('error', name, '(file)', b.text, `${showing}; the file ends mid-event at byte ${byte.toLocaleString('en')} (line ${b.line.toLocaleString('en')})`, fix)
    case 'ends-early':
      return problem('error', name, '(file)', '', `${showing}; the file ends at byte ${byte.toLocaleString('en')} without closing its list of events ("]}")`, fix)
    case 'bad-line':
      return problem('error', `events[${b.index}]`, '(row)', b.text, `is not valid JSON (${where}): ${b.detail ?? ''}`, 'only this line was skipped; check it for a missing quote, comma or bracket')
    case 'missing-comma':
      return problem('error', `events[${b.index}]`, '(row)', b.text, `is not separated from the event before it by a comma (${where})`, 'add the comma; the event was kept')
    case 'comma-after-last':
      return problem('error', name, '(file)', b.text, `has a comma after its last event (${where})`, 'remove the comma; every event was kept')
    case 'text-after-end':
      return problem('error', name, '(file)', b.text, `has text after the end of the dataset (${where})`, 'remove it; every event before it was kept')
  }
}

function unreadableRow(index: number, error: unknown): Problem {
  return problem('error', `events[${index}]`, '(row)', '(not shown)', `could not be checked: ${error instanceof Error ? error.message : String(error)}`, 'the row was skipped; simplify it')
}

/** The UTF-8 length of text.slice(0, end), without building it (only when a file is broken). */
function utf8Length(text: string, end: number): number {
  let bytes = 0
  for (let at = 0; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00 && at + 1 < end) {
      bytes += 4
      at++
    } else bytes += 3
  }
  return bytes
}

function tryParse(json: string, onError?: (message: string) => void): unknown {
  try {
    return JSON.parse(json) as unknown
  } catch (error) {
    onError?.(error instanceof Error ? error.message : String(error))
    return undefined
  }
}
