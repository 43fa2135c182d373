// The dataset's two record files point into the events: every source URL in a row of data/corrections.md and of
// seeds/CLAIMS.md must be a source of an event the row names (CLAIMS.md says so in its header). When an event's
// sources change, a row left citing a page the event no longer cites is a claim without its source.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDataDir } from './readDataDir'

type Row = { file: string; line: number; eventIds: string[]; urls: string[] }

/** Event ids are written in backticks and start with their year; URLs end at whitespace, a pipe or a bracket. */
const EVENT_ID = /`(\d{4}-[a-z0-9-]+)`/g
const URL_IN_TEXT = /https?:\/\/[^\s|)\]>]+/g

function tableRows(file: string, text: string): Row[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.startsWith('|')) return []
    const eventIds = [...line.matchAll(EVENT_ID)].map((match) => match[1]!)
    const urls = [...line.matchAll(URL_IN_TEXT)].map((match) => match[0].replace(/[.,;]+$/, ''))
    return urls.length > 0 ? [{ file, line: index + 1, eventIds, urls }] : []
  })
}

function sourcesByEvent(): Map<string, Set<string>> {
  const { input } = readDataDir('data')
  const byEvent = new Map<string, Set<string>>()
  for (const row of input.events as { id: string; sources: { url: string }[] }[])
    byEvent.set(row.id, new Set(row.sources.map((source) => source.url)))
  return byEvent
}

/** Each URL of each row that is not a source of any event the row names (or, naming none, of any event). */
function strayUrls(rows: readonly Row[], byEvent: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const anywhere = new Set([...byEvent.values()].flatMap((urls) => [...urls]))
  return rows.flatMap((row) =>
    row.urls
      .filter((url) =>
        row.eventIds.length > 0 ? !row.eventIds.some((id) => byEvent.get(id)?.has(url)) : !anywhere.has(url),
      )
      .map((url) => `${row.file}:${row.line} (${row.eventIds.join(', ') || 'no event named'}): ${url}`),
  )
}

describe('the record files cite what the events cite', () => {
  const byEvent = sourcesByEvent()

  it.each(['data/corrections.md', 'seeds/CLAIMS.md'])(
    'every source URL in %s is a source of its row’s event',
    (file) => {
      const rows = tableRows(file, readFileSync(file, 'utf8'))
      expect(rows.length).toBeGreaterThan(10)
      expect(strayUrls(rows, byEvent)).toEqual([])
    },
  )

  it('names the row, the event and the URL that is not among the event’s sources', () => {
    const rows = tableRows(
      'x.md',
      [
        '| Event | Source |',
        '| `2025-01-01-a` | https://a.example/1 |',
        '| `2025-01-01-a`, `2025-01-02-b` | https://b.example/2. |',
        '| (no event) | https://c.example/3 |',
      ].join('\n'),
    )
    const byId = new Map([
      ['2025-01-01-a', new Set(['https://a.example/1'])],
      ['2025-01-02-b', new Set(['https://b.example/9'])],
    ])
    expect(strayUrls(rows, byId)).toEqual([
      'x.md:3 (2025-01-01-a, 2025-01-02-b): https://b.example/2',
      'x.md:4 (no event named): https://c.example/3',
    ])
  })
})
