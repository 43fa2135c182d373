/**
 * Bad datasets in a real browser, on the production build under its Content-Security-Policy (issue 15): 100 valid
 * synthetic events plus one or more hostile rows, or a broken file. Every valid event must be shown, every bad row
 * named in the notice, and no page may log an error (the suite checks console errors and CSP violations at the end).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { generateSyntheticDataset, readBaseData } from '../../scripts/generateSynthetic'
import { serializeDataset } from '../../src/data/datasetLayout'
import { readBuiltDatasetFile } from './fixtures'
import { openPage, serveBuild } from './harness'
import { findListRow, readsLeftToRight } from './listRows'
import { expectSelectedEverywhere, expectSelectedInStory } from './selection'
import { browserSuite } from './suite'

const suite = browserSuite()

/**
 * Each test serves a copy of dist/ and loads a dataset of up to 20 MB in Chromium, some in three pages: on a machine
 * busy with other work that takes minutes, not seconds. Generous limits; nothing here measures speed.
 */
const TEST_MS = 300_000
const WAIT_MS = 120_000

type Row = Record<string, unknown> & { id: string }
type DatasetFile = Record<string, unknown> & {
  events: Row[]
  categories: Row[]
  actors: Row[]
  stories: Row[]
}

/** The built file's categories, actors and periods, no stories (they name the real events), 100 valid events. */
function hundredValid(): DatasetFile {
  const built = readBuiltDatasetFile()
  const synthetic = generateSyntheticDataset(100, 15, readBaseData('data'))
  return {
    ...built,
    stories: [],
    events: synthetic.events.map((event) => ({ ...event, relations: [] })) as Row[],
  } as unknown as DatasetFile
}

/** A copy of a valid event under another id, changed by `change`. */
function variant(file: DatasetFile, id: string, change: (row: Row) => void = () => undefined): Row {
  const row = structuredClone(file.events[0]) as Row
  row.id = id
  change(row)
  return row
}

type Opened = { page: Page; notice: string; total: number; ids: Set<string>; cdp: CDPSession }

/** Serves dist/ with `text` as its dataset, opens `query`, waits for the app (or its load error) and reads it. */
async function openWith(text: string, query = '', settle = '.timeline-canvas .vis-item'): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'frontera-hostile-'))
  cpSync('dist', dir, { recursive: true })
  writeFileSync(join(dir, 'data/frontera.json'), text)
  rmSync(join(dir, 'data/frontera.json.gz'), { force: true })
  const local = await serveBuild(dir)
  const watched = await openPage(suite.browser, local.url)
  suite.watched.push(watched)
  cleanups.push(async () => {
    // The page first: a page left open on a closed server fails what it still asks for (its service worker,
    // registered once the page is quiet) and says so on its console.
    await watched.context.close()
    await local.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const { page } = watched
  page.setDefaultTimeout(WAIT_MS)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.goto(`${local.url}${query}`)
  // Explore draws the list; a story layout draws the step card instead (the list gives way to it).
  await page.waitForSelector('.event-list, .embed, .load-error, [data-testid="story-controls"]', {
    state: 'attached',
  })
  // The timeline draws after the list; with no event at all there is nothing to wait for.
  if (settle && (await page.$('.event-list .event-row')))
    await page.waitForSelector(settle, { state: 'attached' })
  const notice = page.locator('[data-testid="problem-notice"]')
  let noticeText = ''
  if ((await notice.count()) > 0) {
    await notice.locator('summary').click()
    noticeText = (await notice.textContent()) ?? ''
  }
  // The list's size (every row says it); a story layout has no list, so its total is 0 here.
  const row = await page.$('.event-list .event-row')
  const total = Number((await row?.getAttribute('aria-setsize')) ?? 0)
  const ids = new Set(
    await page.$$eval('[data-event-id]', (elements) =>
      elements.map((element) => element.getAttribute('data-event-id') ?? ''),
    ),
  )
  return { page, notice: noticeText, total, ids, cdp }
}

const cleanups: (() => Promise<void>)[] = []
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) await cleanup()
}

describe('far years', () => {
  it(
    'shows years 0001–0999 and 9999 as written (with the era where it could be misread) and refuses year 0',
    async () => {
      const file = hundredValid()
      const dated = (id: string, start: string, end?: string) =>
        variant(file, id, (row) => {
          row.date = end ? { start, end } : { start }
        })
      file.events.push(
        dated('year-0025', '0025-02-27'),
        dated('year-0099', '0099-12'),
        dated('year-0700', '0700'),
        dated('year-0001', '0001-01-01', '0001-01-02'),
        dated('year-9999', '9999-12-31'),
        dated('year-zero', '0000-01-01'),
      )
      try {
        const { page, notice, total } = await openWith(serializeDataset(file))
        expect(total).toBe(105)
        expect((await findListRow(page, 'year-0025')).date).toBe('Feb 27, 25 AD')
        expect((await findListRow(page, 'year-0099')).date).toBe('December 99 AD')
        expect((await findListRow(page, 'year-0700')).date).toBe('700 AD')
        expect((await findListRow(page, 'year-0001')).date.replace(/\s+/gu, ' ')).toBe('Jan 1 – 2, 1 AD')
        expect((await findListRow(page, 'year-9999')).date).toBe('Dec 31, 9999')
        expect(notice).toContain('event "year-zero" (events[105]) › date.start = "0000-01-01"')
        expect(notice).toContain('year 0000')
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )
})

describe('one pathological row costs only itself', () => {
  it(
    'reports a 20,000-deep array in a row that also holds a \\u escape, and keeps the 100 valid rows',
    async () => {
      const file = hundredValid()
      file.events.push(variant(file, 'deep-row', (row) => (row.tags = ['DEEP'])))
      const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`
      const text = serializeDataset(file)
        .replace('"DEEP"', deep)
        .replace('"deep-row",', '"deep-row","$note":"caf\\u00e9",')
      expect(text).toContain('\\u00e9')
      try {
        const { notice, total, ids } = await openWith(text)
        expect(total).toBe(100)
        expect(ids.has('deep-row')).toBe(false)
        expect(notice).toContain('event "deep-row" (events[100])')
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )

  it.each([
    ['title', 'title'],
    ['summary', 'summary'],
  ])(
    'refuses a 20 MB %s at its documented limit, names the row, and keeps the 100 valid rows',
    async (_, field) => {
      const file = hundredValid()
      file.events.push(
        variant(file, 'huge-text', (row) => (row[field] = { en: 'A'.repeat(20_000_000), es: 'B', de: 'C' })),
      )
      try {
        const { notice, total, ids, cdp } = await openWith(serializeDataset(file))
        expect(total).toBe(100)
        expect(ids.has('huge-text')).toBe(false)
        expect(notice).toContain(`event "huge-text" (events[100]) › ${field}.en`)
        expect(notice).toMatch(/longer than [\d,]+ characters/u)
        // Main-thread time from navigation to a drawn app, for the report (speed is measured, never asserted).
        const { metrics } = await cdp.send('Performance.getMetrics')
        const task = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0
        console.log(
          `20 MB ${field}: ${Math.round(task * 1000)} ms of main-thread task time until the app was drawn`,
        )
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )
})

describe('ids named after Object.prototype members', () => {
  it(
    'keeps an event, a category, an actor and a story called "constructor" and refuses the ids the pattern forbids',
    async () => {
      const file = hundredValid()
      file.categories.push({
        id: 'constructor',
        label: { en: 'Constructor', es: 'Constructor', de: 'Konstruktor' },
      })
      file.actors.push({
        id: 'constructor',
        name: { en: 'Con', es: 'Con', de: 'Con' },
        kind: 'organization',
        country: 'US',
      })
      file.events.push(
        variant(file, 'constructor', (row) => {
          row.category = 'constructor'
          row.actors = ['constructor']
        }),
        ...['toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'].map((id) =>
          variant(file, id),
        ),
      )
      file.stories.push({
        id: 'constructor',
        title: { en: 'Constructor story', es: 'Historia', de: 'Geschichte' },
        summary: { en: 'A story', es: 'Una historia', de: 'Eine Geschichte' },
        steps: [{ eventId: 'constructor', note: { en: 'Step', es: 'Paso', de: 'Schritt' } }],
      })
      try {
        const { page, notice, total } = await openWith(serializeDataset(file), '?event=constructor')
        expect(total).toBe(101)
        await expectSelectedEverywhere(page, 'constructor')
        for (const id of ['toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'])
          expect(notice).toContain(`event "${id}"`)
        const story = await openWith(serializeDataset(file), '?story=constructor&step=1')
        // The story layout draws the map, the timeline and the step card (the list gives way to the card).
        await expectSelectedInStory(story.page, 'constructor')
        const embed = await openWith(serializeDataset(file), '?embed=1&event=constructor', '')
        await embed.page.waitForSelector('.embed-card[data-event-id="constructor"]', { state: 'attached' })
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )
})

describe('bidirectional text', () => {
  it(
    'keeps an unterminated right-to-left override inside its own string',
    async () => {
      const file = hundredValid()
      const rlo = '\u202E'
      file.events.push(
        variant(file, 'bidi-title', (row) => {
          row.title = { en: `Harmless ${rlo}title`, es: `Título ${rlo}inocuo`, de: `Harmloser ${rlo}Titel` }
          row.date = { start: '2025-02-27' }
          const sources = row.sources as Record<string, unknown>[]
          sources[0] = { ...sources[0], title: `Source ${rlo}title`, publisher: `Publisher ${rlo}name` }
        }),
      )
      try {
        const { page, total } = await openWith(serializeDataset(file), '?event=bidi-title')
        expect(total).toBe(101)
        const row = await findListRow(page, 'bidi-title')
        expect(row.dateReadsLeftToRight).toBe(true)
        expect(row.placeReadsLeftToRight).toBe(true)
        await page.waitForSelector('.detail-panel[data-event-id="bidi-title"]')
        expect(await readsLeftToRight(page, '.detail-panel .detail-date time')).toBe(true)
        expect(await readsLeftToRight(page, '.detail-panel .source-list li:first-child .muted')).toBe(true)
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )
})

describe('a broken file', () => {
  const laidOut = () => serializeDataset(hundredValid())
  /** How many whole event lines (each ending in "," or the last one) lie before `cut`. */
  const completeBefore = (text: string, cut: number) =>
    text
      .slice(0, cut)
      .split('\n')
      .slice(1, -1)
      .filter((line) => line.startsWith('{')).length

  it(
    'truncated at 60 %: shows every complete event before the cut and says where the file ends',
    async () => {
      const text = laidOut()
      const cut = Math.floor(text.length * 0.6)
      const expected = completeBefore(text, cut)
      expect(expected).toBeGreaterThan(10)
      try {
        const { notice, total } = await openWith(text.slice(0, cut))
        expect(total).toBe(expected)
        expect(notice).toMatch(
          new RegExp(`showing ${expected} events; the file ends mid-event at byte [\\d,]+`, 'u'),
        )
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )

  it(
    'cut inside the last line: shows the 99 events before it',
    async () => {
      const text = laidOut()
      const cut = text.lastIndexOf('\n', text.length - 4) - 30 // inside the last event line (before "\n]}\n")
      try {
        const { notice, total } = await openWith(text.slice(0, cut))
        expect(total).toBe(99)
        expect(notice).toMatch(/showing 99 events; the file ends mid-event at byte [\d,]+/u)
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )

  it(
    'invalid JSON in the middle: only the broken line is lost',
    async () => {
      const lines = laidOut().split('\n')
      lines[51] = `${lines[51]?.slice(0, 40) ?? ''} oops,`
      try {
        const { notice, total } = await openWith(lines.join('\n'))
        expect(total).toBe(99)
        expect(notice).toContain('events[50]')
        expect(notice).toMatch(/not valid JSON/u)
      } finally {
        await cleanUp()
      }
    },
    TEST_MS,
  )
})
