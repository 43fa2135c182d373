// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataSet } from 'vis-data/esnext'
import { Timeline } from 'vis-timeline/esnext'
import { withFirstDrawHeld, withItemRedrawsHeld } from './holdItemRedraws'

type Item = { id: string; content: string; start: Date }
type ItemSetInternals = { redraw: () => boolean; initialItemSetDrawn: boolean }

const timelines: Timeline[] = []
afterEach(() => {
  for (const timeline of timelines.splice(0)) timeline.destroy()
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

const item = (id: string, day: number): Item => ({ id, content: id, start: new Date(Date.UTC(2025, 0, day)) })

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve()
    })
  })

/** The real widget (in a page 800 px wide), drawn once, on a window of January 2025, with item a; and its ItemSet's redraw, spied on. */
async function setup() {
  // jsdom lays nothing out, and vis-timeline draws nothing in a container of no width.
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(800)
  const container = document.createElement('div')
  document.body.append(container)
  const items = new DataSet<Item>([item('a', 10)])
  const timeline = new Timeline(container, items, {
    start: new Date(Date.UTC(2025, 0, 1)),
    end: new Date(Date.UTC(2025, 1, 1)),
  })
  timelines.push(timeline)
  timeline.redraw()
  // The redraws its construction queued are done before anything is counted.
  await nextFrame()
  await nextFrame()
  const itemSet = (timeline as unknown as { itemSet: ItemSetInternals }).itemSet
  const redraw = vi.spyOn(Object.getPrototypeOf(itemSet) as ItemSetInternals, 'redraw')
  return { container, items, timeline, itemSet, redraw }
}

/** A refresh as syncDataSet makes it: a removal, an add and an update. */
function refresh(items: DataSet<Item>) {
  items.remove('a')
  items.add([item('b', 12)])
  items.update([{ ...item('b', 14), content: 'b moved' }])
}

describe('withItemRedrawsHeld', () => {
  it('without it, vis-timeline redraws its items at once on each of a refresh’s DataSet calls', async () => {
    const { items, itemSet, redraw } = await setup()
    expect(itemSet.initialItemSetDrawn).toBe(true)
    refresh(items)
    expect(redraw).toHaveBeenCalledTimes(3)
  })

  it('draws the whole refresh once, in the next animation frame, with the items in place', async () => {
    const { container, items, timeline, itemSet, redraw } = await setup()
    withItemRedrawsHeld(timeline, () => {
      refresh(items)
    })
    expect(redraw).not.toHaveBeenCalled()
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false) // its own method is back
    await nextFrame()
    await nextFrame()
    expect(redraw).toHaveBeenCalledTimes(1)
    const drawn = [...container.querySelectorAll('.vis-item-content')].map((element) => element.textContent)
    expect(drawn).toEqual(['b moved'])
  })

  it('holds nothing before the item set was first drawn, or when its internals are not there', async () => {
    const change = vi.fn()
    withItemRedrawsHeld(null, change)
    withItemRedrawsHeld(Object.create(Timeline.prototype) as Timeline, change)
    expect(change).toHaveBeenCalledTimes(2)
    const { items, timeline, itemSet, redraw } = await setup()
    itemSet.initialItemSetDrawn = false
    withItemRedrawsHeld(timeline, () => {
      refresh(items)
    })
    expect(redraw).toHaveBeenCalled()
  })

  it('asks for no redraw when nothing changed (a refresh on every redraw would loop)', async () => {
    const { timeline, redraw } = await setup()
    const queued = vi.spyOn(timeline as unknown as { _redraw: () => void }, '_redraw')
    withItemRedrawsHeld(timeline, () => {})
    await nextFrame()
    expect(queued).not.toHaveBeenCalled()
    expect(redraw).not.toHaveBeenCalled()
  })

  it('gives the redraw back when the change throws', async () => {
    const { timeline, itemSet } = await setup()
    expect(() => {
      withItemRedrawsHeld(timeline, () => {
        throw new Error('bad item')
      })
    }).toThrow('bad item')
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false)
  })
})

describe('withFirstDrawHeld', () => {
  type Group = { id: string; content: string }
  const WINDOW = { start: new Date(Date.UTC(2025, 0, 1)), end: new Date(Date.UTC(2025, 1, 1)) }

  /** A new widget with neither groups nor items, and a count of the redraws it makes at once (its `_origRedraw`). */
  function bare() {
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(800)
    const container = document.createElement('div')
    document.body.append(container)
    const timeline = new Timeline(container, null as unknown as DataSet<Item>, WINDOW)
    timelines.push(timeline)
    const internals = timeline as unknown as { _origRedraw: () => void }
    const original = internals._origRedraw
    let atOnce = 0
    internals._origRedraw = () => {
      atOnce++
      original()
    }
    return { container, timeline, atOnce: () => atOnce }
  }

  const fill = (timeline: Timeline) => {
    timeline.setGroups(
      new DataSet<Group>([
        { id: 'g1', content: 'Lane one' },
        { id: 'g2', content: 'Lane two' },
      ]),
    )
    const items = new DataSet<Item & { group: string }>()
    timeline.setItems(items)
    items.add([
      { ...item('a', 10), group: 'g1' },
      { ...item('b', 20), group: 'g2' },
    ])
  }

  it('without it, a new timeline redraws at once for its groups and again for its first items', () => {
    const { timeline, atOnce } = bare()
    fill(timeline)
    expect(atOnce()).toBeGreaterThanOrEqual(2)
  })

  it('draws the groups and first items once, in the next animation frame, with every lane and item in place', async () => {
    const { container, timeline, atOnce } = bare()
    withFirstDrawHeld(timeline, () => {
      fill(timeline)
    })
    expect(atOnce()).toBe(0)
    expect(container.querySelectorAll('.vis-item')).toHaveLength(0) // nothing drawn yet
    await nextFrame()
    await nextFrame()
    const labels = [...container.querySelectorAll('.vis-label .vis-inner')].map(
      (element) => element.textContent,
    )
    expect(labels).toEqual(['Lane one', 'Lane two'])
    const drawn = [...container.querySelectorAll('.vis-item-content')].map((element) => element.textContent)
    expect(drawn.sort()).toEqual(['a', 'b'])
    expect((timeline as unknown as { itemSet: ItemSetInternals }).itemSet.initialItemSetDrawn).toBe(true)
  })

  it('holds nothing once the widget has been drawn, and gives the redraw back when the change throws', async () => {
    const { timeline } = await setup()
    const internals = timeline as unknown as { _origRedraw: () => void }
    const original = internals._origRedraw
    const change = vi.fn()
    withFirstDrawHeld(timeline, change)
    expect(change).toHaveBeenCalledTimes(1)
    expect(internals._origRedraw).toBe(original)

    const fresh = bare().timeline as unknown as { _origRedraw: () => void }
    const before = fresh._origRedraw
    expect(() => {
      withFirstDrawHeld(fresh as unknown as Timeline, () => {
        throw new Error('bad group')
      })
    }).toThrow('bad group')
    expect(fresh._origRedraw).toBe(before)
  })
})
