import { describe, expect, it } from 'vitest'
import { change, mergeIntoBenchmarksFile, readableByBoth } from './benchCompare'
import { readDataDir } from './readDataDir'

describe('change', () => {
  it('calls out a change of more than 10 % either way, and only that', () => {
    expect(change(100, 111)).toEqual({ text: '**+11 % worse**', worse: true })
    expect(change(100, 110)).toEqual({ text: '+10 %', worse: false })
    expect(change(100, 89)).toEqual({ text: '−11 % better', worse: false })
    expect(change(100, 100)).toEqual({ text: '0 %', worse: false })
  })

  it('says n/a when a build has no figure, and does not divide by zero', () => {
    expect(change(null, 5)).toEqual({ text: 'n/a', worse: false })
    expect(change(5, null)).toEqual({ text: 'n/a', worse: false })
    expect(change(0, 0)).toEqual({ text: '0 %', worse: false })
    expect(change(0, 3)).toEqual({ text: 'from 0', worse: false })
  })
})

describe('mergeIntoBenchmarksFile', () => {
  const START = '<!-- npm run bench:compare: generated from here -->'
  const END = '<!-- npm run bench:compare: generated up to here -->'

  it('appends its section the first time, keeping everything else', () => {
    expect(mergeIntoBenchmarksFile('## Compared\n', '# Benchmarks\n\ntables\n')).toBe(
      `# Benchmarks\n\ntables\n\n${START}\n## Compared\n${END}\n`,
    )
  })

  it('replaces only its own section afterwards', () => {
    const current = `# Benchmarks\n\n${START}\n## Old\n${END}\n\n## Import\n`
    expect(mergeIntoBenchmarksFile('## New', current)).toBe(
      `# Benchmarks\n\n${START}\n## New\n${END}\n\n## Import\n`,
    )
  })
})

describe('readableByBoth', () => {
  const bundled = readDataDir('data').input
  const text = JSON.stringify(bundled)

  it('gives the bundled dataset as it is', () => {
    expect(readableByBoth(text)).toEqual({ text, left: [] })
  })

  type Row = { id: string; date: unknown; relations?: unknown[] }
  const events = bundled.events as Row[]
  const inStories = JSON.stringify(bundled.stories)
  // Events no story step names (leaving out a step's event is a problem of its story, not of an event).
  const free = events.filter((event) => !inStories.includes(`"${event.id}"`))
  const ids = (readable: ReturnType<typeof readableByBoth>) => {
    if ('reason' in readable) throw new Error(readable.reason)
    return (JSON.parse(readable.text) as { events: Row[] }).events.map((event) => event.id)
  }

  it('leaves out the events this checkout rejects, and only those', () => {
    const rejected = free[0]
    if (!rejected) throw new Error('every event is a story step')
    const broken = events.map((event) => (event === rejected ? { ...event, date: 'soon' } : event))
    const readable = readableByBoth(JSON.stringify({ ...bundled, events: broken }))
    expect(readable).toMatchObject({ left: [rejected.id] })
    expect(ids(readable)).toEqual(events.filter((event) => event !== rejected).map((event) => event.id))
  })

  it('leaves out a relation that closes a circle (b3855d4 had two), and keeps its events', () => {
    const [a, b] = free
    if (!a || !b) throw new Error('fewer than two events outside the stories')
    const circle = events.map((event) =>
      event === a
        ? { ...event, relations: [{ type: 'follows-from', id: b.id }] }
        : event === b
          ? { ...event, relations: [{ type: 'follows-from', id: a.id }] }
          : event,
    )
    const readable = readableByBoth(JSON.stringify({ ...bundled, events: circle }))
    if ('reason' in readable) throw new Error(readable.reason)
    expect(readable.left.length).toBeGreaterThan(0)
    expect([`${a.id} relations[0]`, `${b.id} relations[0]`]).toEqual(expect.arrayContaining(readable.left))
    expect(ids(readable)).toEqual(events.map((event) => event.id))
  })

  it("says why where it cannot: no JSON, or an error that is not one event's", () => {
    expect(readableByBoth('{"events": [')).toEqual({
      reason: expect.stringMatching(/^not JSON \(/) as unknown,
    })
    expect(readableByBoth(JSON.stringify({ ...bundled, categories: 'none' }))).toHaveProperty('reason')
  })

  it('leaves out a story step that named an event left out', () => {
    const step = (bundled.stories as { id: string; steps: { eventId: string }[] }[])[0]
    const named = events.find((event) => event.id === step?.steps[0]?.eventId)
    if (!step || !named) throw new Error('no story step')
    const broken = events.map((event) => (event === named ? { ...event, date: 'soon' } : event))
    const readable = readableByBoth(JSON.stringify({ ...bundled, events: broken }))
    if ('reason' in readable) throw new Error(readable.reason)
    expect(readable.left).toEqual([named.id, `story ${step.id} steps[0]`])
  })
})
