/**
 * Counts and geography on the map (issue 11), in a real browser on the bundled dataset: every number is a number of
 * events, the map and the list agree for the same state, and an event known only to a country is never a pin.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import type { ClusterProperties } from 'supercluster'
import { describe, expect, it } from 'vitest'
import { makeFilterContext, matchesFilters, NO_FILTERS, type Filters } from '../../src/data/matchesFilters'
import type { Dataset } from '../../src/data/types'
import { countCluster, distinctEvents, type ClusterSums } from '../../src/map/clusterCounts'
import { buildPlaceIndex } from '../../src/map/placeIndex'
import { WORKER_MIN_EVENTS } from '../../src/map/usePlaceIndex'
import { builtDataset, withSyntheticBuild } from './fixtures'
import { openPage } from './harness'
import { browserSuite } from './suite'

const suite = browserSuite()
const dataset: Dataset = builtDataset()

/** The map embed (in Spanish) at 700 × 560 px, as an article column beside its text shows it; a watched page. */
async function openMapEmbed(): Promise<Page> {
  const watched = await openPage(suite.browser, suite.served.url, {
    width: 700,
    height: 560,
    reducedMotion: 'reduce',
  })
  suite.watched.push(watched)
  await watched.page.goto(`${suite.served.url}/embed.html?embed=1&view=map&lang=es`)
  return watched.page
}

/**
 * A watched page at `path` (any of the app's pages: a story, an embed), once the area badges have been placed with
 * the basemap's shapes and `selector` is on the map.
 */
async function openPlaced(
  path: string,
  width: number,
  height: number,
  selector = '.area-badge',
): Promise<Page> {
  const watched = await openPage(suite.browser, suite.served.url, { width, height, reducedMotion: 'reduce' })
  suite.watched.push(watched)
  await watched.page.goto(`${suite.served.url}${path}`)
  await watched.page.waitForSelector(
    `.map-canvas[data-area-labels-zoom][data-area-shapes="true"] ${selector}`,
  )
  return watched.page
}

function expectedIds(filters: Partial<Filters>): string[] {
  const context = makeFilterContext(dataset.events, dataset.actors, 'en')
  return dataset.events
    .filter((event) => matchesFilters(event, { ...NO_FILTERS, ...filters }, context))
    .map((event) => event.id)
}

/**
 * Zooms the map out to its minimum, so every marker, cluster and badge is in view: one key press at a time, each
 * waited on until the markers are redrawn for the new zoom (the map writes that zoom on its container).
 */
async function zoomOut(page: Page) {
  await page.waitForSelector('.map-canvas[data-markers-zoom]')
  await page.locator('.map-canvas').focus()
  const atMinimum = () => document.querySelector('.leaflet-control-zoom-out.leaflet-disabled') !== null
  const drawnZoom = () => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.markersZoom)
  for (let step = 0; step < 20 && !(await page.evaluate(atMinimum)); step++) {
    const before = await page.evaluate(drawnZoom)
    await page.keyboard.press('-')
    await page.waitForFunction((zoom) => {
      const now = Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.markersZoom)
      return now < zoom
    }, before)
  }
  expect(await page.evaluate(atMinimum)).toBe(true)
}

/** What the map shows: per cluster / marker / badge, its number and the distinct ids behind it. */
async function mapContents(page: Page) {
  return page.evaluate(() => {
    const ids = (element: Element) =>
      (element.getAttribute('data-event-ids') ?? '').split(' ').filter(Boolean)
    return {
      clusters: [...document.querySelectorAll('.map-canvas .cluster-marker')].map((element) => ({
        ids: ids(element),
        number: Number(element.firstChild?.textContent ?? 'NaN'),
        label: element.getAttribute('aria-label') ?? '',
      })),
      pins: [...document.querySelectorAll('.map-canvas .event-marker[data-event-id]')].map((element) =>
        element.getAttribute('data-event-id'),
      ),
      badges: [...document.querySelectorAll('.map-canvas .area-badge[data-event-ids]')].map((element) => ({
        ids: ids(element),
        count: element.querySelector('.area-badge-count')?.textContent ?? '',
        label: element.getAttribute('aria-label') ?? '',
      })),
      listCount: document.querySelector('[data-testid="visible-count"]')?.textContent ?? '',
      listIds: [...document.querySelectorAll('.event-list [data-event-id]')].map((element) =>
        element.getAttribute('data-event-id'),
      ),
    }
  })
}

const STATES: { query: string; filters: Partial<Filters> }[] = [
  { query: '', filters: {} },
  { query: '?q=garcia%20harfuch', filters: { text: 'garcia harfuch' } },
  { query: '?cat=transfer', filters: { categories: ['transfer'] } },
  { query: '?lang=de&q=extradici%C3%B3n', filters: { text: 'extradición' } },
]

describe('map counts', () => {
  for (const { query, filters } of STATES) {
    it(`are distinct events, and all of them together are the list's events (${query || 'no filters'})`, async () => {
      const page = await suite.open(query, { width: 1280, height: 800, reducedMotion: 'reduce' })
      const expected = expectedIds(filters)
      expect(expected.length).toBeGreaterThan(0)
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="visible-count"]')?.textContent.startsWith(`${n} `),
        expected.length,
      )
      await zoomOut(page)
      const shown = await mapContents(page)
      const union = new Set<string>()
      for (const cluster of shown.clusters) {
        // The number is the number of distinct events (no time window here: all inside it), and says "events".
        expect(new Set(cluster.ids).size).toBe(cluster.ids.length)
        expect(cluster.number).toBe(cluster.ids.length)
        expect(cluster.label).toMatch(
          new RegExp(`^${cluster.ids.length} (events|Ereignisse|Ereignis|event) `),
        )
        for (const id of cluster.ids) union.add(id)
      }
      for (const id of shown.pins) if (id) union.add(id)
      for (const badge of shown.badges) {
        expect(Number(badge.count)).toBe(badge.ids.length)
        for (const id of badge.ids) union.add(id)
      }
      expect([...union].sort()).toEqual([...expected].sort())
      // The list says and shows the same events.
      expect(shown.listCount.startsWith(`${expected.length} `)).toBe(true)
      if (expected.length < 10) expect([...new Set(shown.listIds)].sort()).toEqual([...expected].sort())
    })
  }

  it('count events outside the time window apart, and the header, list and map agree', async () => {
    const page = await suite.open('?from=2025-01&to=2025-06', {
      width: 1280,
      height: 800,
      reducedMotion: 'reduce',
    })
    await zoomOut(page)
    const counts = await page.evaluate(() => {
      let inside = 0
      let outside = 0
      const seenInside = new Set<string>()
      for (const element of document.querySelectorAll(
        '.map-canvas .cluster-marker, .map-canvas .area-badge[data-event-ids]',
      )) {
        inside += Number(element.getAttribute('data-in-window'))
        outside += Number(element.getAttribute('data-outside'))
        for (const id of (element.getAttribute('data-event-ids') ?? '').split(' ')) if (id) seenInside.add(id)
      }
      return {
        inside,
        outside,
        header: document.querySelector('.event-count')?.textContent ?? '',
        groups: [...document.querySelectorAll('.list-outside span:first-child')].map((e) => e.textContent),
        // The list is virtualized: its size is in every row's aria-setsize.
        listRows: Number(document.querySelector('.event-list .event-row')?.getAttribute('aria-setsize')),
        dimmedPins: document.querySelectorAll('.map-canvas .event-marker.is-dimmed').length,
      }
    })
    const windowStart = Date.UTC(2025, 0, 1)
    const windowEnd = Date.UTC(2025, 6, 1)
    const inWindow = dataset.events.filter((e) => e.when.startMs < windowEnd && e.when.endMs > windowStart)
    const earlier = dataset.events.filter((e) => e.when.endMs <= windowStart).length
    const later = dataset.events.filter((e) => e.when.startMs >= windowEnd).length
    expect(counts.header).toBe(`${inWindow.length} of ${dataset.events.length} events in the time window`)
    expect(counts.groups).toEqual([
      `${earlier} earlier events outside the time window`,
      `${later} later events outside the time window`,
    ])
    expect(counts.listRows).toBe(inWindow.length)
    expect(counts.outside).toBeGreaterThan(0)
    expect(counts.inside).toBeGreaterThan(0)

    // Widened to the whole range: the area badges drawn for the narrow window are rewritten where they are
    // (useAreaMarkers keeps them across window changes), and each now counts all its events inside.
    const badges = () =>
      page.$$eval('.map-canvas .area-badge[data-event-ids]:not(.event-marker)', (elements) =>
        elements.map((element) => ({
          ids: ((element as HTMLElement).dataset.eventIds ?? '').split(' ').filter(Boolean).length,
          inWindow: Number((element as HTMLElement).dataset.inWindow),
          outside: Number((element as HTMLElement).dataset.outside),
          count: element.querySelector('.area-badge-count')?.textContent ?? '',
          isDimmed: element.classList.contains('is-dimmed'),
          label: element.getAttribute('aria-label') ?? '',
        })),
      )
    const narrow = await badges()
    expect(narrow.some((badge) => badge.outside > 0)).toBe(true)
    for (const badge of narrow) expect(badge.inWindow + badge.outside).toBe(badge.ids)
    await page.getByRole('button', { name: 'Full time range' }).first().click()
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('button')].some((button) => button.textContent === 'Full time range'),
    )
    const wide = await badges()
    expect(wide.length).toBe(narrow.length)
    for (const badge of wide) {
      expect(badge).toMatchObject({
        inWindow: badge.ids,
        outside: 0,
        count: String(badge.ids),
        isDimmed: false,
      })
      expect(badge.label).toContain(`${badge.ids} event`)
      expect(badge.label).not.toContain('outside')
    }
  })
})

const RECORD_MAP_STATUS = `(() => {
  const said = (window.__mapStatus = [])
  new MutationObserver(() => {
    const text = document.querySelector('.map-status')?.textContent ?? ''
    if (text && said[said.length - 1] !== text) said.push(text)
  }).observe(document, { subtree: true, childList: true, characterData: true })
})()`

describe('a long list, clustered in a worker', () => {
  it('says it is placing the events, then draws the very clusters the page would have made', async () => {
    const size = WORKER_MIN_EVENTS + 1000
    await withSyntheticBuild(suite, size, 7, async ({ events, watched, url }) => {
      const { page } = watched
      // What the map's status line said while it worked: recorded as it changes, not sampled.
      await page.addInitScript(RECORD_MAP_STATUS)
      await page.goto(url)
      await page.waitForSelector('.map-canvas:not([aria-busy]) .cluster-marker')
      expect(await page.locator('.map-canvas').getAttribute('data-places-built')).toBe('worker')
      // The timeline, created a task after the map's layers (useStagedMount), is there too.
      await page.waitForSelector('.timeline-canvas .vis-item')
      const said = await page.evaluate(
        () => (window as unknown as { __mapStatus?: string[] }).__mapStatus ?? [],
      )
      expect(said).toContain(`Placing ${size.toLocaleString('en')} events on the map…`)
      expect(await page.locator('.map-status').textContent()).toBe('')
      await zoomOut(page)
      const zoom = Math.floor(Number(await page.locator('.map-canvas').getAttribute('data-markers-zoom')))
      const shown = await mapContents(page)
      expect(shown.clusters.length).toBeGreaterThan(0)

      // The same index built here, on this side: every cluster drawn is one of its clusters at that zoom, with the
      // same events behind it and the same number; every pin is one of its single places.
      const index = buildPlaceIndex(events)
      const expected = index.getClusters([-180, -85, 180, 85], zoom).map((feature) => {
        const props = feature.properties as Partial<ClusterProperties & ClusterSums> & { eventIndex?: number }
        if (!props.cluster || props.cluster_id === undefined)
          return { pin: events[props.eventIndex ?? -1]?.id }
        const clusterId = props.cluster_id
        const behind = () =>
          distinctEvents(
            index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties),
            events,
          )
        const count = countCluster(props.point_count ?? 0, props as ClusterSums, null, behind)
        return {
          number: count.inWindow,
          ids: behind()
            .map((event) => event.id)
            .sort()
            .join(' '),
        }
      })
      const clusterKeys = new Set(
        expected.map((entry) => ('number' in entry ? `${entry.number}|${entry.ids}` : '')),
      )
      const numbers = new Set(expected.map((entry) => ('number' in entry ? entry.number : -1)))
      const pins = new Set(expected.map((entry) => ('pin' in entry ? entry.pin : '')))
      let listed = 0
      for (const cluster of shown.clusters) {
        expect(numbers.has(cluster.number), `a cluster of ${cluster.number}`).toBe(true)
        if (cluster.ids.length === 0) continue // more than 500 places: its ids are not written on it
        listed++
        expect(clusterKeys.has(`${cluster.number}|${[...cluster.ids].sort().join(' ')}`)).toBe(true)
      }
      expect(listed).toBeGreaterThan(0)
      for (const id of shown.pins) expect(pins.has(id ?? ''), `pin ${id}`).toBe(true)
    })
  })
})

describe('honest geography', () => {
  const countryOnly = dataset.events.filter((event) =>
    event.places.every((place) => place.precision === 'country'),
  )

  it('draws an event known only to a country as a labelled badge and the country’s shape, never a pin', async () => {
    expect(countryOnly.length).toBeGreaterThan(0)
    const event = countryOnly[0]!
    const page = await suite.open(`?event=${event.id}`, { width: 1280, height: 800, reducedMotion: 'reduce' })
    await page.waitForSelector(`.map-canvas .event-marker[data-event-id="${event.id}"][data-selected="true"]`)
    await page.waitForSelector('.map-canvas path.area-highlight')
    const drawn = await page.evaluate((id) => {
      const elements = [...document.querySelectorAll(`.map-canvas [data-event-id="${id}"]`)]
      return elements.map((element) => ({
        isBadge: element.classList.contains('area-badge'),
        hasShape: element.querySelector('svg path') !== null,
        text: element.textContent,
      }))
    }, event.id)
    expect(drawn.length).toBeGreaterThan(0)
    for (const element of drawn) {
      expect(element.isBadge).toBe(true)
      expect(element.hasShape).toBe(false)
      expect(element.text).toContain('nationwide')
    }
  })

  it('marks the area badges that hold the selected event, and only those, as the selection moves and comes back', async () => {
    const event = countryOnly[0]!
    const page = await suite.open(`?event=${event.id}`, { width: 1280, height: 800, reducedMotion: 'reduce' })
    // The area badges (not the selected event's own badge, which the event markers draw).
    const badges = () =>
      page.$$eval('.map-canvas .area-badge[data-event-ids]:not(.event-marker)', (elements) =>
        elements.map((element) => ({
          ids: (element as HTMLElement).dataset.eventIds?.split(' ') ?? [],
          isSelected: element.classList.contains('is-selected'),
          selected: (element as HTMLElement).dataset.selected ?? null,
        })),
      )
    const expectMarkedFor = async (id: string) => {
      await page.waitForFunction(
        (selected) =>
          [
            ...document.querySelectorAll<HTMLElement>(
              '.map-canvas .area-badge[data-event-ids]:not(.event-marker)',
            ),
          ].every(
            (element) =>
              (element.dataset.eventIds?.split(' ').includes(selected) ?? false) ===
              element.classList.contains('is-selected'),
          ),
        id,
      )
      const shown = await badges()
      expect(shown.length).toBeGreaterThan(0)
      for (const badge of shown) {
        const holds = badge.ids.includes(id)
        expect(badge.isSelected, badge.ids.join(' ')).toBe(holds)
        expect(badge.selected, badge.ids.join(' ')).toBe(holds ? 'true' : null)
      }
      return shown.filter((badge) => badge.isSelected)
    }
    await page.waitForSelector(`.map-canvas .event-marker[data-event-id="${event.id}"][data-selected="true"]`)
    const first = await expectMarkedFor(event.id)
    expect(first.length).toBeGreaterThan(0)
    // Another event, in none of those areas, chosen from the list's rows as a reader would.
    const areasOf = (id: string) =>
      new Set(
        (dataset.events.find((other) => other.id === id)?.places ?? [])
          .filter((place) => ['country', 'state', 'region'].includes(place.precision))
          .map((place) => `${place.precision}|${place.name.en}`),
      )
    const eventAreas = areasOf(event.id)
    const rowIds = await page.$$eval('.event-row[data-event-id]', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset.eventId ?? ''),
    )
    const other = rowIds.find((id) => id !== event.id && ![...areasOf(id)].some((key) => eventAreas.has(key)))
    expect(other).toBeDefined()
    await page.locator(`.event-row[data-event-id="${other}"]`).click()
    await page.waitForSelector(`.map-canvas .event-marker[data-event-id="${other}"][data-selected="true"]`)
    const second = await expectMarkedFor(other!)
    for (const badge of second) expect(badge.ids).not.toContain(event.id)
    // Back in history (once the selection has its entry: useUrlSync writes it after the paint): the first event
    // again, its badges marked again.
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(other)
    await page.goBack()
    await page.waitForSelector(`.map-canvas .event-marker[data-event-id="${event.id}"][data-selected="true"]`)
    expect(await expectMarkedFor(event.id)).toEqual(first)
  })

  it('puts no country-level event into a cluster or a pin, at any state of the map', async () => {
    const page = await suite.open('', { width: 1920, height: 1080, reducedMotion: 'reduce' })
    await zoomOut(page)
    const shown = await mapContents(page)
    const pinned = new Set([...shown.pins, ...shown.clusters.flatMap((cluster) => cluster.ids)])
    for (const event of countryOnly) expect(pinned.has(event.id), event.id).toBe(false)
    // Sea regions carry their names.
    const regions = await page.$$eval('.map-canvas .area-badge.area-region', (elements) =>
      elements.map((element) => element.textContent),
    )
    expect(regions.some((text) => text.includes('Caribbean'))).toBe(true)
    expect(regions.some((text) => text.includes('Eastern Pacific'))).toBe(true)
  })

  // A phone's first view: Jalisco's and Michoacán's badges (one event each) lay over "Mexico · nationwide", its 35
  // events unreadable (Leaflet draws the southern marker on top).
  it('draws a badge with more events over one with fewer where they overlap (a phone’s first view)', async () => {
    const page = await suite.open('?view=map', { width: 375, height: 812, reducedMotion: 'reduce' })
    await page.waitForSelector('.map-canvas[data-area-labels-zoom][data-area-shapes="true"] .area-badge')
    const badgesOnTop = () => {
      const badges = [...document.querySelectorAll<HTMLElement>('.map-canvas .area-badge')]
      const count = (badge: HTMLElement) => Number(badge.dataset.inWindow ?? 0)
      const boxes = badges.map((badge) => badge.getBoundingClientRect())
      let overlapping = 0
      boxes.forEach((a, index) => {
        for (const b of boxes.slice(index + 1))
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlapping++
      })
      const hidden: string[] = []
      for (const badge of badges) {
        const number = badge.querySelector('.area-badge-count')?.getBoundingClientRect()
        if (!number || number.width === 0) continue
        const x = (number.left + number.right) / 2
        const y = (number.top + number.bottom) / 2
        const above = document
          .elementsFromPoint(x, y)
          .map((element) => element.closest<HTMLElement>('.area-badge'))
          .find((element) => element !== null)
        if (above && above !== badge && count(above) < count(badge))
          hidden.push(`${badge.textContent} under ${above.textContent}`)
      }
      return { overlapping, hidden, mexico: badges.some((badge) => badge.textContent.startsWith('Mexico ·')) }
    }
    const shown = await page.evaluate(badgesOnTop)
    expect(shown.mexico).toBe(true)
    expect(shown.overlapping).toBeGreaterThan(0)
    expect(shown.hidden).toEqual([])
  })

  it('moves a country’s badge covered by clusters to a free spot inside the country: every count in view can be read', async () => {
    const cases = [
      // A phone's first view: "35" lay under the clusters of Mexico City and Guadalajara.
      { path: '/?view=map', width: 375, height: 812, named: false },
      // The explorer: the name did not fit beside the clusters, so it showed as a count only.
      { path: '/', width: 1280, height: 800, named: true },
      // The map embed in an article's phone column.
      { path: '/embed.html?embed=1&view=map', width: 320, height: 560, named: false },
      // Present mode, German: Canada's badge lay under the legend.
      {
        path: '/?story=the-long-road-to-the-terror-designations&step=5&present=1&lang=de',
        width: 1024,
        height: 768,
        named: false,
      },
    ]
    for (const { path, width, height, named } of cases) {
      const page = await openPlaced(path, width, height)
      const seen = await page.evaluate(() => {
        const map = document.querySelector('.map-canvas')!.getBoundingClientRect()
        const covered: string[] = []
        let readable = 0
        let mexico: { named: boolean } | null = null
        for (const badge of document.querySelectorAll<HTMLElement>(
          '.map-canvas .area-badge:not(.event-marker)',
        )) {
          const count = badge.querySelector('.area-badge-count')!.getBoundingClientRect()
          const x = (count.left + count.right) / 2
          const y = (count.top + count.bottom) / 2
          if (x < map.left || x > map.right || y < map.top || y > map.bottom) continue
          // What is drawn at the count's centre and at its four corners (2 px in).
          const points: [number, number][] = [
            [x, y],
            [count.left + 2, count.top + 2],
            [count.right - 2, count.top + 2],
            [count.left + 2, count.bottom - 2],
            [count.right - 2, count.bottom - 2],
          ]
          const over = points
            .map(([px, py]) => document.elementFromPoint(px, py))
            .filter((element) => element?.closest('.area-badge') !== badge)
          if (over.length > 0)
            covered.push(
              `${badge.getAttribute('aria-label')} under ${over.map((e) => e?.className).join(', ')}`,
            )
          else readable++
          if (badge.getAttribute('aria-label')?.startsWith('Mexico ('))
            mexico = { named: !badge.classList.contains('is-compact') }
        }
        return { covered, readable, mexico }
      })
      expect(seen.covered, `${path} at ${width} px`).toEqual([])
      expect(seen.readable).toBeGreaterThan(2)
      if (!path.includes('lang=de')) {
        expect(seen.mexico, `${path} at ${width} px`).not.toBeNull()
        if (named) expect(seen.mexico?.named).toBe(true)
      }
    }
  })

  // Present mode (es, 1024 px): "México · todo el país", the selected event's own badge, is drawn over the clusters
  // and the other badges, and lay on a state's count at Mexico's centre; the event's pin at Mexico City lay on the
  // cluster of 52 there.
  it('moves the selected event’s nationwide badge off the clusters, pins and counts it would cover, and a cluster from under its pin', async () => {
    const cases = [
      {
        path: '/?story=between-cooperation-and-sovereignty&step=3&present=1&lang=es',
        width: 1024,
        height: 768,
      },
      { path: '/?event=2019-05-30-migration-tariff-threat', width: 1280, height: 800 },
    ]
    for (const { path, width, height } of cases) {
      const page = await openPlaced(path, width, height, '.event-marker.area-badge.is-selected')
      const seen = await page.evaluate(() => {
        const map = document.querySelector('.map-canvas')!.getBoundingClientRect()
        const selected = document.querySelector<HTMLElement>(
          '.map-canvas .event-marker.area-badge.is-selected',
        )!
        const box = selected.getBoundingClientRect()
        const under: string[] = []
        for (const marker of document.querySelectorAll<HTMLElement>(
          '.map-canvas .cluster-marker, .map-canvas .event-marker:not(.area-badge)',
        )) {
          const { left, right, top, bottom } = marker.getBoundingClientRect()
          const x = (left + right) / 2
          const y = (top + bottom) / 2
          if (right <= left || x < map.left || x > map.right || y < map.top || y > map.bottom) continue
          // Its centre and four points 70 % of the way to its edge (a cluster's disc, a pin's symbol).
          const dx = (right - left) * 0.35
          const dy = (bottom - top) * 0.35
          const points: [number, number][] = [
            [x, y],
            [x - dx, y],
            [x + dx, y],
            [x, y - dy],
            [x, y + dy],
          ]
          if (
            points.some(([px, py]) =>
              document.elementFromPoint(px, py)?.closest('.event-marker.area-badge.is-selected'),
            )
          )
            under.push(marker.textContent || marker.className)
          // A cluster's count is not under the selected event's pin either.
          if (
            marker.classList.contains('cluster-marker') &&
            document.elementFromPoint(x, y)?.closest('.event-marker.is-selected:not(.area-badge)')
          )
            under.push(`cluster ${marker.textContent} under the selected pin`)
        }
        // Nor any area's count (a state's "1" lay under it).
        for (const count of document.querySelectorAll<HTMLElement>(
          '.map-canvas .area-badge:not(.event-marker) .area-badge-count',
        )) {
          const { left, right, top, bottom } = count.getBoundingClientRect()
          const x = (left + right) / 2
          const y = (top + bottom) / 2
          if (right <= left || x < map.left || x > map.right || y < map.top || y > map.bottom) continue
          if (document.elementFromPoint(x, y)?.closest('.event-marker.area-badge.is-selected'))
            under.push(count.closest('.area-badge')?.getAttribute('aria-label') ?? '')
        }
        return {
          under,
          text: selected.textContent,
          inMap:
            box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom,
        }
      })
      expect(seen.text).toMatch(/M[eé]xico · /)
      expect(seen.inMap, path).toBe(true)
      expect(seen.under, `${path} at ${width} px`).toEqual([])
    }
  })

  it('opens on the US–Mexico region and labels no small island at the first zoom', async () => {
    const page = await suite.open('', { width: 1920, height: 1080, reducedMotion: 'reduce' })
    await page.waitForSelector('.map-label')
    const labels = await page.$$eval('.map-canvas .map-label', (elements) =>
      elements
        .filter((element) => (element.parentElement as HTMLElement).style.display !== 'none')
        .map((element) => element.textContent),
    )
    expect(labels).not.toContain('St. Pierre and Miquelon')
    expect(labels).toContain('Mexico')
    expect(labels).toContain('United States')
    const mexicoCity = await page.evaluate(() => {
      const map = document.querySelector('.map-canvas')!.getBoundingClientRect()
      return { width: map.width, height: map.height }
    })
    expect(mexicoCity.width).toBeGreaterThan(0)
  })

  it("names the countries on the map in the reader's language", async () => {
    for (const [lang, mexico, us] of [
      ['es', 'México', 'Estados Unidos'],
      ['de', 'Mexiko', 'Vereinigte Staaten'],
    ] as const) {
      const page = await suite.open(`?lang=${lang}`, { width: 1280, height: 800, reducedMotion: 'reduce' })
      await page.waitForSelector(`.map-canvas .map-label-country:text-is("${mexico}")`)
      const shown = await page.$$eval('.map-canvas .map-label-country', (elements) =>
        elements
          .filter((element) => (element.parentElement as HTMLElement).style.display !== 'none')
          .map((element) => element.textContent),
      )
      expect(shown).toContain(us)
      expect(shown).not.toContain('Mexico')
    }
  })

  it('never lets the name of an area badge overlap another badge, a cluster or a pin: the one with fewer events keeps only its count', async () => {
    const overlapping = async (page: Page) => {
      await page.waitForFunction(() => {
        const map = document.querySelector<HTMLElement>('.map-canvas')
        return (
          map?.dataset.areaLabelsZoom !== undefined && map.dataset.areaLabelsZoom === map.dataset.markersZoom
        )
      })
      return page.$$eval('.map-canvas .area-badge', (elements) => {
        const named = elements.filter((element) => !element.classList.contains('is-compact'))
        const boxes = named.map((element) => ({
          name: element.getAttribute('aria-label'),
          box: element.getBoundingClientRect(),
        }))
        const overlaps = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
        const pairs: string[] = []
        boxes.forEach((a, i) => {
          boxes.slice(i + 1).forEach((b) => {
            if (overlaps(a.box, b.box)) pairs.push(`${a.name} × ${b.name}`)
          })
        })
        // Nor does a name in view lie under a cluster or over an event's pin.
        const view = document.querySelector('.map-canvas')!.getBoundingClientRect()
        for (const marker of document.querySelectorAll(
          '.map-canvas .cluster-marker, .map-canvas .event-marker',
        )) {
          if (marker.classList.contains('area-badge')) continue
          const m = marker.getBoundingClientRect()
          if (!overlaps(m, view)) continue
          for (const a of boxes)
            if (overlaps(a.box, m))
              pairs.push(`${a.name} × ${marker.getAttribute('aria-label') ?? marker.className}`)
        }
        const compact = elements.filter((element) => element.classList.contains('is-compact'))
        // Nor is a name cut by the map's edge ("en Bavispe, Chihuahua" at a story step's left edge), or by the
        // present card or the phone's sheet over the map.
        const covers = [...document.querySelectorAll('.present-card > .step-card, .bottom-sheet')].map(
          (cover) => cover.getBoundingClientRect(),
        )
        const cut = boxes
          .filter(
            ({ box }) =>
              overlaps(box, view) &&
              (box.left < view.left - 1 ||
                box.right > view.right + 1 ||
                box.top < view.top - 1 ||
                box.bottom > view.bottom + 1 ||
                covers.some((cover) => overlaps(box, cover))),
          )
          .map(({ name }) => name)
        return {
          pairs,
          cut,
          named: named.length,
          compact: compact.length,
          // A compact badge still says its count, and its place in its accessible name and tooltip.
          compactUnnamed: compact.filter(
            (element) =>
              !element.querySelector('.area-badge-count')?.textContent || !element.getAttribute('title'),
          ).length,
        }
      })
    }
    for (const [width, height, query] of [
      [1280, 800, ''],
      [1920, 1080, ''],
      [375, 812, ''],
      // A story step whose frame puts a region's badge at the map's left edge.
      [1280, 800, '?story=the-long-road-to-the-terror-designations&step=4'],
      // Present mode's card over the map's right side ("Mexico · nationwide" half under it).
      [1024, 768, '?story=the-long-road-to-the-terror-designations&step=7&present=1'],
    ] as const) {
      const page = await suite.open(query, { width, height, reducedMotion: 'reduce' })
      await page.waitForSelector('.map-canvas .area-badge')
      const first = await overlapping(page)
      expect(first.pairs, `${width}px`).toEqual([])
      expect(first.cut, `${width}px ${query}`).toEqual([])
      expect(first.named).toBeGreaterThan(0)
      expect(first.compactUnnamed).toBe(0)
      if (width === 1280 && query === '') {
        // At the first zoom some badges must give way (the bundled data has areas close together).
        expect(first.compact).toBeGreaterThan(0)
        await zoomOut(page)
        expect((await overlapping(page)).pairs).toEqual([])
      }
    }
  })

  it('never draws a country’s or a state’s name under a cluster, a pin, a badge or its own land, nor cut by the map’s edge: it moves, or gives way', async () => {
    const namesUnderMarkers = async (page: Page) => {
      await page.waitForFunction(() => {
        const map = document.querySelector<HTMLElement>('.map-canvas')
        const drawn = map?.dataset.markersZoom
        return (
          drawn !== undefined && map?.dataset.areaLabelsZoom === drawn && map.dataset.mapLabelsZoom === drawn
        )
      })
      return page.evaluate(() => {
        const overlaps = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
        const view = document.querySelector('.map-canvas')!.getBoundingClientRect()
        const marks = [
          ...document.querySelectorAll(
            '.map-canvas .cluster-marker, .map-canvas .event-marker, .map-canvas .area-badge',
          ),
        ]
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.width > 0 && overlaps(box, view))
        const names = [...document.querySelectorAll<HTMLElement>('.map-canvas .map-label')].filter(
          (element) =>
            (element.parentElement as HTMLElement).style.display !== 'none' &&
            overlaps(element.getBoundingClientRect(), view),
        )
        // Nor under its own boundaries' land: hit-testable for a moment (style set through the CSSOM, which the
        // strict CSP allows), each name must be what its centre hits.
        const made = [...names, ...document.querySelectorAll<SVGPathElement>('.map-canvas path')]
        for (const element of made) element.style.pointerEvents = 'auto'
        const hidden = names.filter((element) => {
          const box = element.getBoundingClientRect()
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          return hit === null || !element.contains(hit)
        })
        for (const element of made) element.style.pointerEvents = ''
        // Nor does the map's edge cut one ("COL" at a phone's right edge), or present mode's card or a phone's sheet.
        const covers = [...document.querySelectorAll('.present-card > .step-card, .bottom-sheet')].map(
          (cover) => cover.getBoundingClientRect(),
        )
        const underCover = names.filter((element) => {
          const box = element.getBoundingClientRect()
          // (one wholly under the card is not seen at all)
          return covers.some(
            (cover) =>
              overlaps(box, cover) &&
              !(
                box.left >= cover.left &&
                box.right <= cover.right &&
                box.top >= cover.top &&
                box.bottom <= cover.bottom
              ),
          )
        })
        const cut = names.filter((element) => {
          const box = element.getBoundingClientRect()
          return (
            box.left < view.left - 1 ||
            box.right > view.right + 1 ||
            box.top < view.top - 1 ||
            box.bottom > view.bottom + 1
          )
        })
        // Nor under the map's own controls (its zoom buttons, the legend): "Sonora" was half under "−" in present mode.
        const controls = [
          ...document.querySelectorAll('.map-wrapper .leaflet-control, .map-wrapper > .legend'),
        ]
          .map((control) => control.getBoundingClientRect())
          .filter((box) => box.width > 0)
        return {
          cut: cut.map((element) => element.textContent),
          underCover: underCover.map((element) => element.textContent),
          underControl: names
            .filter((element) => controls.some((box) => overlaps(element.getBoundingClientRect(), box)))
            .map((element) => element.textContent),
          shown: names.map((element) => element.textContent),
          under: names
            .filter((element) => marks.some((mark) => overlaps(element.getBoundingClientRect(), mark)))
            .map((element) => element.textContent),
          hidden: hidden.map((element) => element.textContent),
        }
      })
    }
    for (const [width, height, query, zoomIn] of [
      [1280, 800, '', 0],
      [1920, 1080, '?lang=es', 0],
      [375, 812, '?view=map', 0],
      [1280, 800, '?event=2025-02-27-transfer-of-29', 0],
      // Closer in, the states are named too.
      [1280, 800, '?lang=de', 2],
      // Present mode's card over the map's right side ("MEXIC" half under it).
      [1024, 768, '?story=the-long-road-to-the-terror-designations&step=7&present=1&lang=de', 0],
    ] as const) {
      const page = await suite.open(query, { width, height, reducedMotion: 'reduce' })
      await page.waitForSelector('.map-canvas .map-label')
      if (zoomIn > 0) {
        await page.waitForSelector('.map-canvas[data-markers-zoom]')
        const start = Number(
          await page.$eval('.map-canvas', (map) => (map as HTMLElement).dataset.markersZoom),
        )
        await page.locator('.map-canvas').focus()
        for (let step = 0; step < zoomIn; step++) await page.keyboard.press('=')
        await page.waitForFunction(
          (zoom) =>
            Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.mapLabelsZoom) === zoom,
          start + zoomIn,
        )
      }
      const { shown, under, hidden, cut, underCover, underControl } = await namesUnderMarkers(page)
      expect(under, `${width}px ${query}`).toEqual([])
      expect(underCover, `${width}px ${query}`).toEqual([])
      expect(underControl, `${width}px ${query}`).toEqual([])
      expect(cut, `${width}px ${query}`).toEqual([])
      expect(hidden, `${width}px ${query}`).toEqual([])
      // Names give way only where they must: some stay at every one of these views, Mexico's on the first.
      expect(shown.length, `${width}px ${query}`).toBeGreaterThan(0)
      if (query === '') expect(shown).toContain('Mexico')
      if (width === 1920) {
        // The legend opened over the map: the names it now covers give way (and come back as it closes).
        await page.locator('.legend summary').click()
        await expect.poll(async () => (await namesUnderMarkers(page)).underControl).toEqual([])
        expect((await namesUnderMarkers(page)).shown.length).toBeLessThan(shown.length)
        await page.locator('.legend summary').click()
        await expect.poll(async () => (await namesUnderMarkers(page)).shown).toEqual(shown)
      }
    }
    // An embed beside its article's text: its map's first view put names north of the layer's origin (Cuba's was
    // half under its land).
    const embedPage = await openMapEmbed()
    await embedPage.waitForSelector('.map-canvas .map-label')
    const embed = await namesUnderMarkers(embedPage)
    expect(embed.under, 'embed 700 px').toEqual([])
    expect(embed.hidden, 'embed 700 px').toEqual([])
    expect(embed.cut, 'embed 700 px').toEqual([])
    expect(embed.underControl, 'embed 700 px').toEqual([])
    expect(embed.shown).toContain('Cuba')
  })

  it('has no axe violations (WCAG 2.2 AA) with a search, the legend open and an area selected', async () => {
    const event = countryOnly[0]!
    const page = await suite.open(`?event=${event.id}&q=tariff`, { width: 1280, height: 800 })
    await page.locator('.legend summary').click()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
})

describe('a visible selection on the timeline', () => {
  /** The selected item's title and dot against the timeline's visible panel, and the years its axis labels. */
  const selectedOnTimeline = (id: string) => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect()
    const label = document.querySelector<HTMLElement>(
      `.timeline-canvas .vis-item.vis-selected .timeline-item-label[data-event-id="${CSS.escape(id)}"]`,
    )
    const dot = label?.closest('.vis-item')?.querySelector('.vis-dot')?.getBoundingClientRect()
    const box = label?.getBoundingClientRect()
    const inside = (rect: DOMRect | undefined) =>
      !!rect && !!panel && rect.left >= panel.left - 1 && rect.right <= panel.right + 1
    return {
      title: label?.textContent ?? null,
      cut: label ? label.scrollWidth > label.clientWidth + 1 : null,
      titleInside: inside(box),
      dotInside: inside(dot),
      years: [
        ...document.querySelectorAll(
          '.timeline-canvas .vis-time-axis .vis-text.vis-major, .timeline-canvas .vis-time-axis .vis-text.vis-minor',
        ),
      ]
        .map((text) => Number(text.textContent.trim()))
        .filter((year) => Number.isInteger(year) && year > 1900),
    }
  }

  /** Every point item's title and dot against the panel, and the pairs of items drawn over each other in a lane. */
  const titlesOnTimeline = () => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')!.getBoundingClientRect()
    const items = [...document.querySelectorAll<HTMLElement>('.timeline-canvas .vis-item.vis-point')]
    const cut: string[] = []
    for (const item of items) {
      const label = item.querySelector('.timeline-item-label')?.getBoundingClientRect()
      const dot = item.querySelector('.vis-dot')?.getBoundingClientRect()
      for (const box of [label, dot])
        if (box && (box.left < panel.left - 1 || box.right > panel.right + 1))
          cut.push(`${item.textContent} (${Math.round(box.left)}–${Math.round(box.right)})`)
    }
    const overlapping: string[] = []
    for (const lane of document.querySelectorAll('.timeline-canvas .vis-foreground .vis-group')) {
      const boxes = [...lane.querySelectorAll<HTMLElement>('.vis-item.vis-point')].map((item) => ({
        name: item.textContent,
        box: item.getBoundingClientRect(),
      }))
      boxes.forEach((a, index) => {
        for (const b of boxes.slice(index + 1))
          if (
            a.box.left < b.box.right - 1 &&
            b.box.left < a.box.right - 1 &&
            a.box.top < b.box.bottom - 1 &&
            b.box.top < a.box.bottom - 1
          )
            overlapping.push(`${a.name} × ${b.name}`)
      })
    }
    return {
      items: items.length,
      before: items.filter((item) => item.dataset.titleSide === 'before').length,
      cut,
      overlapping,
    }
  }

  it('writes every title inside the panel at the first view: near the axis’ end before its dot, never over another', async () => {
    const check = async (page: Page, name: string) => {
      await page.waitForSelector('.timeline-canvas .vis-item.vis-point .timeline-item-label')
      await expect
        .poll(() => page.evaluate(titlesOnTimeline), { timeout: 15_000, interval: 250 })
        .toMatchObject({ cut: [], overlapping: [] })
      const shown = await page.evaluate(titlesOnTimeline)
      // The latest events' titles (2025) are the ones written before their dots; at 1280 px and more, the
      // earliest stay after theirs (the 700 px embed's first lane holds only events from 2019 on).
      expect(shown.before, name).toBeGreaterThan(0)
      if (!name.startsWith('embed')) expect(shown.items, name).toBeGreaterThan(shown.before)
    }
    for (const [width, height, query] of [
      [1280, 800, ''],
      [1920, 1080, '?lang=de'],
    ] as const)
      await check(await suite.open(query, { width, height, reducedMotion: 'reduce' }), `${width}px ${query}`)
    // An embed beside its article's text: the timeline under the map.
    await check(await openMapEmbed(), 'embed 700 px')
  })

  // A story step's window: titles ran past the panel's edges and were cut mid-letter ("sche F…" at the left, a title
  // written before its dot; at the right, titles after their dots): 137 titles with their dot in the window over the
  // stories' 98 steps at 1280 (en) and 1024 (de) px.
  it.each([
    [1024, 'de', 'between-cooperation-and-sovereignty', 3],
    [1024, 'de', 'between-cooperation-and-sovereignty', 5],
    [1024, 'de', 'between-cooperation-and-sovereignty', 6],
    [1024, 'de', 'the-long-road-to-the-terror-designations', 18],
    [1280, 'en', 'from-allegation-to-policy', 6],
  ] as const)(
    'ends a title the panel’s edge would cut with an ellipsis at the edge (%i px, %s, %s step %i)',
    async (width, lang, story, step) => {
      const page = await suite.open(`?lang=${lang}&story=${story}&step=${step}`, {
        width,
        height: width === 1024 ? 768 : 800,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector(`[data-testid="story-controls"][data-step="${step}"]`)
      // (attached: a title with no room left beside its dot is shortened to nothing, its dot and tooltip stay)
      await page.waitForSelector('.timeline-canvas .vis-item.vis-point .timeline-item-label', {
        state: 'attached',
      })
      const titlesAtEdges = () => {
        const panel = document
          .querySelector('.timeline-canvas .vis-panel.vis-center')!
          .getBoundingClientRect()
        const labels = [
          ...document.querySelectorAll<HTMLElement>(
            '.timeline-canvas .vis-item.vis-point .timeline-item-label',
          ),
        ].filter((label) => {
          const dot = label.closest('.vis-item')!.querySelector('.vis-dot')!.getBoundingClientRect()
          // (an item whose dot lies outside the window is vis-timeline's to draw or not)
          return label.getBoundingClientRect().width > 0 && dot.left >= panel.left && dot.right <= panel.right
        })
        return {
          cut: labels
            .filter((label) => {
              const box = label.getBoundingClientRect()
              return box.left < panel.left - 1 || box.right > panel.right + 1
            })
            .map((label) => label.textContent),
          shortened: labels.filter((label) => label.scrollWidth > label.clientWidth + 1).length,
          // A title with room for less than a letter and its ellipsis is not written (a lone stroke read as "H").
          slivers: labels
            .filter(
              (label) =>
                getComputedStyle(label).visibility === 'visible' &&
                label.scrollWidth > label.clientWidth + 1 &&
                label.clientWidth < 16,
            )
            .map((label) => label.textContent),
        }
      }
      await expect
        .poll(() => page.evaluate(titlesAtEdges), { timeout: 15_000, interval: 250 })
        .toMatchObject({ cut: [], slivers: [] })
      expect((await page.evaluate(titlesAtEdges)).shortened).toBeGreaterThan(0)
    },
  )

  // vis-timeline writes an axis label at the start of its stretch and the panel clips it: "24" for 2024 at the left
  // of present mode's strip at 1024×768, "202" at the right of a phone's.
  it('writes every axis label whole or not at all, at the first view, in a story’s window and in an embed', async () => {
    const axisLabels = () => {
      const labels = [
        ...document.querySelectorAll<HTMLElement>(
          '.vis-time-axis.vis-foreground > .vis-text:not(.vis-measure)',
        ),
      ].filter((label) => label.textContent !== '' && getComputedStyle(label).visibility === 'visible')
      const range = document.createRange()
      const cut = labels.filter((label) => {
        const panel = label.closest('.vis-panel')!.getBoundingClientRect()
        range.selectNodeContents(label)
        const text = range.getBoundingClientRect()
        return text.left < panel.left - 0.5 || text.right > panel.right + 0.5
      })
      return { shown: labels.map((label) => label.textContent), cut: cut.map((label) => label.textContent) }
    }
    const check = async (page: Page, name: string) => {
      await page.waitForSelector('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
      await expect
        .poll(() => page.evaluate(axisLabels), { timeout: 15_000, interval: 250, message: name })
        .toMatchObject({ cut: [] })
      const { shown } = await page.evaluate(axisLabels)
      expect(shown.length, name).toBeGreaterThanOrEqual(2)
      return shown
    }
    for (const [width, height, query] of [
      [1280, 800, ''],
      [1280, 800, '?story=the-long-road-to-the-terror-designations&step=4'],
      [375, 812, '?view=map'],
      [375, 812, '?view=timeline&lang=de'],
    ] as const)
      await check(await suite.open(query, { width, height, reducedMotion: 'reduce' }), `${width}px ${query}`)
    const present = await suite.open('?story=between-cooperation-and-sovereignty&step=3&present=1', {
      width: 1024,
      height: 768,
      reducedMotion: 'reduce',
    })
    // The strip's first year, whose stretch begins left of the panel, is written whole at its edge.
    expect(await check(present, 'present 1024×768')).toContain('2024')
    await check(await openMapEmbed(), 'embed 700 px')
  })

  // A title before its dot, shortened at the panel's edge, was redrawn whole (its data changed) without being placed
  // again: its dot moved up to 250 px later, months after the event's date ("López Obrador's letter to Xi", April
  // 2023, drawn in autumn 2023 at 1024 px, de, a story's step 6).
  it.each([
    [1024, 'de', 'between-cooperation-and-sovereignty', 6],
    [1024, 'de', 'between-cooperation-and-sovereignty', 3],
    [1280, 'en', 'from-allegation-to-policy', 6],
  ] as const)('draws every dot on its date (%i px, %s, %s step %i)', async (width, lang, story, step) => {
    const page = await suite.open(`?lang=${lang}&story=${story}&step=${step}`, {
      width,
      height: width === 1024 ? 768 : 800,
      reducedMotion: 'reduce',
    })
    await page.waitForSelector(`[data-testid="story-controls"][data-step="${step}"]`)
    await page.waitForSelector('.timeline-canvas .vis-item.vis-point .vis-dot')
    const startOf = new Map(dataset.events.map((event) => [event.id, event.when.startMs]))
    const dotsAndDates = () =>
      page.evaluate(() => {
        const panel = document
          .querySelector('.timeline-canvas .vis-panel.vis-center')!
          .getBoundingClientRect()
        return [...document.querySelectorAll<HTMLElement>('.timeline-canvas .vis-item.vis-point')].flatMap(
          (item) => {
            const id = item.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId
            const dot = item.querySelector('.vis-dot')?.getBoundingClientRect()
            // (the dots inside the panel: the ones a reader sees)
            if (!id || !dot || dot.width === 0 || dot.right < panel.left || dot.left > panel.right) return []
            return [{ id, x: (dot.left + dot.right) / 2 - panel.left }]
          },
        )
      })
    // The axis' scale from the dots themselves, robustly (Theil–Sen: the median of the pairwise slopes), so that a
    // few misplaced dots cannot hide among the others; then each dot against it.
    const misplaced = async () => {
      const dots = (await dotsAndDates()).map((dot) => ({ ...dot, t: startOf.get(dot.id)! }))
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
      const slopes: number[] = []
      dots.forEach((a, index) => {
        for (const b of dots.slice(index + 1))
          if (Math.abs(b.t - a.t) > 7 * 86_400_000) slopes.push((b.x - a.x) / (b.t - a.t))
      })
      const slope = median(slopes)
      const offset = median(dots.map((dot) => dot.x - slope * dot.t))
      return {
        dots: dots.length,
        misplaced: dots
          .filter((dot) => Math.abs(dot.x - (offset + slope * dot.t)) > 3)
          .map((dot) => `${dot.id} ${Math.round(dot.x - (offset + slope * dot.t))} px`),
      }
    }
    await expect.poll(misplaced, { timeout: 15_000, interval: 250 }).toMatchObject({ misplaced: [] })
    expect((await misplaced()).dots).toBeGreaterThanOrEqual(8)
  })

  // The running presidency's band ends at the axis' end: its name read "Trump, second t" at 1280 px.
  // vis-timeline fitted its window once, at its first redraw, to the window it was created with: present mode's strip
  // showed the whole range (2005–2025) for about 150 ms between two views of the story step's 2024–2026.
  it('shows a story step’s window from the strip’s first frame, never the whole range on the way', async () => {
    const watched = await openPage(suite.browser, suite.served.url, {
      width: 1024,
      height: 768,
      reducedMotion: 'reduce',
    })
    suite.watched.push(watched)
    const { page } = watched
    // Every distinct set of axis labels the page paints, from the first frame on.
    await page.addInitScript(`(() => {
      const seen = (window.__axisSeen = []);
      const tick = () => {
        const text = [...document.querySelectorAll('.vis-time-axis.vis-foreground > .vis-text:not(.vis-measure)')]
          .filter((label) => label.textContent !== '' && getComputedStyle(label).visibility === 'visible')
          .map((label) => label.textContent)
          .join(',');
        if (text && seen[seen.length - 1] !== text) seen.push(text);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`)
    await page.goto(`${suite.served.url}?story=between-cooperation-and-sovereignty&step=3&present=1`)
    await page.waitForSelector('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
    // Until the strip has settled: its frame is kept for a while (useTimelineFrame), and a late fit came 200 ms on.
    await expect
      .poll(
        () => page.evaluate(() => (window as unknown as { __axisSeen: string[] }).__axisSeen.at(-1) ?? ''),
        {
          timeout: 15_000,
        },
      )
      .toContain('2024')
    await page.waitForTimeout(1000)
    const seen = await page.evaluate(() => (window as unknown as { __axisSeen: string[] }).__axisSeen)
    expect(seen.length).toBeGreaterThan(0)
    for (const labels of seen) expect(labels.split(','), seen.join(' | ')).not.toContain('2005')
  })

  it('ends a presidency’s name with an ellipsis where its band ends, never cut mid-word', async () => {
    const bandNames = () => {
      const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')!.getBoundingClientRect()
      const labels = [
        ...document.querySelectorAll<HTMLElement>('.timeline-canvas .vis-item.period .timeline-item-label'),
      ]
      const cut = labels.filter((label) => {
        const box = label.getBoundingClientRect()
        const band = label.closest('.vis-item')!.getBoundingClientRect()
        // (a band's name is written from the panel's left edge when the band starts before it)
        return (
          box.width > 0 && (box.right > Math.min(band.right, panel.right) + 1 || box.left < panel.left - 1)
        )
      })
      return {
        bands: labels.length,
        cut: cut.map((label) => label.textContent),
        shortened: labels
          .filter((label) => label.scrollWidth > label.clientWidth + 1)
          .map((label) => label.textContent),
      }
    }
    const check = async (page: Page, name: string) => {
      await page.waitForSelector('.timeline-canvas .vis-item.period .timeline-item-label')
      await expect
        .poll(() => page.evaluate(bandNames), { timeout: 15_000, interval: 250, message: name })
        .toMatchObject({ cut: [] })
      const shown = await page.evaluate(bandNames)
      expect(shown.bands, name).toBeGreaterThanOrEqual(2)
      return shown
    }
    const first = await check(
      await suite.open('', { width: 1280, height: 800, reducedMotion: 'reduce' }),
      '1280',
    )
    expect(first.shortened).toContain('Trump, second term')
    await check(
      await suite.open('?lang=de', { width: 1920, height: 1080, reducedMotion: 'reduce' }),
      '1920 de',
    )
    await check(await openMapEmbed(), 'embed 700 px')
  })

  // At 1024×768 a story step's window showed the middle of a lane taller than the panel: the label column was blank,
  // the lane's name 97 px above the panel's top.
  it('keeps the name of every lane in the panel in sight, also while the reader scrolls through a tall lane', async () => {
    const laneNames = () => {
      const column = document.querySelector('.timeline-canvas .vis-panel.vis-left')!.getBoundingClientRect()
      const unseen: string[] = []
      let tall = 0
      for (const label of document.querySelectorAll<HTMLElement>(
        '.timeline-canvas .vis-labelset .vis-label',
      )) {
        const name = label.querySelector('.vis-inner')
        const row = label.getBoundingClientRect()
        if (!name || name.textContent === '') continue
        const box = name.getBoundingClientRect()
        // The lane's part inside the panel: a name fits there when it is at least the name's height.
        const shown = Math.min(row.bottom, column.bottom) - Math.max(row.top, column.top)
        if (row.height > column.height) tall++
        if (shown >= box.height && (box.top < column.top - 1 || box.bottom > column.bottom + 1))
          unseen.push(`${name.textContent} (${Math.round(box.top)}–${Math.round(box.bottom)})`)
      }
      return {
        unseen,
        tall,
        scrolled: document.querySelector('.timeline-canvas .vis-panel.vis-left')!.scrollTop,
      }
    }
    const page = await suite.open('?lang=de&story=between-cooperation-and-sovereignty&step=6', {
      width: 1024,
      height: 768,
      reducedMotion: 'reduce',
    })
    await page.waitForSelector('[data-testid="story-controls"][data-step="6"]')
    await page.waitForSelector('.timeline-canvas .vis-labelset .vis-label .vis-inner')
    await expect
      .poll(() => page.evaluate(laneNames), { timeout: 15_000, interval: 250 })
      .toMatchObject({ unseen: [] })
    const first = await page.evaluate(laneNames)
    // The step's lane is taller than the panel, which shows it scrolled down to the step's event.
    expect(first.tall).toBeGreaterThan(0)
    expect(first.scrolled).toBeGreaterThan(0)
    // The reader scrolls the lanes (the wheel over the items) up, then down past the tall lane's end.
    const center = (await page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox())!
    for (const deltaY of [-60, 200, 200]) {
      const before = first.scrolled
      await page.mouse.move(center.x + center.width / 2, center.y + center.height / 2)
      await page.mouse.wheel(0, deltaY)
      await expect
        .poll(() => page.evaluate(laneNames), { timeout: 15_000, interval: 250 })
        .toMatchObject({ unseen: [] })
      first.scrolled = (await page.evaluate(laneNames)).scrolled
      expect(first.scrolled, `wheel ${deltaY}`).not.toBe(before)
    }
  })

  it.each([
    ['the first event', 0, 1280],
    ['the third-last event', -3, 1280],
    ['the last event', -1, 1280],
    ['the last event', -1, 1920],
  ] as const)(
    'shows %s whole, title and dot inside the panel, on an axis that stops after the data (%i, %i px)',
    async (_name, index, width) => {
      const event = dataset.events.at(index)!
      const page = await suite.open(`?event=${encodeURIComponent(event.id)}`, {
        width,
        height: 800,
        reducedMotion: 'reduce',
      })
      await page.waitForSelector('.timeline-canvas .vis-item.vis-selected .timeline-item-label')
      await expect
        .poll(() => page.evaluate(selectedOnTimeline, event.id), { timeout: 15_000, interval: 250 })
        .toMatchObject({ title: event.title.en, cut: false, titleInside: true, dotInside: true })
      // Centred on the last events, the axis runs on a little past the data, never into empty years.
      const lastYear = new Date(dataset.events.at(-1)!.when.endMs).getUTCFullYear()
      const { years } = await page.evaluate(selectedOnTimeline, event.id)
      expect(years.length).toBeGreaterThan(0)
      expect(Math.max(...years), `axis labels ${years.join(', ')}`).toBeLessThanOrEqual(lastYear + 1)
    },
  )
})
