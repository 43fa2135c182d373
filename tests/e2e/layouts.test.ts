/**
 * The layouts of issue 9 in a real browser (production build, bundled dataset and stories, Debian's Chromium):
 * story at 1280×800, present at 1024×768 and phone at 375×812. For every step of every story, the step's event is
 * selected on the map and the timeline, both elements lie inside their view's visible box, inside the viewport and
 * clear of the card or sheet over the map, and Next is on screen without scrolling. Plus the presenter window,
 * leaving the presentation, the explore layout's intro card, header and keyboard, and axe in each layout.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Dataset, Story } from '../../src/data/types'
import { builtDataset } from './fixtures'
import { browserSuite } from './suite'
import { WAIT_LIMIT_MS } from './harness'

const suite = browserSuite()
const dataset: Dataset = builtDataset()
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
/** Generous: a walk through a whole story on a busy machine; the checks themselves wait for conditions, not time. */
const WALK_TIMEOUT = 600_000
const TEST_TIMEOUT = 180_000

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/**
 * A poll on the selected event's markers once the map has settled: 'moving' until two samples in a row find them at
 * the same positions, then how many of them lie on the map.
 */
function selectedMarkersSettled(page: Page): () => Promise<number | 'moving'> {
  let previous = ''
  return async () => {
    const sample = await page.evaluate(() => {
      const map = document.querySelector('.map-canvas')!.getBoundingClientRect()
      return [...document.querySelectorAll('.map-canvas .event-marker[data-selected="true"]')].map(
        (marker) => {
          const box = marker.getBoundingClientRect()
          const x = box.left + box.width / 2
          const y = box.top + box.height / 2
          return {
            at: `${Math.round(x)},${Math.round(y)}`,
            in: x >= map.left && x <= map.right && y >= map.top && y <= map.bottom,
          }
        },
      )
    })
    const key = sample.map((point) => point.at).join(' ')
    const isSettled = key === previous
    previous = key
    return isSettled ? sample.filter((point) => point.in).length : 'moving'
  }
}

/** Whether the selected event's marker is on the phone's map and above its bottom sheet (null: not drawn yet). */
function markerAgainstSheet(page: Page, id: string) {
  return page.evaluate((selected) => {
    const sheet = document.querySelector('.bottom-sheet')!.getBoundingClientRect()
    const map = document.querySelector('.map-canvas')?.getBoundingClientRect()
    const marker = document
      .querySelector(
        `.map-canvas .event-marker[data-event-id="${CSS.escape(selected)}"][data-selected="true"]`,
      )
      ?.getBoundingClientRect()
    return marker && map
      ? { onMap: marker.top >= map.top && marker.height > 0, aboveSheet: marker.bottom <= sheet.top + 1 }
      : null
  }, id)
}

/** Where the step's event is drawn, and whether each element lies where the reader can see it. */
function framing(page: Page, id: string, overlay: string | null) {
  return page.evaluate(
    ({ eventId, overlaySelector }) => {
      type Box = { left: number; top: number; right: number; bottom: number }
      const inside = (r: Box, b: Box) =>
        r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1
      const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
      const boxOf = (r: Box) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(' ')
      const cover = overlaySelector ? document.querySelector(overlaySelector)?.getBoundingClientRect() : null
      // The map's legend (its button, top right) covers the map too.
      const legend = document.querySelector('.map-wrapper > .legend')?.getBoundingClientRect()
      const apart = (r: Box, c: Box | null | undefined) =>
        !c || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom
      const clear = (r: Box) => apart(r, cover) && (!legend || legend.width === 0 || apart(r, legend))
      const css = `[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`
      const map = document.querySelector('.map-canvas')?.getBoundingClientRect()
      const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect()
      const markers = [...document.querySelectorAll(`.map-canvas .event-marker${css}`)].map((m) =>
        m.getBoundingClientRect(),
      )
      const item = document.querySelector(`.timeline-canvas .vis-item ${css}`)?.closest('.vis-item')
      const itemBox = item?.getBoundingClientRect()
      const selected = [
        ...new Set(
          [...document.querySelectorAll('[data-selected="true"][data-event-id]')].map((el) =>
            el.getAttribute('data-event-id'),
          ),
        ),
      ]
      return {
        selected,
        markers:
          markers.length > 0 &&
          !!map &&
          markers.every((r) => inside(r, map) && inside(r, viewport) && clear(r)),
        // On failure, what was seen: the item's box (none when it is not drawn) and the panel's.
        timeline:
          !!itemBox && !!panel && inside(itemBox, panel) && inside(itemBox, viewport)
            ? true
            : { item: itemBox ? boxOf(itemBox) : null, panel: panel ? boxOf(panel) : null },
      }
    },
    { eventId: id, overlaySelector: overlay },
  )
}

/** Next is on screen (no scrolling): its box lies inside the viewport and the page has not scrolled. */
function nextOnScreen(page: Page) {
  return page.evaluate(() => {
    const next = document.querySelector('.story-next')?.getBoundingClientRect()
    return (
      !!next &&
      next.width > 0 &&
      next.top >= 0 &&
      next.left >= 0 &&
      next.bottom <= window.innerHeight &&
      next.right <= window.innerWidth &&
      window.scrollY === 0
    )
  })
}

/** Whether the legend, opened (top left in the present layout), ends left of the step's card; closed again after. */
async function openLegendClearOfCard(page: Page): Promise<boolean> {
  const legend = page.locator('.layout-present .map-wrapper > .legend')
  await legend.locator('summary').click()
  await expect.poll(() => legend.getAttribute('open')).not.toBeNull()
  const clear = await page.evaluate(
    () =>
      document.querySelector('.layout-present .map-wrapper > .legend')!.getBoundingClientRect().right <=
      document.querySelector('.present-card')!.getBoundingClientRect().left,
  )
  await legend.locator('summary').click()
  await expect.poll(() => legend.getAttribute('open')).toBeNull()
  return clear
}

/**
 * Present mode's card: whether the whole step (its head, event and note) and Previous / Next are in view without a
 * scroll, the scale its type was fitted at (useFitCard.ts) and the note's type size in px.
 */
function presentCard(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.present-card')!
    const scroller = card.querySelector<HTMLElement>(':scope > .step-card')!
    const body = scroller.querySelector('.step-card-body')!.getBoundingClientRect()
    const nav = scroller.querySelector('.story-nav')!.getBoundingClientRect()
    const view = scroller.getBoundingClientRect()
    const note = scroller.querySelector('.story-note')!
    return {
      whole:
        scroller.scrollTop === 0 &&
        body.top >= view.top &&
        body.bottom <= nav.top + 1 &&
        nav.bottom <= view.bottom + 1,
      fit: card.dataset.fit ?? null,
      wide: card.dataset.fitWide !== undefined,
      width: card.getBoundingClientRect().width,
      notePx: Number.parseFloat(getComputedStyle(note).fontSize),
    }
  })
}

async function walkStory(
  page: Page,
  story: Story,
  overlay: string | null,
  { wholeStepInCard = false } = {},
): Promise<void> {
  for (let index = 0; index < story.steps.length; index++) {
    if (index > 0) await page.locator('.story-next').click()
    await page.waitForSelector(`[data-testid="story-controls"][data-step="${index + 1}"]`)
    const step = story.steps[index]!
    expect(await page.locator('[data-testid="story-controls"] .story-note').textContent()).toBe(step.note.en)
    if (step.eventId) {
      await expect
        .poll(() => framing(page, step.eventId!, overlay), {
          timeout: WAIT_LIMIT_MS,
          interval: 250,
          message: `step ${index + 1}: ${step.eventId}`,
        })
        .toEqual({ selected: [step.eventId], markers: true, timeline: true })
    } else {
      await page.waitForFunction(
        () => document.querySelector('[data-selected="true"][data-event-id]') === null,
      )
    }
    expect(await nextOnScreen(page), `Next on screen at step ${index + 1}`).toBe(true)
    if (wholeStepInCard) {
      await expect
        .poll(async () => (await presentCard(page)).whole, { message: `whole step ${index + 1} in the card` })
        .toBe(true)
      // Made smaller to fit, never below the floor: 16 px at the least, readable across a room.
      expect((await presentCard(page)).notePx).toBeGreaterThanOrEqual(16)
    }
  }
}

describe('story layout at 1280×800', () => {
  it.each(dataset.stories.map((story) => [story.id, story] as const))(
    'frames every step of "%s" on the map and the timeline, with Next in view',
    async (_id, story) => {
      const page = await suite.open(`?story=${story.id}&step=1`, {
        width: 1280,
        height: 800,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.layout-story')
      // The list and the details give way to the card; both come back on demand.
      expect(await page.locator('.event-list').count()).toBe(0)
      await walkStory(page, story, null)
      await page.getByRole('button', { name: 'Event list' }).click()
      await page.waitForSelector('.layout-story .event-list .event-row')
    },
    WALK_TIMEOUT,
  )

  // A long step at 1280×800 pushed "Event details" and "Event list" under the timeline panel (the card kept its whole
  // height); with the details open, the card and its Next button had no room at all.
  it.each([
    [1280, 800],
    [1024, 768],
  ] as const)(
    'keeps Previous, Next and the details and list toggles reachable at %i×%i on the longest step, details open or not',
    async (width, height) => {
      const [story, stepIndex] = dataset.stories
        .flatMap((candidate) =>
          candidate.steps.map((step, index) => [candidate, index, step.note.en.length] as const),
        )
        .reduce((longest, step) => (step[2] > longest[2] ? step : longest))
      const page = await suite.open(`?story=${story.id}&step=${stepIndex + 1}`, {
        width,
        height,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector(`.layout-story [data-testid="story-controls"][data-step="${stepIndex + 1}"]`)
      const reachable = () =>
        page.evaluate(() =>
          ['.story-previous', '.story-next', '.story-more-toggles button'].flatMap((selector) =>
            [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
              const box = element.getBoundingClientRect()
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
              const ok =
                box.height > 0 && box.bottom <= window.innerHeight && hit !== null && element.contains(hit)
              return `${element.textContent.trim()}: ${ok ? 'reachable' : 'covered'}`
            }),
          ),
        )
      const expected = [
        '← Previous: reachable',
        'Next →: reachable',
        'Event details: reachable',
        'Event list: reachable',
      ]
      expect(await reachable()).toEqual(expected)
      await page.getByRole('button', { name: 'Event details' }).click()
      const details = page.locator('.story-more-body .detail-panel[data-event-id]')
      await details.waitFor()
      expect(await reachable()).toEqual(expected)
      // The details get room to be read, not a sliver.
      expect((await page.locator('.story-more-body').boundingBox())!.height).toBeGreaterThan(120)
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )

  it(
    'opens a story from the visible Stories entry, with each story’s title and summary',
    async () => {
      const page = await suite.open('', { width: 1280, height: 800 })
      await page
        .getByRole('button', { name: 'Stories' })
        .or(page.locator('.stories-menu > summary'))
        .first()
        .click()
      const story = dataset.stories[0]!
      const menu = page.locator('.stories-menu-body')
      expect(await menu.getByText(story.summary.en).isVisible()).toBe(true)
      await menu.getByRole('button', { name: `Start the story: ${story.title.en}` }).click()
      await page.waitForSelector('.layout-story [data-testid="story-controls"][data-step="1"]')
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('data-testid') === 'story-controls',
      )
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )
})

describe('present layout at 1024×768', () => {
  it.each(dataset.stories.map((story) => [story.id, story] as const))(
    'frames every step of "%s" left of the card, with Next in view',
    async (_id, story) => {
      const page = await suite.open(`?story=${story.id}&step=1&present=1`, {
        width: 1024,
        height: 768,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.layout-present')
      // On a 1024×768 projector a long step's note was cut after two lines (the rest scrolled inside the card): its
      // type is now made smaller until the step fits.
      await walkStory(page, story, '.present-card', { wholeStepInCard: true })
    },
    WALK_TIMEOUT,
  )

  it(
    'makes a long step’s type smaller to fit the card, and larger again when the screen grows',
    async () => {
      const [story, stepIndex] = dataset.stories
        .flatMap((candidate) =>
          candidate.steps.map((step, index) => [candidate, index, step.note.en.length] as const),
        )
        .reduce((longest, step) => (step[2] > longest[2] ? step : longest))
      const page = await suite.open(`?story=${story.id}&step=${stepIndex + 1}&present=1`, {
        width: 1024,
        height: 768,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector(`.present-card [data-step="${stepIndex + 1}"]`)
      await expect.poll(async () => (await presentCard(page)).whole).toBe(true)
      const small = await presentCard(page)
      expect(Number(small.fit)).toBeLessThan(1)
      await page.setViewportSize({ width: 1920, height: 1080 })
      await expect.poll(async () => (await presentCard(page)).fit).toBe('1')
      const large = await presentCard(page)
      expect(large.whole).toBe(true)
      expect(large.notePx).toBeGreaterThan(small.notePx)
    },
    TEST_TIMEOUT,
  )

  // Five German steps and one Spanish one did not fit the card even at the smallest type (16 px): their notes
  // scrolled inside it at 1024×768. Such a step gets a wider card, over more of the map, which still frames the
  // step left of it.
  it(
    'gives a step too long for the smallest type a wider card, and the usual card back at a shorter step',
    async () => {
      const story = dataset.stories.find(
        (candidate) => candidate.id === 'the-long-road-to-the-terror-designations',
      )!
      const page = await suite.open(`?lang=de&story=${story.id}&step=5&present=1`, {
        width: 1024,
        height: 768,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.present-card [data-step="5"]')
      await expect.poll(async () => (await presentCard(page)).whole).toBe(true)
      const wide = await presentCard(page)
      expect(wide.wide).toBe(true)
      expect(wide.notePx).toBeGreaterThanOrEqual(16)
      expect(await openLegendClearOfCard(page)).toBe(true)
      const eventId = story.steps[4]!.eventId!
      await expect
        .poll(() => framing(page, eventId, '.present-card'), { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toEqual({ selected: [eventId], markers: true, timeline: true })
      await page.locator('.present-card .story-previous').click()
      await page.waitForSelector('.present-card [data-step="4"]')
      await expect.poll(async () => (await presentCard(page)).wide).toBe(false)
      const usual = await presentCard(page)
      expect(usual.whole).toBe(true)
      expect(usual.width).toBeLessThan(wide.width - 50)
      expect(await openLegendClearOfCard(page)).toBe(true)
    },
    TEST_TIMEOUT,
  )

  it(
    'gives the map at least 60 % of the screen, and has no axe violations',
    async () => {
      const page = await suite.open(`?story=${dataset.stories[0]!.id}&step=2&present=1`, {
        width: 1024,
        height: 768,
      })
      await page.waitForSelector('.layout-present .map-canvas')
      const share = await page.evaluate(() => {
        const box = document.querySelector('.map-canvas')!.getBoundingClientRect()
        return (box.width * box.height) / (window.innerWidth * window.innerHeight)
      })
      expect(share).toBeGreaterThanOrEqual(0.6)
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )

  it(
    'keeps the presenter notes in a second window, in step with the projected one',
    async () => {
      const story = dataset.stories.find((candidate) => candidate.steps[0]?.presenterNote)!
      const note = story.steps[0]!.presenterNote!.en
      const page = await suite.open(`?story=${story.id}&step=1&present=1`, { width: 1024, height: 768 })
      await page.waitForSelector('.layout-present')
      const [presenter] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: 'Presenter window' }).click(),
      ])
      await presenter.waitForSelector('.presenter-note-text')
      expect(await presenter.locator('.presenter-note-text').textContent()).toBe(note)
      // Nowhere in the projected window: not in its text, not in any attribute.
      const main = await page.evaluate(() => ({
        text: document.documentElement.textContent,
        attributes: [...document.querySelectorAll('*')]
          .flatMap((element) => [...element.attributes].map((attribute) => attribute.value))
          .join('\n'),
      }))
      expect(main.text).not.toContain(note)
      expect(main.attributes).not.toContain(note.slice(0, 30))

      // The presenter steps the projection, and the projection steps the presenter.
      await presenter.getByRole('button', { name: /Next/ }).click()
      await page.waitForSelector('[data-testid="story-controls"][data-step="2"]')
      await page.keyboard.press('PageDown')
      await presenter.waitForSelector('#presenter-step[data-step="3"]')
      const noteOf = (index: number) => story.steps[index]?.presenterNote?.en
      if (noteOf(2)) expect(await presenter.locator('.presenter-note-text').textContent()).toBe(noteOf(2))
      else
        expect(await presenter.locator('.presenter-no-note').textContent()).toBe(
          'This step has no presenter note.',
        )
      const next = story.steps[3]!
      expect(await presenter.locator('.presenter-next').textContent()).toContain(
        next.eventId ? dataset.events.find((event) => event.id === next.eventId)!.title.en : next.note.en,
      )
      expect(await presenter.locator('.presenter-timer').textContent()).toMatch(/\d\d:\d\d/u)
      await expectNoAxeViolations(presenter)
      const projected = await page.evaluate(() => document.documentElement.textContent)
      for (const step of story.steps)
        if (step.presenterNote) expect(projected).not.toContain(step.presenterNote.en)
    },
    TEST_TIMEOUT,
  )

  it(
    'leaves with Escape, and when full screen ends by any means',
    async () => {
      const story = dataset.stories[0]!
      const page = await suite.open(`?story=${story.id}&step=3&present=1`, { width: 1024, height: 768 })
      await page.waitForSelector('.layout-present')
      const rootFontPx = () =>
        page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
      expect(await rootFontPx()).toBe(20) // large type: 125 % of the browser's 16 px, for the whole document
      await page.keyboard.press('Escape')
      await page.waitForSelector('.layout-story')
      expect(await rootFontPx()).toBe(16)
      await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull()
      expect(await page.locator('[data-testid="story-controls"]').getAttribute('data-step')).toBe('3')

      await page.getByRole('button', { name: 'Present', exact: true }).click()
      await page.waitForSelector('.layout-present')
      await page.waitForFunction(() => document.fullscreenElement !== null)
      await page.evaluate(() => document.exitFullscreen())
      await page.waitForSelector('.layout-story')
    },
    TEST_TIMEOUT,
  )
})

describe('phone layout at 375×812', () => {
  it.each(dataset.stories.map((story) => [story.id, story] as const))(
    'frames every step of "%s" above the bottom sheet, with the step bar in reach',
    async (_id, story) => {
      const page = await suite.open(`?story=${story.id}&step=1`, {
        width: 375,
        height: 812,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.layout-phone .bottom-sheet')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
      await walkStory(page, story, '.bottom-sheet')
    },
    WALK_TIMEOUT,
  )

  // The strip is 356 px wide: a title drawn beside the last events' marks used to run past its right edge, where no pan
  // of the window could bring it in. The caption under the strip names the selection across its whole width.
  it.each([
    ['the first event', 0],
    ['the third-last event', -3],
    ['the last event', -1],
  ] as const)(
    "names %s whole in the strip's caption, with its mark inside the strip and no empty years on the axis",
    async (_name, index) => {
      const event = dataset.events.at(index)!
      const page = await suite.open(`?event=${encodeURIComponent(event.id)}`, { width: 375, height: 812 })
      await page.waitForSelector('.layout-phone .timeline-canvas.is-strip .vis-item')
      const strip = () =>
        page.evaluate((id) => {
          const caption = document.querySelector<HTMLElement>(
            `.strip-caption[data-event-id="${CSS.escape(id)}"][data-selected="true"]`,
          )
          const panel = document
            .querySelector('.timeline-canvas .vis-panel.vis-center')
            ?.getBoundingClientRect()
          const label = document.querySelector(
            `.timeline-canvas .vis-item [data-event-id="${CSS.escape(id)}"]`,
          )
          const item = label?.closest('.vis-item.vis-selected')
          const mark = (item?.querySelector('.vis-dot') ?? item)?.getBoundingClientRect()
          return {
            title: caption?.querySelector('.strip-caption-title')?.textContent ?? null,
            cut: caption ? caption.scrollHeight > caption.clientHeight + 1 : null,
            markInside:
              !!mark &&
              !!panel &&
              mark.left >= panel.left - 1 &&
              mark.right <= panel.right + 1 &&
              mark.top >= panel.top - 1 &&
              mark.bottom <= panel.bottom + 1,
          }
        }, event.id)
      await expect
        .poll(strip, { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toEqual({ title: event.title.en, cut: false, markInside: true })
      // The axis is the data: zoomed out to the whole of it, no year after the last event's next one is labelled.
      await page.locator('.timeline-canvas').focus()
      for (let i = 0; i < 6; i++) await page.keyboard.press('-')
      const lastYear = new Date(dataset.events.at(-1)!.when.endMs).getUTCFullYear()
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              [
                ...document.querySelectorAll(
                  '.timeline-canvas .vis-time-axis .vis-text.vis-major, .timeline-canvas .vis-time-axis .vis-text.vis-minor',
                ),
              ]
                .map((label) => Number(label.textContent.trim()))
                .filter((year) => Number.isInteger(year) && year > 1900),
            ),
          { timeout: WAIT_LIMIT_MS, interval: 250 },
        )
        .toSatisfy((years: number[]) => years.length > 1 && Math.max(...years) <= lastYear + 1)
    },
    TEST_TIMEOUT,
  )

  it(
    'starts with the title and the map, keeps controls in one menu, offers no Present button',
    async () => {
      const page = await suite.open('', { width: 375, height: 812 })
      await page.waitForSelector('.layout-phone .map-canvas')
      const mapTop = await page.evaluate(
        () => document.querySelector('.map-canvas')!.getBoundingClientRect().top,
      )
      expect(mapTop).toBeLessThan(812 / 2)
      expect(await page.getByRole('button', { name: 'Present', exact: true }).count()).toBe(0)
      expect(await page.locator('.language-picker select').isVisible()).toBe(false)
      await page.locator('.phone-menu > summary').click()
      expect(await page.locator('.language-picker select').isVisible()).toBe(true)
      await page.getByRole('button', { name: `Start the story: ${dataset.stories[0]!.title.en}` }).click()
      await page.waitForSelector('.layout-phone .bottom-sheet [data-testid="story-controls"][data-step="1"]')
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )

  // The map runs on under the sheet: a link to an event centred its marker on the whole map, under the details.
  it.each([
    ['the first event (a state: its badge)', 0],
    ['the 41st event (a city)', 40],
    ['the third-last event', -3],
    ['the last event (a region)', -1],
  ] as const)(
    'opens a link to %s on the map with its marker above the bottom sheet, and keeps the next one there',
    async (_name, index) => {
      const event = dataset.events.at(index)!
      const page = await suite.open(`?event=${encodeURIComponent(event.id)}`, {
        width: 375,
        height: 740,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.layout-phone .bottom-sheet .detail-panel[data-event-id]')
      await expect
        .poll(() => markerAgainstSheet(page, event.id), { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toEqual({ onMap: true, aboveSheet: true })
      // The next event by the map's keyboard (an arrow key), with the sheet still open over the map.
      const next = dataset.events.at(index === -1 ? -2 : index + 1)!
      await page.locator('.map-canvas').focus()
      await page.keyboard.press(index === -1 ? 'ArrowLeft' : 'ArrowRight')
      await page.waitForSelector(`.bottom-sheet .detail-panel[data-event-id="${next.id}"]`) // ids are slugs
      await expect
        .poll(() => markerAgainstSheet(page, next.id), { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toEqual({ onMap: true, aboveSheet: true })
    },
    TEST_TIMEOUT,
  )

  it(
    'brings the selected event’s marker above the bottom sheet when the Map tab is chosen after the list',
    async () => {
      // Opened on the list, the page had no map when the sheet was first measured.
      const event = dataset.events.at(40)!
      const page = await suite.open(`?view=list&event=${encodeURIComponent(event.id)}`, {
        width: 375,
        height: 740,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.layout-phone .bottom-sheet .detail-panel[data-event-id]')
      await page.locator('.phone-tabs').getByRole('button', { name: 'Map', exact: true }).click()
      await expect
        .poll(() => markerAgainstSheet(page, event.id), { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toEqual({ onMap: true, aboveSheet: true })
    },
    TEST_TIMEOUT,
  )

  // The list used to run on under the sheet: a link to a late event scrolled its row to the list's bottom edge,
  // behind the details the sheet was showing for it.
  it.each([
    ['list', '.event-list .event-row'],
    // The Timeline tab's entry is its chronology's (the strip above it names the selection in its caption).
    ['timeline', '.chronology .chrono-item'],
  ] as const)(
    'shows the selected event’s %s entry above the bottom sheet, not under it',
    async (view, entry) => {
      const event = dataset.events.at(-3)!
      const page = await suite.open(`?view=${view}&event=${encodeURIComponent(event.id)}`, {
        width: 375,
        height: 740,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.layout-phone .bottom-sheet .detail-panel[data-event-id]')
      const placement = () =>
        page.evaluate(
          ([id, selector]) => {
            const sheet = document.querySelector('.bottom-sheet')!.getBoundingClientRect()
            const element = [...document.querySelectorAll<HTMLElement>(selector)].find(
              (candidate) =>
                candidate.dataset.selected === 'true' ||
                candidate.querySelector(`[data-event-id="${CSS.escape(id)}"][data-selected="true"]`) !== null,
            )
            const box = element?.getBoundingClientRect()
            return box
              ? { visible: box.height > 0 && box.top >= 0, aboveSheet: box.bottom <= sheet.top + 1 }
              : null
          },
          [event.id, entry] as const,
        )
      await expect
        .poll(placement, { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toEqual({ visible: true, aboveSheet: true })
    },
    TEST_TIMEOUT,
  )

  it(
    'shows a link’s search over the map and the timeline, where the search box is a tab away, and clears it there',
    async () => {
      const query = 'extradición'
      const page = await suite.open(`?lang=es&q=${encodeURIComponent(query)}`, { width: 375, height: 812 })
      const chip = page.locator('.phone-main > .phone-filter-chips button')
      await chip.waitFor()
      expect(await chip.textContent()).toContain(`«${query}»`)
      const count = (await page.locator('.phone-header .event-count').textContent()) ?? ''
      const shown = Number(/\d+/.exec(count)?.[0])
      expect(shown).toBeGreaterThan(0)
      expect(shown).toBeLessThan(dataset.events.length)
      // Above the map, not over it: nothing of the map is hidden by it.
      const chipBox = (await chip.boundingBox())!
      const mapBox = (await page.locator('.map-canvas').boundingBox())!
      expect(chipBox.y + chipBox.height).toBeLessThanOrEqual(mapBox.y)
      await page.locator('.phone-tabs').getByRole('button', { name: 'Línea de tiempo' }).click()
      await page.waitForSelector('.layout-phone.view-timeline')
      expect(await chip.isVisible()).toBe(true)
      await expectNoAxeViolations(page)
      // The list shows the search in its own box: no second row of chips.
      await page.locator('.phone-tabs').getByRole('button', { name: 'Lista' }).click()
      await page.waitForSelector('.layout-phone.view-list .search-row input')
      expect(await page.locator('.phone-filter-chips').count()).toBe(0)
      await page.locator('.phone-tabs').getByRole('button', { name: 'Mapa' }).click()
      await chip.click()
      await expect
        .poll(() => page.locator('.phone-header .event-count').textContent())
        .toContain(String(dataset.events.length))
      expect(await page.locator('.phone-filter-chips').count()).toBe(0)
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull()
    },
    TEST_TIMEOUT,
  )

  it(
    'opens an event’s details in the bottom sheet over the list',
    async () => {
      const page = await suite.open('?view=list', { width: 375, height: 812 })
      await page.locator('.event-list .event-row').first().click()
      await page.waitForSelector('.bottom-sheet .detail-panel[data-event-id]')
      await expectNoAxeViolations(page)
      await page.locator('.bottom-sheet .detail-close').click()
      await page.waitForSelector('.bottom-sheet', { state: 'detached' })
    },
    TEST_TIMEOUT,
  )
})

describe('the phone’s Timeline tab', () => {
  // The full lanes at 375 px cut the titles of most events (those beside the window's right edge) to one to three
  // letters ("N", "H", "U"): the tab is now the time strip above a vertical chronology, as TimelineJS does on phones.
  it.each([
    [320, 640, 'es'],
    [375, 812, 'de'],
  ] as const)(
    'at %i×%i px shows the time strip above a chronology of whole titles, and keeps the selection above the sheet (%s)',
    async (width, height, lang) => {
      const page = await suite.open(`?view=timeline&lang=${lang}`, { width, height })
      await page.waitForSelector('.layout-phone.view-timeline .chronology .chrono-item')
      await page.waitForSelector('.layout-phone .timeline-canvas.is-strip .vis-item')
      expect(await page.locator('.timeline-canvas:not(.is-strip)').count()).toBe(0)
      const titles = await page.$$eval('.chronology .chrono-item', (items) =>
        items.map((item) => {
          const title = item.querySelector<HTMLElement>('.chrono-title')!
          return {
            id: item.getAttribute('data-event-id'),
            text: title.textContent,
            cut: title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1,
            width: title.getBoundingClientRect().width,
          }
        }),
      )
      expect(titles.map((title) => title.id)).toEqual(dataset.events.map((event) => event.id))
      for (const title of titles) {
        const event = dataset.events.find((candidate) => candidate.id === title.id)!
        expect(title.text).toBe(event.title[lang])
        expect(title.cut, `${title.id} is cut`).toBe(false)
        expect(title.width).toBeGreaterThan(width * 0.6)
      }
      // The strip sits above the chronology, neither over the other.
      const stripBox = (await page.locator('.timeline-panel').boundingBox())!
      const chronologyBox = (await page.locator('.chronology').boundingBox())!
      expect(stripBox.y + stripBox.height).toBeLessThanOrEqual(chronologyBox.y)
      await expectNoAxeViolations(page)

      // Tapped in turn, each event opens its details in the sheet and stays in view above it.
      const selectedAboveSheet = (id: string) =>
        page.evaluate((eventId) => {
          const sheet = document.querySelector('.bottom-sheet')?.getBoundingClientRect()
          const box = document.querySelector('.chronology')!.getBoundingClientRect()
          const item = document
            .querySelector(`.chrono-item[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`)
            ?.getBoundingClientRect()
          const details = document.querySelector(
            `.bottom-sheet .detail-panel[data-event-id="${CSS.escape(eventId)}"]`,
          )
          if (!sheet || !item || !details) return 'not yet'
          const inside = item.top >= box.top - 1 && item.bottom <= box.bottom + 1
          return inside && item.bottom <= sheet.top + 1 ? 'above the sheet' : 'hidden'
        }, id)
      const ids = [0, 30, 60, 90, dataset.events.length - 1].map((index) => dataset.events[index]!.id)
      for (const id of ids) {
        await page.locator(`.chrono-item[data-event-id="${id}"]`).click()
        await expect
          .poll(() => selectedAboveSheet(id), { timeout: WAIT_LIMIT_MS, interval: 250, message: id })
          .toBe('above the sheet')
      }
      // Down the chronology with the keyboard, Enter selecting: the next event is selected and in view.
      await page.locator(`.chrono-item[data-event-id="${ids.at(-1)}"]`).focus()
      await page.keyboard.press('ArrowUp')
      await page.keyboard.press('Enter')
      const before = dataset.events.at(-2)!.id
      await expect
        .poll(() => selectedAboveSheet(before), { timeout: WAIT_LIMIT_MS, interval: 250 })
        .toBe('above the sheet')
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )

  it(
    'marks the events outside the time window in words and opens on the window’s first event',
    async () => {
      const page = await suite.open('?view=timeline&from=2023-01&to=2023-12', { width: 375, height: 812 })
      await page.waitForSelector('.layout-phone.view-timeline .chronology .chrono-item')
      const inYear = dataset.events.filter((event) => event.when.start.iso.startsWith('2023'))
      expect(inYear.length).toBeGreaterThan(3)
      const marks = await page.$$eval('.chronology .chrono-item', (items) =>
        items.map((item) => ({
          id: item.getAttribute('data-event-id'),
          outside: item.classList.contains('is-outside'),
          words: item.querySelector('.chrono-outside')?.textContent ?? null,
        })),
      )
      for (const mark of marks) {
        const inside = inYear.some((event) => event.id === mark.id)
        expect(mark.outside, mark.id ?? '').toBe(!inside)
        expect(mark.words).toBe(inside ? null : 'outside the time window')
      }
      // Opened on the window: its first event is the first one in view.
      const first = inYear[0]!.id
      await expect
        .poll(
          () =>
            page.evaluate((id) => {
              const box = document.querySelector('.chronology')!.getBoundingClientRect()
              const visible = [...document.querySelectorAll('.chronology .chrono-item')].filter((item) => {
                const rect = item.getBoundingClientRect()
                return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1
              })
              return visible[0]?.getAttribute('data-event-id') === id
            }, first),
          { timeout: WAIT_LIMIT_MS, interval: 250 },
        )
        .toBe(true)
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )
})

describe('explore layout at 1280×800', () => {
  it(
    'opens with an intro card where the details will be: what this is, the counts and the stories',
    async () => {
      const page = await suite.open('', { width: 1280, height: 800 })
      const intro = page.locator('.detail-column .intro-card')
      await intro.waitFor()
      expect(await intro.locator('.intro-counts').textContent()).toContain(`${dataset.events.length} events`)
      for (const story of dataset.stories)
        expect(
          await intro.getByRole('button', { name: `Start the story: ${story.title.en}` }).isVisible(),
        ).toBe(true)
      await expectNoAxeViolations(page)
    },
    TEST_TIMEOUT,
  )

  // A classroom's 1024 px projector before anyone presses Present: the side columns used to take their widest there
  // and leave the map 220 px between them.
  it.each([
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const)(
    'gives the map the largest column at %i px, with the list and the details still readable',
    async (width, height) => {
      const page = await suite.open('?event=2025-02-27-transfer-of-29', { width, height })
      await page.waitForSelector('.detail-column .detail-panel[data-event-id]')
      const widthOf = async (selector: string) => (await page.locator(selector).boundingBox())!.width
      const map = await widthOf('.app-main > .map-panel')
      const list = await widthOf('.app-main > .list-panel')
      const detail = await widthOf('.app-main > .detail-column')
      expect(map).toBeGreaterThan(list)
      expect(map).toBeGreaterThan(detail)
      expect(map).toBeGreaterThanOrEqual(0.4 * width)
      expect(list).toBeGreaterThanOrEqual(250)
      expect(detail).toBeGreaterThanOrEqual(280)
    },
    TEST_TIMEOUT,
  )

  // Opened with a search, the map was made before its container had a size; Leaflet's view for no size started an
  // animated pan (its maxBounds check) that outlived the first view, and the map settled 290 px off the selection.
  it.each([
    ['?lang=de&q=auslieferung&event=2025-02-27-transfer-of-29', 'no-preference'],
    ['?lang=de&q=auslieferung&event=2025-02-27-transfer-of-29', 'reduce'],
    ['?q=extradition&event=2017-01-19-el-chapo-extradited', 'no-preference'],
    ['?event=2025-02-27-transfer-of-29', 'no-preference'],
  ] as const)(
    'settles with every place of the selected event on the map for %s (motion: %s)',
    async (query, reducedMotion) => {
      const page = await suite.open(query, { width: 1280, height: 800, reducedMotion })
      await page.waitForSelector('.map-canvas .event-marker[data-selected="true"]')
      const eventId = new URLSearchParams(query).get('event')!
      const places = dataset.events.find((event) => event.id === eventId)!.places.length
      // The same positions twice, half a second apart: the view has settled.
      await expect.poll(selectedMarkersSettled(page), { timeout: WAIT_LIMIT_MS, interval: 500 }).toBe(places)
      // Framed, not merely on the map: the places spread over a good part of it (the old view, zoomed out to the
      // whole continent, held the transfer's nine places in a fifth of the map's width).
      const spread = await page.evaluate(() => {
        const map = document.querySelector('.map-canvas')!.getBoundingClientRect()
        const boxes = [...document.querySelectorAll('.map-canvas .event-marker[data-selected="true"]')].map(
          (marker) => marker.getBoundingClientRect(),
        )
        const xs = boxes.map((box) => box.left + box.width / 2)
        const ys = boxes.map((box) => box.top + box.height / 2)
        return Math.max(
          (Math.max(...xs) - Math.min(...xs)) / map.width,
          (Math.max(...ys) - Math.min(...ys)) / map.height,
        )
      })
      expect(spread).toBeGreaterThan(0.35)
    },
    TEST_TIMEOUT,
  )

  it(
    'brings the selection back into view when the window narrows, but not one the reader panned away from',
    async () => {
      const event = dataset.events.find((candidate) => candidate.id === '2025-02-27-transfer-of-29')!
      const page = await suite.open(`?event=${event.id}`, {
        width: 1280,
        height: 800,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.map-canvas .event-marker[data-selected="true"]')
      const settledInView = selectedMarkersSettled(page)
      const all = event.places.length
      await expect.poll(settledInView, { timeout: WAIT_LIMIT_MS, interval: 500 }).toBe(all)
      // Narrower (the map column 580 → 450 px): the places that were in view are brought back into it.
      await page.setViewportSize({ width: 1024, height: 768 })
      await expect.poll(settledInView, { timeout: WAIT_LIMIT_MS, interval: 500 }).toBe(all)
      // Panned away by the reader, then resized: the map stays where the reader put it.
      const map = (await page.locator('.map-canvas').boundingBox())!
      await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2)
      await page.mouse.down()
      await page.mouse.move(map.x + map.width - 5, map.y + map.height / 2, { steps: 8 })
      await page.mouse.up()
      await expect.poll(settledInView, { timeout: WAIT_LIMIT_MS, interval: 500 }).toBeLessThan(all)
      await page.setViewportSize({ width: 1280, height: 800 })
      await expect.poll(settledInView, { timeout: WAIT_LIMIT_MS, interval: 500 }).toBeLessThan(all)
    },
    TEST_TIMEOUT,
  )

  it.each(['en', 'es', 'de'])(
    'fits the header on one row in %s',
    async (lang) => {
      const page = await suite.open(`?lang=${lang}`, { width: 1280, height: 800 })
      // One row: every item starts above the bottom of the shortest one.
      const isOneRow = await page.evaluate(() => {
        const header = document.querySelector('.app-header')!
        const boxes = [...header.querySelectorAll('h1, .event-count, .header-tools > *')].map((item) =>
          item.getBoundingClientRect(),
        )
        const lowestTop = Math.max(...boxes.map((box) => box.top))
        return boxes.every((box) => box.bottom > lowestTop)
      })
      expect(isOneRow).toBe(true)
      expect(
        await page.evaluate(() => document.querySelector('.app-header')!.getBoundingClientRect().height),
      ).toBeLessThan(70)
    },
    TEST_TIMEOUT,
  )

  it(
    'returns the focus after Close, closes the details with Escape, and tabs in visual order',
    async () => {
      const page = await suite.open('', { width: 1280, height: 800 })
      await page.locator('.event-list').focus()
      await page.keyboard.press('ArrowDown')
      await page.waitForSelector('.detail-panel[data-event-id]')
      await page.locator('.detail-close').click()
      await page.waitForSelector('.intro-card')
      expect(await page.evaluate(() => document.activeElement?.classList.contains('event-list'))).toBe(true)

      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-title')
      await page.keyboard.press('Escape')
      await page.waitForSelector('.intro-card')
      expect(await page.evaluate(() => document.activeElement?.classList.contains('event-list'))).toBe(true)

      // DOM order = visual order: list (left), map (middle), details (right), timeline (below).
      const order = await page.evaluate(() =>
        ['.list-panel', '.map-panel', '.detail-column', '.timeline-panel'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect()
          return { selector, left: box.left, top: box.top }
        }),
      )
      for (let index = 1; index < order.length; index++) {
        const [before, after] = [order[index - 1]!, order[index]!]
        expect(
          after.top > before.top + 50 || (Math.abs(after.top - before.top) <= 50 && after.left > before.left),
        ).toBe(true)
      }
      const focusRing = await page.evaluate(() => {
        const button = document.querySelector<HTMLElement>('.app-header .header-tools button')!
        button.focus()
        return getComputedStyle(button).outlineColor
      })
      expect(focusRing).not.toBe('rgb(179, 38, 30)') // the red of a validation error
    },
    TEST_TIMEOUT,
  )
})

describe('the map legend in every layout', () => {
  // WCAG 2.2 "Focus not obscured": the legend's button must be seen where a mouse or the keyboard's focus reaches it.
  // Present mode's card covers the map's right side, where the legend sits elsewhere: there it used to be under it.
  it.each([
    ['explore', '?event=2025-02-27-transfer-of-29', 1280, 800],
    ['story', '?story=between-cooperation-and-sovereignty&step=3', 1280, 800],
    ['present', '?story=between-cooperation-and-sovereignty&step=3&present=1', 1024, 768],
    ['present, projector', '?story=between-cooperation-and-sovereignty&step=3&present=1', 1920, 1080],
    ['present, a selection', '?event=2025-02-27-transfer-of-29&present=1', 1024, 768],
    ['phone, a story', '?story=between-cooperation-and-sovereignty&step=3', 375, 812],
  ] as const)(
    'is on top where it is, unobscured when focused and when open (%s)',
    async (name, query, width, height) => {
      const page = await suite.open(query, { width, height, reducedMotion: 'reduce' })
      const summary = page.locator('.map-wrapper > .legend > summary')
      await summary.waitFor()
      /**
       * What lies over the element at each corner and the centre of its box (inset 2 px) instead of the legend: none
       * when it is unobscured (named by tag, class and parent's class, so that a failure says what covers it).
       */
      const obscuring = (selector: string) =>
        page.evaluate((css) => {
          const element = document.querySelector(css)!
          const box = element.getBoundingClientRect()
          if (box.width === 0 || box.height === 0) return ['(no box)']
          const points = [
            [box.left + 2, box.top + 2],
            [box.right - 2, box.top + 2],
            [box.left + 2, box.bottom - 2],
            [box.right - 2, box.bottom - 2],
            [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
          ]
          return points.flatMap(([x, y]) => {
            const hit = document.elementFromPoint(x!, y!)
            if (hit !== null && element.closest('.legend')!.contains(hit)) return []
            return [
              `(${Math.round(x!)}, ${Math.round(y!)}): ${hit?.tagName ?? 'nothing'}.${String(hit?.className)} in .${String(hit?.parentElement?.className)}`,
            ]
          })
        }, selector)
      // Waited for, not read once: in two full runs of the suite (of four, on a busy machine; never alone or under
      // an artificial load) the open list read as covered at once, by something the old check did not name. A
      // legend covered for good still fails, with what covers it.
      const settles = async (selector: string) => {
        const first = await obscuring(selector)
        // Said, so that a run that meets it tells what it was.
        if (first.length > 0) console.warn(`${selector} covered at first (${name}):`, first)
        await expect.poll(() => obscuring(selector), { timeout: 15_000 }).toEqual([])
      }
      await summary.focus()
      await settles('.map-wrapper > .legend > summary')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.map-wrapper > .legend[open] > ul')
      await settles('.map-wrapper > .legend[open] > ul')
    },
    TEST_TIMEOUT,
  )
})
