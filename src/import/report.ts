/**
 * The row-level report: every row read ends as exactly one of imported, imported with changes, skipped, or a title or
 * era row, with a locator a person can find. Format modules open a row, say what they did to it, and close it with an
 * event, a title, an era or a skip; the collector keeps the counts honest.
 */
import { showValue } from '../data/vocabulary'
import type {
  ImportReport,
  ImportSummary,
  ImportedEra,
  ImportedEvent,
  ImportedLink,
  ReportRow,
  RowOutcome,
  Severity,
} from './types'

export type RowScope = {
  readonly locator: string
  note: (severity: Severity, field: string, value: unknown, message: string, hint?: string) => void
  /** True once an error was noted for this row. */
  readonly failed: boolean
}

export type ReportFile = ImportReport['file']

export class ImportCollector {
  readonly rows: ReportRow[] = []
  readonly outcomes: { locator: string; outcome: RowOutcome }[] = []
  readonly events: ImportedEvent[] = []
  readonly eras: ImportedEra[] = []
  intro: { title: string; text: string; links: ImportedLink[] } | undefined
  private open: { locator: string; warned: boolean; failed: boolean } | undefined
  private readonly usedIds = new Set<string>()
  readonly file: ReportFile
  /** Called now and then with the share of rows done (0–1), once `expectRows` has said how many there are. */
  onProgress: ((done: number) => void) | undefined
  private expected = 0

  constructor(file: ReportFile) {
    this.file = file
  }

  /** How many rows the file has, for progress. */
  expectRows(count: number): void {
    this.expected = count
  }

  /** A note about the whole file (its encoding, its date order, a column that was ignored). */
  fileNote(severity: Severity, field: string, value: unknown, message: string, hint?: string): void {
    this.rows.push(row('(file)', severity, field, value, message, hint))
  }

  /** Starts a row; it must end with `event`, `title`, `era` or `skip`. */
  begin(locator: string): RowScope {
    if (this.open) throw new Error(`row ${this.open.locator} was not closed`)
    if (this.onProgress && this.expected > 0 && this.outcomes.length % 500 === 0) {
      this.onProgress(Math.min(1, this.outcomes.length / this.expected))
    }
    const state = { locator, warned: false, failed: false }
    this.open = state
    const rows = this.rows
    return {
      locator,
      note(severity, field, value, message, hint) {
        if (severity === 'warning') state.warned = true
        if (severity === 'error') state.failed = true
        rows.push(row(locator, severity, field, value, message, hint))
      },
      get failed() {
        return state.failed
      },
    }
  }

  /** Ends the open row as an event; `changed` when any warning was noted for it. */
  event(draft: Omit<ImportedEvent, 'id' | 'locator' | 'claim'> & { id?: string }): ImportedEvent {
    const state = this.close()
    const event: ImportedEvent = {
      ...draft,
      id: this.uniqueId(draft.id ?? draft.title, state.locator),
      locator: state.locator,
      claim: { status: 'not assessed' },
    }
    this.events.push(event)
    this.outcomes.push({ locator: state.locator, outcome: state.warned ? 'changed' : 'imported' })
    return event
  }

  title(intro: { title: string; text: string; links: ImportedLink[] }): void {
    const state = this.close()
    this.intro ??= intro
    this.outcomes.push({ locator: state.locator, outcome: 'title' })
  }

  era(era: Omit<ImportedEra, 'id' | 'locator'>): void {
    const state = this.close()
    this.eras.push({ ...era, id: this.uniqueId(`era-${era.label}`, state.locator), locator: state.locator })
    this.outcomes.push({ locator: state.locator, outcome: 'era' })
  }

  /** Ends the open row as skipped, with the reason (an error line, unless one was already noted). */
  skip(field: string, value: unknown, message: string, hint?: string): void {
    const locator = this.open?.locator ?? '(row)'
    this.rows.push(row(locator, 'error', field, value, `row skipped: ${message}`, hint))
    this.close()
    this.outcomes.push({ locator, outcome: 'skipped' })
  }

  /** A row that is read and skipped in one step (no scope needed). */
  skipRow(locator: string, field: string, value: unknown, message: string, hint?: string): void {
    this.begin(locator)
    this.skip(field, value, message, hint)
  }

  summary(): ImportSummary {
    const count = (outcome: RowOutcome) => this.outcomes.filter((o) => o.outcome === outcome).length
    const changed = count('changed')
    return {
      rowsRead: this.outcomes.length,
      imported: count('imported') + changed,
      changed,
      skipped: count('skipped'),
      titleRows: count('title'),
      eraRows: count('era'),
      notOnMap: this.events.filter((event) => event.place === undefined).length,
      notOnTimeline: this.events.filter((event) => event.when === undefined).length,
    }
  }

  report(): ImportReport {
    if (this.open) throw new Error(`row ${this.open.locator} was not closed`)
    return { summary: this.summary(), file: this.file, rows: this.rows, outcomes: this.outcomes }
  }

  private close(): { locator: string; warned: boolean; failed: boolean } {
    const state = this.open
    if (!state) throw new Error('no row is open')
    this.open = undefined
    return state
  }

  private uniqueId(text: string, locator: string): string {
    const base = slug(text) || slug(locator) || 'row'
    let id = base
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`
    this.usedIds.add(id)
    return id
  }
}

/** Lower-case letters, digits and single hyphens, at most 60 characters (accents folded). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

function row(
  locator: string,
  severity: Severity,
  field: string,
  value: unknown,
  message: string,
  hint?: string,
): ReportRow {
  return {
    locator,
    severity,
    field,
    value: typeof value === 'string' ? shorten(value) : showValue(value),
    message,
    ...(hint ? { hint } : {}),
  }
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ')
  return single.length > 120 ? `${single.slice(0, 117)}…` : single
}

/** "11 rows read: 1 title row, 10 events imported (0 with changes), 0 on the map, 0 skipped". */
export function summaryLine(summary: ImportSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts = [
    summary.titleRows ? plural(summary.titleRows, 'title row') : '',
    summary.eraRows ? plural(summary.eraRows, 'era row') : '',
    `${plural(summary.imported, 'event')} imported (${summary.changed} with changes)`,
    `${summary.imported - summary.notOnMap} on the map`,
    `${summary.imported - summary.notOnTimeline} on the timeline`,
    `${summary.skipped} skipped`,
  ].filter((part) => part !== '')
  return `${plural(summary.rowsRead, 'row')} read: ${parts.join(', ')}`
}

/** Repeated messages grouped: the same field and message, with how many rows and the first few locators. */
export function groupReportRows(
  rows: readonly ReportRow[],
): { severity: Severity; field: string; message: string; count: number; locators: string[] }[] {
  const groups = new Map<
    string,
    { severity: Severity; field: string; message: string; count: number; locators: string[] }
  >()
  for (const entry of rows) {
    const key = `${entry.severity}\u0000${entry.field}\u0000${entry.message}`
    let group = groups.get(key)
    if (!group) {
      group = { severity: entry.severity, field: entry.field, message: entry.message, count: 0, locators: [] }
      groups.set(key, group)
    }
    group.count++
    if (group.locators.length < 5) group.locators.push(entry.locator)
  }
  return [...groups.values()]
}

/** The report as CSV (spreadsheet formulas neutralised, as in the curated data's CSV export). */
export function reportToCsv(report: ImportReport): string {
  const header = ['locator', 'severity', 'field', 'value', 'message', 'hint']
  const cell = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const lines = [header.join(',')]
  for (const entry of report.rows) {
    lines.push(
      [entry.locator, entry.severity, entry.field, entry.value, entry.message, entry.hint ?? '']
        .map(cell)
        .join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
