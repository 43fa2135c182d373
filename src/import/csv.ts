/**
 * CSV and TSV through Papa Parse: the delimiter (comma, semicolon, tab) is guessed, the header row found, and every
 * row keeps the line number it starts on (quoted cells may span lines), so the report can say "line 12".
 */
import Papa from 'papaparse'

export type CsvRow = { line: number; cells: string[] }
export type CsvTable = {
  delimiter: string
  /** 1-based line of the header row; 0 when the file has none. */
  headerLine: number
  header: string[]
  rows: CsvRow[]
  /** Non-empty rows above the header (titles, notes), by line. */
  preamble: CsvRow[]
}

export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
}

export function readCsv(
  text: string,
  options: { delimiter?: string; hasHeader?: boolean; onProgress?: (done: number) => void } = {},
): CsvTable {
  const all: CsvRow[] = []
  let line = 1
  let consumed = 0
  let delimiter = options.delimiter ?? ','
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    step(result) {
      delimiter = result.meta.delimiter
      const cursor = result.meta.cursor
      const cells = result.data.map((cell) => (cell.endsWith('\r') ? cell.slice(0, -1) : cell))
      if (cells.some((cell) => cell.trim() !== '')) all.push({ line, cells })
      line += countNewlines(text, consumed, cursor)
      consumed = cursor
      if (options.onProgress && all.length % 2000 === 0) options.onProgress(cursor / text.length)
    },
  })
  if (options.hasHeader === false) return { delimiter, headerLine: 0, header: [], rows: all, preamble: [] }
  const headerIndex = options.hasHeader === true ? 0 : findHeader(all)
  if (headerIndex < 0) return { delimiter, headerLine: 0, header: [], rows: all, preamble: [] }
  const headerRow = all[headerIndex]
  return {
    delimiter,
    headerLine: headerRow?.line ?? 0,
    header: (headerRow?.cells ?? []).map((cell) => cell.trim()),
    rows: all.slice(headerIndex + 1),
    preamble: all.slice(0, headerIndex),
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0
  for (
    let index = text.indexOf('\n', from);
    index !== -1 && index < to;
    index = text.indexOf('\n', index + 1)
  )
    count++
  return count
}

const NUMBERISH = /^[-+]?[\d.,:/ ]+$/

/**
 * The header is the first of the first ten rows whose cells are all text (no numbers, no dates) and that is about as
 * wide as the rows below it; -1 when none is (a headerless export such as GDELT's).
 */
function findHeader(rows: readonly CsvRow[]): number {
  const widths = rows.slice(0, 50).map((row) => row.cells.filter((cell) => cell.trim() !== '').length)
  const widest = Math.max(0, ...widths)
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const cells = rows[index]?.cells.map((cell) => cell.trim()).filter((cell) => cell !== '') ?? []
    if (cells.length === 0) continue
    const allText = cells.every((cell) => !NUMBERISH.test(cell) && cell.length <= 80)
    if (allText && cells.length >= Math.max(2, Math.ceil(widest / 2))) return index
    if (!allText && cells.length >= Math.ceil(widest / 2)) return -1
  }
  return -1
}

/** Header names compared loosely: "End Year", "end_year", "END-YEAR" are the same column. */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

/** Maps normalised header names to their column index (first wins). */
export function headerIndex(header: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  header.forEach((name, index) => {
    const key = normalizeHeader(name)
    if (!map.has(key)) map.set(key, index)
  })
  return map
}
