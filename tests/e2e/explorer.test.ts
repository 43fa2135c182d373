/**
 * The explorer in a real browser: the production build, the bundled dataset, Debian's Chromium.
 * Every rendered event element carries data-event-id; the selected one in each view carries data-selected="true".
 */
import AxeBuilder from '@axe-core/playwright'
import { rmSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/data/types'
import { STAGED_MOUNT_MIN_EVENTS } from '../../src/ui/useStagedMount'
import {
  builtDataset,
  distWithDataset,
  expectedRows,
  readBuiltDatasetFile,
  withSyntheticBuild,
} from './fixtures'
import { openPage, serveBuild, WAIT_LIMIT_MS } from './harness'
import { listRows } from './listRows'
import { expectSelectedEverywhere, itemsUnderSelectedTitle, selectedTitleInPanel } from './selection'
import { browserSuite } from './suite'

const suite = browserSuite()
const dataset: Dataset = builtDataset()

const open = suite.open

type Row = { id: string; title: string; date: string; place: string }

/** Node's and Chromium's ICU may differ in which space they put around a range dash; the words must match. */
const sameSpaces = (row: Row | undefined) => row && { ...row, date: row.date.replace(/\s+/gu, ' ') }

/**
 * Walking every event with the arrow key takes one selection per event: about 0.2 s each on an idle 2-core machine,
 * several times that with a browser busy beside it. The limit grows with the dataset, generously.
 */
const WALK_TIMEOUT_MS = 60_000 + dataset.events.length * 3_000

describe('the bundled dataset', () => {
  it('lists every event with its title, date and place, and makes no request outside its origin', async () => {
    const page = await open()
    const rows = await listRows(page)
    const expected = expectedRows(dataset, 'en')
    expect(dataset.events.length).toBeGreaterThanOrEqual(30)
    expect(rows.size).toBe(expected.length)
    for (const row of expected) expect(sameSpaces(rows.get(row.id))).toEqual(sameSpaces(row))
  })

  it(
    'draws every event on the timeline, and markers and clusters over the bundled basemap',
    async () => {
      const page = await open('', { reducedMotion: 'reduce' })
      await page.waitForSelector('.timeline-canvas .vis-item [data-event-id]')
      // vis-timeline draws only the lanes scrolled into view, so walk every event: each, once selected, is drawn
      // (scrolled into view) on the timeline.
      await page.locator('.timeline-canvas').focus()
      const drawn: string[] = []
      for (const event of dataset.events) {
        await page.keyboard.press('ArrowRight')
        await page.waitForSelector(
          `.timeline-canvas .vis-item [data-event-id="${event.id}"][data-selected="true"]`,
        )
        drawn.push(event.id)
      }
      expect(drawn).toEqual(dataset.events.map((event) => event.id))
      // Markers, clusters and area badges, each naming the events behind it (clusters and badges in data-event-ids).
      const idsOnMap = await page.$$eval(
        '.map-canvas .event-marker[data-event-id], .map-canvas .cluster-marker, .map-canvas .area-badge[data-event-ids]',
        (els) =>
          els.flatMap((e) =>
            (e.getAttribute('data-event-ids') ?? e.getAttribute('data-event-id') ?? '').split(' '),
          ),
      )
      const known = new Set(dataset.events.map((event) => event.id))
      expect(idsOnMap.length).toBeGreaterThan(0)
      for (const id of idsOnMap) expect(known.has(id), id).toBe(true)
      expect(await page.$$('.map-canvas path.basemap-state')).not.toHaveLength(0)
    },
    WALK_TIMEOUT_MS,
  )

  it(
    'scrolls the timeline to each selected event’s lane and shows its whole title, covering no row under it, also when its window cannot move',
    async () => {
      const page = await open('', { reducedMotion: 'reduce' })
      await page.waitForSelector('.timeline-canvas .vis-item [data-event-id]')
      await page.locator('.timeline-canvas').focus()
      // Zoomed out to the whole axis (it ends at the data), no selection can move the window: only the lanes scroll.
      for (let step = 0; step < 8; step++) await page.keyboard.press('-')
      const lanesTaller = await page.evaluate(() => {
        const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')
        return (panel?.querySelector('.vis-itemset')?.clientHeight ?? 0) > (panel?.clientHeight ?? 0) * 2
      })
      expect(lanesTaller).toBe(true)
      for (const event of dataset.events) {
        await page.keyboard.press('ArrowRight')
        await waitForSelectedItemInPanel(page, event.id)
        // Its whole title too, at the whole axis: wrapped where it would run past the panel's right edge, or (a
        // span's) slid left over its bar, or written before its dot (at 1280 px, 12 of 122 were cut mid-word).
        await expect
          .poll(() => selectedTitleInPanel(page, event.id), { timeout: WAIT_LIMIT_MS })
          .toBe('inside')
        // A title wrapped on two lines makes room in its lane: it covers no item in the rows under it (at 1024 px,
        // 24 of 122 did before, at 1280 px 4).
        await expect
          .poll(() => itemsUnderSelectedTitle(page, event.id), { timeout: WAIT_LIMIT_MS })
          .toEqual([])
      }
    },
    WALK_TIMEOUT_MS,
  )

  it(
    'moves a narrow window to each selected event and scrolls to its lane, under reduced motion',
    async () => {
      // Six weeks wide from the first event walked: most selections move the window (a jump: focus() without its
      // animation), many to a lane out of view.
      const walked = dataset.events.filter((event) => !event.when.undated).slice(-40)
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
      const startMs = walked[0]!.when.startMs
      const page = await open(
        `?event=${walked[0]!.id}&from=${day(startMs)}&to=${day(startMs + 45 * 86_400_000)}`,
        { reducedMotion: 'reduce' },
      )
      await expectSelectedEverywhere(page, walked[0]!.id)
      await page.locator('.timeline-canvas').focus()
      let moved = 0
      let window = await page.evaluate(() => new URLSearchParams(location.search).get('from'))
      for (const event of walked.slice(1)) {
        await page.keyboard.press('ArrowRight')
        await waitForSelectedItemInPanel(page, event.id)
        const now = await page.evaluate(() => new URLSearchParams(location.search).get('from'))
        if (now !== window) moved++
        window = now
      }
      expect(moved).toBeGreaterThan(5)
    },
    WALK_TIMEOUT_MS,
  )

  it('draws a one-day event as a dot and its label, with no edge or box, and a span as a bar', async () => {
    const page = await open('?from=2025-01&to=2025-12', { reducedMotion: 'reduce' })
    await page.waitForSelector('.timeline-canvas .vis-item.vis-point [data-event-id]')
    const looks = await page.$$eval(
      '.timeline-canvas .vis-item:not(.vis-background):not(.is-aggregate)',
      (items) =>
        items.map((item) => {
          const content = item.querySelector('.vis-item-content')
          const edges = (element: Element | null) => {
            if (!element) return 0
            const style = getComputedStyle(element)
            return ['Top', 'Right', 'Bottom', 'Left'].filter(
              (side) =>
                style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
                parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
            ).length
          }
          return {
            id: item.querySelector('[data-event-id]')?.getAttribute('data-event-id') ?? '',
            point: item.classList.contains('vis-point'),
            selected: item.classList.contains('vis-selected'),
            dot: item.querySelector('.vis-dot') !== null,
            itemEdges: edges(item),
            contentEdges: edges(content),
          }
        }),
    )
    const byId = new Map(dataset.events.map((event) => [event.id, event]))
    // An approximate date (circa, before, after) keeps its dotted outline, as the legend says.
    const points = looks.filter(
      (look) => look.point && !look.selected && byId.get(look.id)?.when.qualifier === undefined,
    )
    const spans = looks.filter((look) => !look.point)
    expect(points.length).toBeGreaterThan(5)
    expect(spans.length).toBeGreaterThan(0)
    for (const look of points) {
      // One-day events only, whatever their claim status (a disputed claim once took the badge's dashed edge).
      const when = byId.get(look.id)?.when
      expect(when?.end === undefined && when?.start.precision === 'day', look.id).toBe(true)
      expect({ id: look.id, dot: look.dot, item: look.itemEdges, content: look.contentEdges }).toEqual({
        id: look.id,
        dot: true,
        item: 0,
        content: 0,
      })
    }
    for (const look of spans) expect(look.itemEdges, look.id).toBeGreaterThan(0)
  })

  it.each(['', '?event=2025-02-20-state-department-fto-designations'])(
    'shows the timeline in the frame that draws its first events, not hidden for a while after (%s)',
    async (query) => {
      // Counted in frames, not milliseconds: vis-timeline used to stay hidden until 200 ms after its first range
      // (several frames, however fast or slow the machine); now it shows with the redraw that draws the items.
      const watched = await openPage(suite.browser, suite.served.url, { reducedMotion: 'reduce' })
      suite.watched.push(watched)
      const { page } = watched
      await page.addInitScript(`(() => {
        const seen = (window.__timelineFrames = { frame: 0, items: null, visible: null });
        const tick = () => {
          seen.frame++;
          const timeline = document.querySelector('.timeline-canvas .vis-timeline');
          if (seen.items === null && document.querySelector('.timeline-canvas .vis-item [data-event-id]')) seen.items = seen.frame;
          if (seen.visible === null && timeline && getComputedStyle(timeline).visibility === 'visible') seen.visible = seen.frame;
          if (seen.items === null || seen.visible === null) requestAnimationFrame(tick);
          else document.documentElement.setAttribute('data-timeline-frames', seen.visible - seen.items);
        };
        requestAnimationFrame(tick);
      })()`)
      await page.goto(`${suite.served.url}${query}`)
      // (A selector wait: the strict CSP blocks waitForFunction's eval.)
      const frames = await page.waitForSelector('html[data-timeline-frames]', { state: 'attached' })
      const framesBetween = Number(await frames.getAttribute('data-timeline-frames'))
      // The items may be laid out, still hidden, in the frame before: vis-timeline draws once inside its constructor.
      expect(framesBetween).toBeLessThanOrEqual(1)
    },
  )
})

describe('linked selection', () => {
  it('follows a click in the list on the map, the timeline and the detail panel', async () => {
    const page = await open()
    const id = '2025-02-27-transfer-of-29'
    const row = page.locator(`.event-list [data-event-id="${id}"]`)
    await scrollListTo(page, id)
    await row.click()
    await expectSelectedEverywhere(page, id)
    expect(await page.locator('#detail-title').textContent()).toBe(
      dataset.events.find((e) => e.id === id)?.title.en,
    )
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id)
  })

  // A year's window ending 31 January 2025; both events are in its last 5 %.
  it('moves the timeline to an event selected near its edge', async () => {
    const page = await open('?from=2024-02&to=2025-01', { reducedMotion: 'reduce' })
    const id = '2025-01-20-cartel-terror-designation-order'
    await page.waitForSelector(`.timeline-canvas .vis-item [data-event-id="${id}"]`)
    await selectInList(page, id)
    await expect.poll(() => placement(page, id), { timeout: 15_000 }).toMatchObject({ onTimeline: true })
  })

  it('keeps the timeline’s window for an event well inside it, scrolling to its lane', async () => {
    // March 2010 in 2008–2014 (a window that could move either way), in a lane below the ones in view at first.
    const page = await open('?from=2008-01&to=2014-12', { reducedMotion: 'reduce' })
    const id = '2010-03-23-merida-high-level-group-mexico-city'
    const axis = () =>
      page.$$eval('.timeline-canvas .vis-time-axis.vis-foreground .vis-text.vis-minor', (labels) =>
        labels
          .map((label) => `${label.textContent} ${Math.round(label.getBoundingClientRect().left)}`)
          .join(', '),
      )
    await page.waitForSelector('.timeline-canvas .vis-item')
    const before = await axis()
    expect(before).toMatch(/2010/u)
    expect(await page.locator(`.timeline-canvas .vis-item [data-event-id="${id}"]`).count()).toBe(0)
    await selectInList(page, id)
    const shown = await page.evaluate((eventId) => {
      const item = document
        .querySelector(`.timeline-canvas .vis-item [data-event-id="${CSS.escape(eventId)}"]`)
        ?.getBoundingClientRect()
      const panel = document.querySelector('.timeline-canvas .vis-center')?.getBoundingClientRect()
      return item && panel ? item.top >= panel.top && item.bottom <= panel.bottom : false
    }, id)
    expect(shown).toBe(true)
    expect(await axis()).toBe(before)
  })

  it('draws an event selected in a lane out of view in the first frame, with the list and the map', async () => {
    const page = await open('', { reducedMotion: 'reduce' })
    // Mid-2008 on the whole range, in a lane below the ones in view at first.
    const id = '2008-06-30-merida-funding-signed'
    await page.waitForSelector('.timeline-canvas .vis-item')
    expect(await page.locator(`.timeline-canvas .vis-item [data-event-id="${id}"]`).count()).toBe(0)
    await scrollListTo(page, id)
    // Counts the frames from the click until its item is on the timeline: drawn in the first, with the list and the
    // map (the lanes above it, drawn for the first time, grow and move it down; it came a frame later on 4ee2acc).
    await page.evaluate((eventId) => {
      const probe = { frames: 0, atClick: -1, drawnAt: -1 }
      Object.assign(window, { probe })
      const tick = () => {
        probe.frames++
        if (probe.drawnAt < 0) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
      document
        .querySelector(`.event-list [data-event-id="${CSS.escape(eventId)}"]`)
        ?.addEventListener('click', () => (probe.atClick = probe.frames), { capture: true, once: true })
      const timeline = document.querySelector('.timeline-canvas')
      if (timeline)
        new MutationObserver((_, observer) => {
          if (timeline.querySelector(`.vis-item [data-event-id="${CSS.escape(eventId)}"]`)) {
            probe.drawnAt = probe.frames
            observer.disconnect()
          }
        }).observe(timeline, { childList: true, subtree: true })
    }, id)
    await page.locator(`.event-list [data-event-id="${id}"]`).click()
    await expectSelectedEverywhere(page, id, { settle: false })
    const probe = await page.evaluate(
      () => (window as unknown as { probe: { frames: number; atClick: number; drawnAt: number } }).probe,
    )
    expect(probe.drawnAt - probe.atClick, JSON.stringify(probe)).toBeLessThanOrEqual(1)
  })

  // The pan comes after the selection's first frame when the event is in view (afterNextPaint): it still comes.
  it('pans the map to an event selected outside its middle', async () => {
    const page = await open('?from=2024-02&to=2025-01', { reducedMotion: 'reduce' })
    const id = '2025-01-21-maltz-acting-dea-administrator' // one place, a city
    await selectInList(page, id)
    await expect.poll(() => placement(page, id), { timeout: 15_000 }).toMatchObject({ onMap: true })
  })

  it('moves the map to a far event at the same zoom as a drag does, without a reset', async () => {
    // Mexico City, then Washington: both one city, shown at the focus zoom; about 500 px apart each way, more than the
    // map is high. Leaflet's pan without animation resets the view for a move that long (every basemap shape
    // projected again, and the map's pane put back at 0, 0); a drag's move keeps the pane where the move takes it.
    const near = '2025-04-08-sheinbaum-rejects-us-strikes'
    const far = '2025-03-26-us-intelligence-chiefs-praise-mexico-cooperation'
    const page = await open(`?event=${near}&from=2025-01&to=2025-06`, { reducedMotion: 'reduce' })
    await expectSelectedEverywhere(page, near)
    const zoom = () =>
      page.$eval('.map-canvas', (element) => Number((element as HTMLElement).dataset.areaLabelsZoom))
    await expect.poll(() => placement(page, near), { timeout: 15_000 }).toMatchObject({ onMap: true })
    // (Culled labels name the zoom they were culled for; between a move and its cull there is none.)
    await expect.poll(zoom, { timeout: 15_000 }).toBeGreaterThan(0)
    const before = await zoom()
    const height = await page.$eval('.map-canvas', (element) => element.getBoundingClientRect().height)
    const pane = () =>
      page.$eval('.map-canvas .leaflet-map-pane', (element) => {
        const { e, f } = new DOMMatrixReadOnly(getComputedStyle(element).transform)
        return { x: Math.round(e), y: Math.round(f) }
      })
    const from = await pane()
    await selectInList(page, far)
    await expect.poll(() => placement(page, far), { timeout: 15_000 }).toMatchObject({ onMap: true })
    await expect.poll(zoom, { timeout: 15_000 }).toBe(before)
    const to = await pane()
    // Moved by the distance between the two places (Washington is north-east: the pane moves left and down).
    expect(to.y - from.y, JSON.stringify({ from, to, height })).toBeGreaterThan(height)
    expect(to.x).toBeLessThan(from.x)
  })

  it('selects on a page opened at a path of double slashes (a mistyped link), keeping the host', async () => {
    // served.url ends with '/': the page's path is '//'. The address once became a host-less '//?event=…', which
    // pushState refused, so that no click selected anything.
    const page = await open('/')
    expect(new URL(page.url()).pathname).toBe('//')
    const id = '2025-02-27-transfer-of-29'
    await scrollListTo(page, id)
    await page.locator(`.event-list [data-event-id="${id}"]`).click()
    await expectSelectedEverywhere(page, id)
    // The address is written once the selection is painted (useUrlSync).
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id)
    expect(new URL(page.url()).origin).toBe(new URL(suite.served.url).origin)
  })

  it('follows a click on a map marker in the list and the timeline', async () => {
    const page = await open()
    // the first marker that nothing covers at its centre
    const id = await page.$$eval('.map-canvas .event-marker', (markers) => {
      const free = markers.find((marker) => {
        const box = marker.getBoundingClientRect()
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
        return hit?.closest('.event-marker') === marker
      })
      return free?.getAttribute('data-event-id') ?? null
    })
    expect(id).toBeTruthy()
    await page
      .locator(`.map-canvas .event-marker[data-event-id="${id ?? ''}"]`)
      .first()
      .click()
    await expectSelectedEverywhere(page, id ?? '')
  })

  it('follows a click on a timeline item on the map and in the list', async () => {
    const page = await open()
    await page.waitForSelector('.timeline-canvas .vis-item [data-event-id]')
    const item = page.locator('.timeline-canvas .vis-item:not(.vis-background) [data-event-id]').last()
    const id = await item.getAttribute('data-event-id')
    expect(id).toBeTruthy()
    await item.click()
    await expectSelectedEverywhere(page, id ?? '')
  })

  it('restores a deep link with event and language, and steps back and forward through selections', async () => {
    const first = '2025-02-20-state-department-fto-designations'
    const page = await open(`?event=${first}&lang=es`)
    await expectSelectedEverywhere(page, first)
    const event = dataset.events.find((e) => e.id === first)
    expect(await page.locator('#detail-title').textContent()).toBe(event?.title.es)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')

    await page.locator('.event-list').focus()
    await page.keyboard.press('ArrowDown')
    const index = dataset.events.findIndex((e) => e.id === first)
    const second = dataset.events[index + 1]?.id ?? ''
    await expectSelectedEverywhere(page, second)
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(second)

    await page.goBack()
    await expectSelectedEverywhere(page, first)
    await page.goForward()
    await expectSelectedEverywhere(page, second)
  })

  it('writes a click’s selection and the window it moves to into the address once painted, as one history entry', async () => {
    const page = await open('?from=2024-02&to=2025-01', { reducedMotion: 'reduce' })
    // Near the window's end: the click selects it and moves the timeline's window (as the test above).
    const id = '2025-01-20-cartel-terror-designation-order'
    await page.waitForSelector(`.timeline-canvas .vis-item [data-event-id="${id}"]`)
    await scrollListTo(page, id)
    const before = await page.evaluate(() => ({ search: location.search, entries: history.length }))
    // In the click's own task the address is untouched: it is written after the paint, not before it.
    const during = await page.evaluate((eventId) => {
      document.querySelector<HTMLElement>(`.event-list [data-event-id="${eventId}"]`)!.click()
      return location.search
    }, id)
    expect(during).toBe(before.search)
    await expectSelectedEverywhere(page, id)
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id)
    const after = await page.evaluate(() => ({
      to: new URLSearchParams(location.search).get('to'),
      entries: history.length,
    }))
    expect(after.to).not.toBe(new URLSearchParams(before.search).get('to'))
    expect(after.entries).toBe(before.entries + 1)
    await page.goBack()
    await page.waitForFunction(() => document.querySelector('.event-list [data-selected="true"]') === null)
    expect(await page.evaluate(() => location.search)).toBe(before.search)
  })

  it('ignores an unknown event id in a link and says so', async () => {
    const page = await open('?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=xx')
    await page.waitForSelector('[data-testid="problem-notice"]')
    const notice = await page.locator('[data-testid="problem-notice"]').textContent()
    expect(notice).toContain('names no event')
    expect(notice).toContain('lang')
    expect(await page.$$('img')).toHaveLength(0)
    expect(await page.$$('[data-selected="true"]')).toHaveLength(0)
  })
})

describe('a large dataset', () => {
  /** Records, at each animation frame until it has both, when the timeline first showed lanes and event items. */
  const RECORD_TIMELINE_FRAMES = `(() => {
    const seen = (window.__timelineFrames = { lanesAt: null, itemsAt: null, itemsWithLanes: null })
    const tick = (now) => {
      const timeline = document.querySelector('.timeline-canvas .vis-timeline')
      const shown = timeline !== null && getComputedStyle(timeline).visibility === 'visible'
      const lanes = shown && timeline.querySelector('.vis-label') !== null
      const items = shown && timeline.querySelector('.vis-item [data-event-id]') !== null
      if (lanes && seen.lanesAt === null) seen.lanesAt = now
      if (items && seen.itemsAt === null) { seen.itemsAt = now; seen.itemsWithLanes = lanes }
      if (seen.itemsAt === null) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })()`

  it('draws the timeline’s lanes first and its items a frame later, with a linked event selected and in view', async () => {
    const size = STAGED_MOUNT_MIN_EVENTS + 1000
    await withSyntheticBuild(suite, size, 11, async ({ events, watched, url }) => {
      // An event in the middle of the data: the first window (the whole range) shows counts, which pin the selected
      // one.
      const linked = events.filter((event) => !event.when.undated)[Math.floor(size * 0.6)]!
      const { page } = watched
      await page.addInitScript(RECORD_TIMELINE_FRAMES)
      await page.goto(`${url}?event=${encodeURIComponent(linked.id)}`)
      await expectSelectedEverywhere(page, linked.id)
      await expect.poll(() => selectedTitleInPanel(page, linked.id)).toBe('inside')
      const frames = await page.evaluate(
        () =>
          (
            window as unknown as {
              __timelineFrames: {
                lanesAt: number | null
                itemsAt: number | null
                itemsWithLanes: boolean | null
              }
            }
          ).__timelineFrames,
      )
      // The lanes were on screen before the first items, and the items came into them.
      expect(frames.lanesAt).not.toBeNull()
      expect(frames.itemsAt).not.toBeNull()
      expect(frames.lanesAt!).toBeLessThan(frames.itemsAt!)
      expect(frames.itemsWithLanes).toBe(true)
      expect(watched.consoleErrors).toEqual([])
    })
  })
})

describe('keyboard and screen reader', () => {
  it('walks the list with arrow keys, opens details with Enter, clears with Escape and announces the title and date', async () => {
    const page = await open()
    await page.locator('.event-list').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const third = dataset.events[2]
    expect(third).toBeDefined()
    await expectSelectedEverywhere(page, third?.id ?? '')
    const announced = await page.locator('[data-testid="announcer"]').textContent()
    expect(announced).toContain(third?.title.en)
    expect(announced).not.toContain(third?.summary.en.slice(0, 40))
    expect(await page.locator('.event-list').getAttribute('aria-activedescendant')).toBe(
      `event-row-${third?.id ?? ''}`,
    )

    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-title')

    await page.locator('.event-list').focus()
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => document.querySelectorAll('[data-selected="true"]').length === 0)
  })

  it('reaches the map and the timeline as single tab stops where arrow keys move the selection', async () => {
    const page = await open()
    await page.locator('.map-canvas').focus()
    await page.keyboard.press('ArrowRight')
    await expectSelectedEverywhere(page, dataset.events[0]?.id ?? '')
    await page.locator('.timeline-canvas').focus()
    await page.keyboard.press('ArrowRight')
    await expectSelectedEverywhere(page, dataset.events[1]?.id ?? '')
    const markerTabStops = await page.$$eval(
      '.map-canvas .leaflet-marker-icon[tabindex]:not([tabindex="-1"])',
      (els) => els.length,
    )
    expect(markerTabStops).toBe(0)
  })

  it('has no axe violations (WCAG 2.2 AA) on the main view with an event selected', async () => {
    const page = await open('?event=2025-02-27-transfer-of-29')
    await expectSelectedEverywhere(page, '2025-02-27-transfer-of-29')
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
})

describe('languages and layouts', () => {
  it('switches the interface and the content to German and Spanish at run time', async () => {
    const page = await open()
    await page.selectOption('.language-picker select', 'de')
    await page.waitForFunction(() => document.documentElement.lang === 'de')
    const rowsDe = await listRows(page)
    for (const row of expectedRows(dataset, 'de'))
      expect(sameSpaces(rowsDe.get(row.id))).toEqual(sameSpaces(row))
    expect(await page.locator('.list-panel h2').textContent()).toBe('Ereignisliste')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('de')
    // Each language's strings are their own chunk: the switch happens once Spanish has loaded.
    await page.selectOption('.language-picker select', 'es')
    await page.waitForFunction(() => document.documentElement.lang === 'es')
    expect(await page.locator('.list-panel h2').textContent()).toBe('Lista de eventos')
  })

  it('fits a 375 px phone without horizontal scrolling; the list is one tap away', async () => {
    const page = await open('', { width: 375, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await page.locator('.map-canvas').isVisible()).toBe(true)
    expect(await page.locator('.timeline-canvas').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'List' }).click()
    await page.waitForSelector('.event-list .event-row', { state: 'visible' })
    await page.locator('.event-list .event-row').first().click()
    await page.waitForSelector('.detail-panel[data-event-id]')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  })

  it('jumps instead of flying under prefers-reduced-motion, with no transition anywhere', async () => {
    const page = await open('', { reducedMotion: 'reduce' })
    // Every transition that starts, and every element Leaflet marks as zoom-animating, from here on.
    await page.evaluate(() => {
      const seen = { transitions: 0, zoomAnimations: 0 }
      Object.assign(window, { __motion: seen })
      document.addEventListener(
        'transitionrun',
        () => {
          seen.transitions++
        },
        true,
      )
      new MutationObserver((records) => {
        for (const record of records)
          if ((record.target as Element).classList.contains('leaflet-zoom-anim')) seen.zoomAnimations++
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] })
    })
    await page.locator('.map-canvas').focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    )
    await expectSelectedEverywhere(page, dataset.events[0]?.id ?? '')
    // A zoom, a hover and another selection: each changes styles that a transition could follow.
    // The boundaries are re-projected at the new zoom: their outline changes.
    const outline = page.locator('.map-canvas path.basemap-country').first()
    const zoomBefore = await outline.getAttribute('d')
    await page.locator('.leaflet-control-zoom-in').click()
    await expect.poll(() => outline.getAttribute('d'), { timeout: 15_000 }).not.toBe(zoomBefore)
    await page.locator('.event-list .event-row').nth(3).hover()
    await page.locator('.event-list .event-row').nth(3).click()
    await expectSelectedEverywhere(
      page,
      (await page.locator('.event-list .event-row').nth(3).getAttribute('data-event-id')) ?? '',
    )
    const motion = await page.evaluate(
      () => (window as unknown as { __motion: { transitions: number; zoomAnimations: number } }).__motion,
    )
    expect(motion).toEqual({ transitions: 0, zoomAnimations: 0 })
    expect(await page.$$('.leaflet-zoom-anim')).toHaveLength(0)
  })
})

describe('untrusted data', () => {
  it('shows the good events and a notice naming each skipped row, field and value; markup stays text', async () => {
    const file = readBuiltDatasetFile()
    const events = file.events as Record<string, unknown>[]
    const markup = structuredClone(events[1]) as Record<string, unknown> & {
      id: string
      title: Record<string, string>
    }
    markup.id = 'zz-markup-title'
    markup.title = { en: '<img src=x onerror="document.title=1">Bold', es: 'es', de: 'de' }
    const noGerman = structuredClone(events[2]) as Record<string, unknown> & {
      id: string
      title: Record<string, string>
    }
    noGerman.id = 'zz-no-german'
    noGerman.title = { en: 'Only English', es: 'Solo inglés' }
    const badUrl = structuredClone(events[3]) as Record<string, unknown> & {
      id: string
      sources: { url: string }[]
    }
    badUrl.id = 'zz-bad-url'
    badUrl.sources = badUrl.sources.map((source) => ({ ...source, url: 'javascript:alert(1)' }))
    const dir = distWithDataset({ ...file, events: [...events, markup, noGerman, badUrl] })
    const local = await serveBuild(dir)
    let opened: Page | undefined
    try {
      const page = (opened = await open('?event=zz-markup-title', {}, local.url))
      const notice = page.locator('[data-testid="problem-notice"]')
      await notice.locator('summary').click()
      const text = (await notice.textContent()) ?? ''
      expect(text).toContain('event "zz-no-german"')
      expect(text).toContain('title.de')
      expect(text).toContain('event "zz-bad-url"')
      expect(text).toContain('sources[0].url = "javascript:alert(1)"')
      const rows = await listRows(page)
      expect(rows.size).toBe(events.length + 1)
      expect(rows.has('zz-no-german')).toBe(false)
      expect(await page.locator('#detail-title').textContent()).toBe(
        '<img src=x onerror="document.title=1">Bold',
      )
      expect(await page.$$('img')).toHaveLength(0)
      expect(await page.title()).not.toBe('1')
    } finally {
      // The page first: left open on a closed server, it fails what it still asks for (its service worker).
      await opened?.context().close()
      await local.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** Selects the event by a click on its row, and waits until every view marks it. */
async function selectInList(page: Page, id: string): Promise<void> {
  await scrollListTo(page, id)
  await page.locator(`.event-list [data-event-id="${id}"]`).click()
  await expectSelectedEverywhere(page, id, { settle: false })
}

/**
 * Whether the event's dot on the timeline is more than 5 % of the timeline's width from its edges (bringIntoView's
 * margin), and whether its map marker's centre is 15 % of the map's size inside its edges (focusOn's margin).
 */
function placement(page: Page, id: string): Promise<{ onTimeline: boolean; onMap: boolean }> {
  return page.evaluate((eventId) => {
    const css = `[data-event-id="${CSS.escape(eventId)}"]`
    // A one-day event's place on the axis is its dot (its title may stand before it: titleSide.ts).
    const dot = document
      .querySelector(`.timeline-canvas .vis-item ${css}`)
      ?.closest('.vis-item')
      ?.querySelector('.vis-dot')
      ?.getBoundingClientRect()
    const panel = document.querySelector('.timeline-canvas .vis-center')?.getBoundingClientRect()
    const at = dot ? dot.left + dot.width / 2 : NaN
    const onTimeline =
      panel !== undefined && at >= panel.left + panel.width * 0.05 && at <= panel.right - panel.width * 0.05
    const marker = document.querySelector(`.map-canvas .event-marker${css}`)?.getBoundingClientRect()
    const map = document.querySelector('.map-canvas')?.getBoundingClientRect()
    const x = marker ? marker.left + marker.width / 2 : NaN
    const y = marker ? marker.top + marker.height / 2 : NaN
    const onMap =
      map !== undefined &&
      x >= map.left + map.width * 0.15 &&
      x <= map.right - map.width * 0.15 &&
      y >= map.top + map.height * 0.15 &&
      y <= map.bottom - map.height * 0.15
    return { onTimeline, onMap }
  }, id)
}

/** Scrolls the virtualized list until the row for `id` is rendered. */
/** Until the event's item on the timeline is marked selected and lies inside the timeline's panel (its lane in view). */
async function waitForSelectedItemInPanel(page: Page, id: string): Promise<void> {
  await page.waitForFunction((eventId) => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect()
    const item = document
      .querySelector(
        `.timeline-canvas .vis-item [data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`,
      )
      ?.closest('.vis-item')
      ?.getBoundingClientRect()
    return (
      !!panel &&
      !!item &&
      item.top >= panel.top - 1 &&
      item.bottom <= panel.bottom + 1 &&
      item.left < panel.right &&
      item.right > panel.left
    )
  }, id)
}

async function scrollListTo(page: Page, id: string): Promise<void> {
  const index = dataset.events.findIndex((event) => event.id === id)
  await page.evaluate(
    ({ rowIndex }) => {
      const list = document.querySelector<HTMLElement>('.event-list')
      const row = list?.querySelector<HTMLElement>('.event-row')
      if (list && row) list.scrollTop = Math.max(0, rowIndex * row.offsetHeight - list.clientHeight / 2)
    },
    { rowIndex: index },
  )
  await page.waitForSelector(`.event-list [data-event-id="${id}"]`)
}
