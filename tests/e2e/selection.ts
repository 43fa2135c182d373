/** The test contract of issue 3, shared by the browser tests: one event selected, and shown so, in every view. */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { WAIT_LIMIT_MS } from './harness'

/** Where the event shows as selected: list row, map marker, timeline item, and the detail panel's event. */
export function selectionIn(page: Page, id: string) {
  return page.evaluate((eventId) => {
    const css = `[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`
    return {
      list: document.querySelector(`.event-list ${css}`) !== null,
      map: document.querySelector(`.map-canvas .event-marker${css}`) !== null,
      timeline: document.querySelector(`.timeline-canvas .vis-item ${css}`) !== null,
      detail: document.querySelector('.detail-panel')?.getAttribute('data-event-id') ?? null,
    }
  }, id)
}

/**
 * Whether the selected event's timeline item and its whole title lie inside the timeline's visible panel: 'inside',
 * 'not drawn', or where they are.
 */
export function selectedTitleInPanel(page: Page, id: string) {
  return page.evaluate((eventId) => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect()
    const css = `[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`
    const label = document.querySelector(`.timeline-canvas .vis-item ${css}`)
    const item = label?.closest('.vis-item')?.getBoundingClientRect()
    const text = label?.getBoundingClientRect()
    if (!panel || !item || !text) return 'not drawn'
    // The item and its title: a short span's title runs past the span's own box.
    const left = Math.min(item.left, text.left)
    const right = Math.max(item.right, text.right)
    const top = Math.min(item.top, text.top)
    const bottom = Math.max(item.bottom, text.bottom)
    return left >= panel.left - 1 &&
      right <= panel.right + 1 &&
      top >= panel.top - 1 &&
      bottom <= panel.bottom + 1
      ? 'inside'
      : `outside: ${Math.round(left)}–${Math.round(right)} × ${Math.round(top)}–${Math.round(bottom)} in ${Math.round(panel.left)}–${Math.round(panel.right)} × ${Math.round(panel.top)}–${Math.round(panel.bottom)}`
  }, id)
}

/**
 * The timeline items (their event ids) that the selected event's item or title covers in its lane: none, once the
 * lane has made room for a title wrapped on several lines. Context bands (background items) and counts are not
 * items a title covers.
 */
export function itemsUnderSelectedTitle(page: Page, id: string) {
  return page.evaluate((eventId) => {
    const css = `[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`
    const label = document.querySelector(`.timeline-canvas .vis-item ${css}`)
    const own = label?.closest('.vis-item')
    if (!label || !own) return ['not drawn']
    const boxes = [own.getBoundingClientRect(), label.getBoundingClientRect()]
    const ownTop = boxes[0]!.top
    const covered: string[] = []
    // No inner named functions: run under tsx (keepNames), they are wrapped in a __name helper the page lacks.
    for (const item of own.parentElement?.querySelectorAll(
      '.vis-item:not(.vis-background, .vis-dot, .vis-line)',
    ) ?? []) {
      // Items in the selected item's own row: its title, written whole, may run over them on its white ground.
      const box = item.getBoundingClientRect()
      if (item === own || box.width === 0 || box.top < ownTop + 1) continue
      const others = [box, (item.querySelector('.timeline-item-label') ?? item).getBoundingClientRect()]
      if (
        boxes.some((mine) =>
          others.some(
            (other) =>
              mine.left < other.right - 1 &&
              other.left < mine.right - 1 &&
              mine.top < other.bottom - 1 &&
              other.top < mine.bottom - 1,
          ),
        )
      )
        covered.push(item.querySelector('[data-event-id]')?.getAttribute('data-event-id') ?? item.className)
    }
    return covered
  }, id)
}

/** Whether the event's row lies within the list's visible box; null when the list is not shown (a phone's other view). */
export function rowVisibleInList(page: Page, id: string) {
  return page.evaluate((eventId) => {
    const list = document.querySelector('.event-list')
    const row = document.querySelector(`.event-list [data-event-id="${CSS.escape(eventId)}"]`)
    if (!list || list.getBoundingClientRect().height === 0) return null
    if (!row) return false
    const box = list.getBoundingClientRect()
    const rect = row.getBoundingClientRect()
    return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1
  }, id)
}

/**
 * Waits until the list, the map, the timeline and the detail panel all show `id` as the selection, and checks that
 * nothing else is marked selected. `settle` also waits for the map and the timeline to stop moving (vis-timeline
 * redraws lanes as it scrolls) and checks again: the end state counts.
 */
export async function expectSelectedEverywhere(
  page: Page,
  id: string,
  { settle = true } = {},
): Promise<void> {
  const isSelectedEverywhere = (eventId: string) => {
    const css = `[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`
    return (
      document.querySelector(`.event-list ${css}`) !== null &&
      document.querySelector(`.map-canvas .event-marker${css}`) !== null &&
      document.querySelector(`.timeline-canvas .vis-item ${css}`) !== null &&
      document.querySelector('.detail-panel')?.getAttribute('data-event-id') === eventId
    )
  }
  await page.waitForFunction(isSelectedEverywhere, id)
  if (settle) {
    await page.waitForTimeout(600)
    await page.waitForFunction(isSelectedEverywhere, id)
  }
  // Read again as a poll: the timeline may replace the selected item's element in a redraw right after the wait above
  // (its lanes settling late on a busy machine), so one read can fall between the old element and the new one.
  await expect
    .poll(() => selectionIn(page, id), { timeout: WAIT_LIMIT_MS })
    .toEqual({ list: true, map: true, timeline: true, detail: id })
  // "The list scrolls to it": the row is inside the list's visible box (when the list is shown at all).
  expect(await rowVisibleInList(page, id)).not.toBe(false)
  const selected = await page.$$eval('[data-selected="true"][data-event-id]', (els) => [
    ...new Set(els.map((element) => element.getAttribute('data-event-id'))),
  ])
  expect(selected).toEqual([id])
}

/**
 * The story and present layouts show the map, the timeline and the step card (the list and the details give way to
 * the card): the step's event is selected on the map and the timeline, and nothing else is selected anywhere.
 */
export async function expectSelectedInStory(page: Page, id: string): Promise<void> {
  await page.waitForFunction((eventId) => {
    const css = `[data-event-id="${CSS.escape(eventId)}"][data-selected="true"]`
    return (
      document.querySelector(`.map-canvas .event-marker${css}`) !== null &&
      document.querySelector(`.timeline-canvas .vis-item ${css}`) !== null
    )
  }, id)
  const selected = await page.$$eval('[data-selected="true"][data-event-id]', (els) => [
    ...new Set(els.map((element) => element.getAttribute('data-event-id'))),
  ])
  expect(selected).toEqual([id])
}
