/**
 * Guided stories, presentation mode and playback in a real browser: the production build, the bundled dataset and
 * stories, Debian's Chromium. Uses the same contract as explorer.test.ts: every rendered event element carries
 * data-event-id, and the selected one in each view carries data-selected="true".
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Dataset, Story } from '../../src/data/types'
import { builtDataset } from './fixtures'
import {
  expectSelectedEverywhere,
  expectSelectedInStory,
  selectedTitleInPanel,
  selectionIn,
} from './selection'
import { openPage, WAIT_LIMIT_MS } from './harness'
import { browserSuite } from './suite'

const suite = browserSuite()
const dataset: Dataset = builtDataset()
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

const open = suite.open

function story(id: string): Story {
  const found = dataset.stories.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`the build has no story ${id}`)
  return found
}

/** Waits until the step is shown, then checks that its event (or none) is selected in every view. */
async function expectStep(page: Page, shown: Story, index: number, { checkUrl = true } = {}): Promise<void> {
  await page.waitForSelector(`[data-testid="story-controls"][data-step="${index + 1}"]`)
  expect(await page.locator('.story-step-count').textContent()).toBe(
    `Step ${index + 1} of ${shown.steps.length}`,
  )
  const step = shown.steps[index]!
  expect(await page.locator('.story-note').textContent()).toBe(step.note.en)
  if (step.eventId) await expectSelectedInStory(page, step.eventId)
  else
    await page.waitForFunction(() => document.querySelector('[data-selected="true"][data-event-id]') === null)
  if (checkUrl) await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(index + 1))
}

/** The first number in the header's event count ("12 events", "3 of 44 events in the time window"). */
async function headerCount(page: Page): Promise<number> {
  return Number(/\d+/.exec((await page.locator('.event-count').textContent()) ?? '')?.[0])
}

/** The elements of events drawn in the list, on the map (markers) and on the timeline. */
const DRAWN =
  '.event-list [data-event-id], .map-canvas .event-marker[data-event-id], .timeline-canvas [data-event-id]'

/** Every event id drawn in the list, on the map (markers) and on the timeline. */
function drawnIds(page: Page): Promise<string[]> {
  return page.$$eval(DRAWN, (els) => [
    ...new Set(els.map((element) => element.getAttribute('data-event-id') ?? '')),
  ])
}

/**
 * How long playing to the end may take at the fastest speed (a year of history per second), with a generous margin
 * for a busy machine: derived from the bundled dataset's span, which grows as the dataset reaches further back.
 */
const PLAY_TO_END_TIMEOUT_MS = (() => {
  const starts = dataset.events.map((event) => event.when.startMs)
  const spanYears = (Math.max(...starts) - Math.min(...starts)) / (365 * 86_400_000)
  return Math.ceil(spanYears) * 3_000 + 20_000
})()

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

describe('guided stories', () => {
  it('ships at least two stories of six or more steps', () => {
    expect(dataset.stories.length).toBeGreaterThanOrEqual(2)
    for (const shown of dataset.stories) expect(shown.steps.length).toBeGreaterThanOrEqual(6)
  })

  it('walks every step of a story by keyboard, and each step selects its event on the map and the timeline', async () => {
    const page = await open('', { reducedMotion: 'reduce' })
    const shown = story('from-allegation-to-policy')
    // The intro card lists every story with its own Start button.
    await page.getByRole('button', { name: `Start the story: ${shown.title.en}` }).click()
    // Start moves the focus into the step card, where the arrow keys work.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'story-controls')
    await expectStep(page, shown, 0)
    for (let index = 1; index < shown.steps.length; index++) {
      // Alternate: ArrowRight in the focused panel, PageDown (what presentation clickers send) from anywhere.
      if (index % 2 === 0) {
        await page.locator('.map-canvas').focus()
        await page.keyboard.press('PageDown')
      } else {
        await page.locator('[data-testid="story-controls"]').focus()
        await page.keyboard.press('ArrowRight')
      }
      await expectStep(page, shown, index)
    }
    // At the end, Next stays put; PageUp goes back from anywhere, and so does the browser's Back button.
    await page.keyboard.press('PageDown')
    await expectStep(page, shown, shown.steps.length - 1)
    await page.keyboard.press('PageUp')
    await expectStep(page, shown, shown.steps.length - 2)
    await page.goBack()
    await expectStep(page, shown, shown.steps.length - 1)
  })

  it('opens a deep link at its step', async () => {
    const shown = story('between-cooperation-and-sovereignty')
    const page = await open(`?story=${shown.id}&step=4`)
    await expectStep(page, shown, 3)
    expect(await page.locator('#story-title').textContent()).toBe(shown.title.en)
    expect(await page.locator('[data-testid="problem-notice"]').count()).toBe(0)
  })

  it('moves a linked step’s window once to show its title whole, without creeping toward it', async () => {
    const shown = story('from-allegation-to-policy')
    const eventId = shown.steps[5]!.eventId!
    const watched = await openPage(suite.browser, suite.served.url, { reducedMotion: 'reduce' })
    suite.watched.push(watched)
    const { page } = watched
    // Each frame, where the selected item's dot stands (a new entry each time it moves).
    await page.addInitScript(`(() => {
      const xs = (window.__dotXs = [])
      const sample = () => {
        const dot = document.querySelector('.timeline-canvas .vis-item.vis-selected .vis-dot')
        if (dot && dot.getBoundingClientRect().width > 0) {
          const x = Math.round(dot.getBoundingClientRect().left)
          if (xs[xs.length - 1] !== x) xs.push(x)
        }
        requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    })()`)
    await page.goto(`${suite.served.url}?story=${shown.id}&step=6`)
    await expectStep(page, shown, 5)
    await expect.poll(() => selectedTitleInPanel(page, eventId), { timeout: WAIT_LIMIT_MS }).toBe('inside')
    // Thirty frames more: a window creeping toward the title (5 px a frame, stop 52) moves the dot in each.
    await page.evaluate(async () => {
      for (let frame = 0; frame < 30; frame++)
        await new Promise<void>((resolve) => {
          requestAnimationFrame(() => {
            resolve()
          })
        })
    })
    const positions = await page.evaluate(() => (window as unknown as { __dotXs: number[] }).__dotXs)
    // Where the widget first drew it, where the step's window put it, and the one move that shows its title whole.
    expect(positions.length, positions.join(' → ')).toBeGreaterThan(0)
    expect(positions.length, positions.join(' → ')).toBeLessThanOrEqual(3)
  })

  it('falls back with a notice for an unknown story or a step out of range', async () => {
    const shown = story('between-cooperation-and-sovereignty')
    const page = await open(`?story=${shown.id}&step=99`)
    // The link is left as it was (as for any ignored parameter) until the reader moves on.
    await expectStep(page, shown, 0, { checkUrl: false })
    expect(await page.locator('[data-testid="problem-notice"]').textContent()).toContain('step = "99"')

    const unknown = await open('?story=no-such-story&step=2')
    expect(await unknown.locator('.intro-card .story-list').isVisible()).toBe(true)
    expect(await unknown.locator('[data-testid="story-controls"]').count()).toBe(0)
    expect(await unknown.locator('[data-testid="problem-notice"]').textContent()).toContain(
      'story = "no-such-story"',
    )
  })

  it('has no axe violations (WCAG 2.2 AA) on a story step', async () => {
    const page = await open('?story=from-allegation-to-policy&step=7')
    await expectStep(page, story('from-allegation-to-policy'), 6)
    await expectNoAxeViolations(page)
  })
})

describe('presentation mode', () => {
  it('is large and high-contrast, and "hide later events" hides later events from the list, the map and the timeline', async () => {
    const shown = story('from-allegation-to-policy')
    const index = 5 // the terrorist designations of 20 February 2025
    const page = await open(`?story=${shown.id}&step=${index + 1}`, { reducedMotion: 'reduce' })
    await expectStep(page, shown, index)
    const fontBefore = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    )
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await page.waitForSelector('.app.is-presenting')
    // The present layout replaces the story layout: its card offers the presenter window and a way out instead.
    expect(await page.getByRole('button', { name: 'Exit presentation' }).isVisible()).toBe(true)
    // Larger type (the root font size grows; the fullscreen switch may delay the restyle by a frame or two).
    await page.waitForFunction(
      (before) => parseFloat(getComputedStyle(document.documentElement).fontSize) > before,
      fontBefore,
    )
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1')

    const cutoffMs = shown.steps[index]!.atMs
    const allowed = new Set(
      dataset.events.filter((event) => event.when.startMs <= cutoffMs).map((event) => event.id),
    )
    expect(allowed.size).toBeLessThan(dataset.events.length)
    expect(await headerCount(page)).toBe(dataset.events.length)
    await page.getByRole('switch', { name: 'Hide events after this step' }).check()
    await page.waitForFunction(
      (n) => /\d+/.exec(document.querySelector('.event-count')?.textContent ?? '')?.[0] === String(n),
      allowed.size,
    )
    // The map and the timeline redraw after the count: wait until they show nothing after the step (a condition,
    // not a pause; on timeout the assertion below names the events still drawn).
    await page
      .waitForFunction(
        ({ selector, ids }) =>
          [...document.querySelectorAll(selector)].every((element) =>
            ids.includes(element.getAttribute('data-event-id') ?? ''),
          ),
        { selector: DRAWN, ids: [...allowed] },
        { timeout: WAIT_LIMIT_MS },
      )
      .catch(() => undefined)
    const drawn = await drawnIds(page)
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.filter((id) => !allowed.has(id))).toEqual([])
    const clustered = await page.$$eval('.map-canvas .cluster-marker', (els) =>
      els.reduce((sum, element) => sum + Number(element.textContent || 0), 0),
    )
    // Clusters count places, and an event may have several.
    const allowedPlaces = dataset.events
      .filter((event) => allowed.has(event.id))
      .reduce((sum, event) => sum + event.places.length, 0)
    expect(clustered).toBeLessThanOrEqual(allowedPlaces)
    await expectSelectedInStory(page, shown.steps[index]!.eventId!)

    // The next step shows its own event, which was hidden a moment ago.
    const next = shown.steps[index + 1]!
    expect(allowed.has(next.eventId!)).toBe(false)
    await page.keyboard.press('PageDown')
    await expectStep(page, shown, index + 1)
    // Switching off shows everything again.
    await page.getByRole('switch', { name: 'Hide events after this step' }).uncheck()
    await page.waitForFunction(
      (n) => /\d+/.exec(document.querySelector('.event-count')?.textContent ?? '')?.[0] === String(n),
      dataset.events.length,
    )
  })

  it('never shows presenter notes on the projected screen (they open in the presenter window, layouts.test.ts)', async () => {
    const shown = story('from-allegation-to-policy')
    const page = await open(`?story=${shown.id}&step=1&present=1`)
    await page.waitForSelector('.app.is-presenting')
    expect(await page.getByRole('button', { name: 'Presenter window' }).isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain(
      shown.steps[0]!.presenterNote!.en,
    )
  })

  it('has no axe violations (WCAG 2.2 AA) in presentation mode with later events hidden', async () => {
    const page = await open('?story=from-allegation-to-policy&step=1&present=1&hide=later')
    await page.waitForSelector('.app.is-presenting')
    await expectSelectedInStory(page, story('from-allegation-to-policy').steps[0]!.eventId!)
    await expectNoAxeViolations(page)
  })
})

describe('playback', { timeout: PLAY_TO_END_TIMEOUT_MS + 60_000 }, () => {
  it('plays through time, revealing events cumulatively, and stops by itself at the end', async () => {
    const page = await open('')
    const play = page.getByRole('button', { name: 'Play', exact: true })
    expect(await play.getAttribute('aria-pressed')).toBe('false')
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('365')
    await play.click()
    expect(await play.getAttribute('aria-pressed')).toBe('true')
    const first = await headerCount(page)
    expect(first).toBeLessThan(dataset.events.length)
    await page.waitForFunction(
      (n) => Number(/\d+/.exec(document.querySelector('.event-count')?.textContent ?? '')?.[0]) > n,
      first,
    )
    const middle = await headerCount(page)
    expect(middle).toBeGreaterThan(first)
    // At a year per second, playback ends within about as many seconds as the dataset spans years.
    await page.waitForFunction(
      () => document.querySelector('.playback-play')?.getAttribute('aria-pressed') === 'false',
      null,
      { timeout: PLAY_TO_END_TIMEOUT_MS },
    )
    expect(await headerCount(page)).toBe(dataset.events.length)
    // The latest passed event is selected as the playhead goes, so the map and the timeline follow it to the end.
    await expectSelectedEverywhere(page, dataset.events.at(-1)!.id)
    expect(await page.getByTestId('playhead').textContent()).toMatch(/^Up to /)
    await page.getByRole('button', { name: 'Stop playback and show every event' }).click()
    expect(await page.getByTestId('playhead').textContent()).toBe('All dates')
  })

  it('pauses, and steps from date to date', async () => {
    const page = await open('')
    const play = page.getByRole('button', { name: 'Play', exact: true })
    await play.click()
    await play.click()
    expect(await play.getAttribute('aria-pressed')).toBe('false')
    const paused = await headerCount(page)
    await page.waitForTimeout(600)
    expect(await headerCount(page)).toBe(paused)
    await page.getByRole('button', { name: 'Forward to the next date with events' }).click()
    await page.waitForFunction(
      (n) => Number(/\d+/.exec(document.querySelector('.event-count')?.textContent ?? '')?.[0]) > n,
      paused,
    )
    const stepped = await headerCount(page)
    await expectSelectedEverywhere(page, dataset.events[stepped - 1]!.id)
    await page.getByRole('button', { name: 'Back to the previous date with events' }).click()
    await page.waitForFunction(
      (n) => Number(/\d+/.exec(document.querySelector('.event-count')?.textContent ?? '')?.[0]) < n,
      stepped,
    )
  })

  it('under prefers-reduced-motion reveals events while playing but moves the selection only on a step', async () => {
    const page = await open('', { reducedMotion: 'reduce' })
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('365')
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    // Play starts at the first date and selects the latest event of that date; on a busy machine the playhead may
    // pass later dates before the header could be read, so the selection is derived from the dataset, not the header.
    const firstStartMs = dataset.events[0]!.when.startMs
    const atFirstDate = dataset.events.filter((event) => event.when.startMs === firstStartMs).length
    const firstSelected = dataset.events[atFirstDate - 1]!.id
    await page.waitForFunction(
      () => document.querySelector('.playback-play')?.getAttribute('aria-pressed') === 'false',
      null,
      { timeout: PLAY_TO_END_TIMEOUT_MS },
    )
    expect(await headerCount(page)).toBe(dataset.events.length)
    // The selection has not moved. Nothing scrolls by itself under reduced motion, so its timeline lane may have been
    // pushed out of view by the lanes revealed above it (vis-timeline then draws no item): list, map and details show it.
    const stayed = await selectionIn(page, firstSelected)
    expect({ list: stayed.list, map: stayed.map, detail: stayed.detail }).toEqual({
      list: true,
      map: true,
      detail: firstSelected,
    })
    const marked = await page.$$eval('[data-selected="true"][data-event-id]', (els) => [
      ...new Set(els.map((element) => element.getAttribute('data-event-id'))),
    ])
    expect(marked).toEqual([firstSelected])
    await page.getByRole('button', { name: 'Back to the previous date with events' }).click()
    const back = await headerCount(page)
    await expectSelectedEverywhere(page, dataset.events[back - 1]!.id)
  })
})
