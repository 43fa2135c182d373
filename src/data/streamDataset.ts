/**
 * Reads a dataset file while it downloads: in the build's layout (datasetLayout.ts) every event line is parsed, checked
 * for forbidden keys and validated as soon as it arrives, so the work overlaps the download instead of following it.
 * Anything unexpected (another layout, a syntax error, a truncated file) falls back to reading the whole text with
 * parseJsonSafely + validateDataset, so the result and its problems are those of the whole-file path.
 */
import { EVENTS_CLOSING, EVENTS_OPENING } from './datasetLayout'
import { mayHoldForbiddenKey, parseJsonSafely, stripForbiddenKeys } from './forbiddenKeys'
import type { Problem } from './types'
import { startValidation, validateDataset, type DatasetValidation, type ValidationResult } from './validateDataset'

export async function readDatasetStream(
  body: ReadableStream<Uint8Array>,
  name: string,
): Promise<ValidationResult> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  const received: string[] = [] // everything, for the fallback
  const lines = lineReader()
  for (;;) {
    const { value, done } = await reader.read()
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true })
    received.push(text)
    lines.push(text)
    if (done) break
  }
  return lines.finish() ?? wholeFile(received.join(''), name)
}

/** The whole-file path: what the app did before streaming, and what every other layout gets. */
export function wholeFile(text: string, name: string): ValidationResult {
  const { value, problems } = parseJsonSafely(text, name)
  const result = validateDataset(value)
  return { dataset: result.dataset, problems: [...problems, ...result.problems] }
}

/**
 * Splits text into lines as it arrives and validates each. `finish` gives the result, or null when the text was not
 * in the build's layout (then nothing it did counts).
 */
export function lineReader(): { push: (text: string) => void; finish: () => ValidationResult | null } {
  let pending = ''
  let state: 'header' | 'events' | 'end' | 'other' = 'header'
  let validation: DatasetValidation | null = null
  let index = 0
  let expectsEvent = false // the previous event line ended with a comma
  const rowProblems: Problem[] = []
  // A function, not a comparison inline: TypeScript does not see onLine() change `state` inside the loops below.
  const isOther = () => state === 'other'

  const onLine = (raw: string): void => {
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
      if (line.trim() !== '') state = 'other'
      return
    }
    if (state !== 'events' || validation === null) return
    if (line === EVENTS_CLOSING) {
      state = expectsEvent ? 'other' : 'end'
      return
    }
    if (index > 0 && !expectsEvent) {
      state = 'other'
      return
    }
    expectsEvent = line.endsWith(',')
    const json = expectsEvent ? line.slice(0, -1) : line
    const row = tryParse(json)
    if (row === undefined) {
      state = 'other'
      return
    }
    if (lineMayHoldForbiddenKey && mayHoldForbiddenKey(json))
      rowProblems.push(...stripForbiddenKeys(row, `events[${index}]`))
    validation.addEvent(row, index)
    index++
  }

  // The forbidden-key scan runs once per piece of text (plus the 16 characters before it, for a key cut in pieces), not
  // once per line; only the lines of a piece that may hold one are scanned, and walked, on their own.
  let pendingMayHold = false
  let lineMayHoldForbiddenKey = true
  let tail = ''

  return {
    push(text) {
      if (isOther()) return
      const withTail = tail + text
      const pieceMayHold = mayHoldForbiddenKey(withTail)
      tail = withTail.slice(-16)
      pending += text
      let start = 0
      let at: number
      while ((at = pending.indexOf('\n', start)) >= 0 && !isOther()) {
        // The first line completed here began in earlier pieces.
        lineMayHoldForbiddenKey = pieceMayHold || (start === 0 && pendingMayHold)
        onLine(pending.slice(start, at))
        start = at + 1
      }
      pendingMayHold = pieceMayHold || (start === 0 && pendingMayHold)
      pending = pending.slice(start)
    },
    finish() {
      lineMayHoldForbiddenKey = pendingMayHold
      if (!isOther() && pending !== '') onLine(pending)
      pending = ''
      if (state !== 'end' || validation === null) return null
      const result = validation.finish()
      return { dataset: result.dataset, problems: [...rowProblems, ...result.problems] }
    },
  }
}

function tryParse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown
  } catch {
    return undefined
  }
}
