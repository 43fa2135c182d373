/**
 * Reading the virtualized event list from a browser test. The list draws only the rows near its scroll position, and
 * draws them a frame or more after a scroll (later still on a busy machine), so a test that scrolls and then reads
 * after a fixed pause can read the rows of the previous position and scroll past rows it never saw. These helpers
 * scroll a page at a time and, after each scroll, wait until the drawn rows cover the whole viewport (a condition,
 * not a time); every row is read in the same task that finds it. Also the text-direction check of issue 15's bidi test.
 */
import type { Page } from 'playwright-core'

export type ListRow = {
  id: string
  title: string
  date: string
  place: string
  /** Only for the row asked for by `findListRow`: whether its date and its place read left to right. */
  dateReadsLeftToRight?: boolean
  placeReadsLeftToRight?: boolean
}

/**
 * Walks the list from the top. Without `stopAt`, returns every row (in list order); with it, stops at that event's
 * row and returns just it (or nothing, if the list has no such row). If the list changes under the walk (the app
 * still settling: the timeline's window arriving regroups the list) and `stopAt` was not found, it starts again from
 * the top, up to five times.
 */
async function walkList(page: Page, stopAt: string | null): Promise<ListRow[]> {
  await page.evaluate(installTextChecks)
  return page.evaluate(async (wanted) => {
    const list = document.querySelector<HTMLElement>('.event-list')
    if (!list) return []
    const frame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          resolve()
        })
      })
    const atEnd = () => list.scrollTop + list.clientHeight >= list.scrollHeight - 1
    /** The drawn rows reach from the viewport's top to its bottom (or to the list's end). */
    const covered = () => {
      const box = list.getBoundingClientRect()
      const rows = [...list.querySelectorAll('.event-row')].map((row) => row.getBoundingClientRect())
      if (rows.length === 0) return false
      const top = Math.min(...rows.map((row) => row.top))
      const bottom = Math.max(...rows.map((row) => row.bottom))
      return top <= box.top + 1 && (bottom >= box.bottom - 1 || atEnd())
    }
    const settle = async () => {
      // Up to about ten seconds of frames; a list that never covers its viewport is read as it stands.
      for (let wait = 0; wait < 600 && !covered(); wait++) await frame()
    }
    const read = (row: Element) => ({
      id: row.getAttribute('data-event-id') ?? '',
      title: row.querySelector('.event-row-title')?.textContent ?? '',
      date: row.querySelector('time')?.textContent ?? '',
      place: row.querySelector('.event-row-place')?.textContent ?? '',
    })
    for (let round = 0; round < (wanted === null ? 1 : 5); round++) {
      const rows = new Map<string, ReturnType<typeof read>>()
      list.scrollTop = 0
      await settle()
      for (let page = 0; page < 10_000; page++) {
        if (wanted !== null) {
          const row = list.querySelector(`.event-row[data-event-id="${CSS.escape(wanted)}"]`)
          if (row)
            return [
              {
                ...read(row),
                dateReadsLeftToRight: (window as unknown as TextChecks).__readsLeftToRight(
                  row.querySelector('time'),
                ),
                placeReadsLeftToRight: (window as unknown as TextChecks).__readsLeftToRight(
                  row.querySelector('.event-row-place'),
                ),
              },
            ]
        } else {
          for (const row of list.querySelectorAll('.event-row')) {
            const values = read(row)
            rows.set(values.id, values)
          }
        }
        if (atEnd()) break
        list.scrollTop += list.clientHeight
        await settle()
      }
      if (wanted === null) return [...rows.values()]
    }
    return []
  }, stopAt)
}

type TextChecks = { __readsLeftToRight: (element: Element | null) => boolean }

/**
 * Puts the in-page text checks on `window` (once per page), so the list walk and `readsLeftToRight` share one copy.
 * Playwright evaluates through DevTools, which the page's Content-Security-Policy does not restrict.
 */
function installTextChecks(): void {
  /** Whether the text of `element` runs left to right: its first visible character lies left of its last. */
  ;(window as unknown as TextChecks).__readsLeftToRight = (element) => {
    if (!element) return false
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node instanceof Text && node.data.trim()) nodes.push(node)
    }
    const first = nodes[0]
    const last = nodes.at(-1)
    if (!first || !last) return false
    const left = (node: Text, offset: number) => {
      const range = document.createRange()
      range.setStart(node, offset)
      range.setEnd(node, offset + 1)
      return range.getBoundingClientRect().left
    }
    return left(first, first.data.search(/\S/u)) < left(last, last.data.trimEnd().length - 1)
  }
}

/** Whether the text of the element at `selector` reads left to right (a bidi override cannot reverse it). */
export async function readsLeftToRight(page: Page, selector: string): Promise<boolean> {
  await page.evaluate(installTextChecks)
  return page.$eval(selector, (element) => (window as unknown as TextChecks).__readsLeftToRight(element))
}

/** Every row of the list, read page by page from the top. */
export async function listRows(page: Page): Promise<Map<string, ListRow>> {
  return new Map((await walkList(page, null)).map((row) => [row.id, row]))
}

/** The row of event `id`, found by walking the list from the top; throws if the list has none. */
export async function findListRow(page: Page, id: string): Promise<ListRow> {
  const [row] = await walkList(page, id)
  if (!row) throw new Error(`no list row for ${id}`)
  return row
}
