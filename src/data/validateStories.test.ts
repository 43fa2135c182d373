import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem } from './formatProblem'
import { validateDataset } from './validateDataset'

const fixture = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8'))

describe('story validation', () => {
  const { dataset, problems } = validateDataset(fixture('bad/story-step-missing-event.json'))
  const errors = problems.filter((problem) => problem.severity === 'error')

  it('reports a step pointing to a missing event with the story id, step index, field and value', () => {
    expect(errors.map(formatProblem)).toEqual([
      expect.stringContaining(
        'story "broken-story" (stories[1]) › steps[1].eventId = "2025-09-09-no-such-event": points to no event',
      ),
    ])
  })

  it('keeps the valid stories whole and the broken one without its bad step', () => {
    expect(dataset.stories.map((story) => [story.id, story.steps.length])).toEqual([
      ['good-story', 3],
      ['broken-story', 1],
    ])
  })

  it('turns steps into events, windows and the date the step stands at', () => {
    const [first, second, third] = dataset.stories[0]!.steps
    expect(first).toMatchObject({ eventId: '2020-06-b', atMs: Date.UTC(2020, 5, 1) })
    expect(second).toMatchObject({
      window: { startMs: Date.UTC(2025, 1, 1), endMs: Date.UTC(2025, 3, 1) },
      map: { lat: 20, lon: -100, zoom: 5 },
      presenterNote: { en: 'Say this.' },
      atMs: Date.UTC(2025, 3, 1) - 1,
    })
    expect(second?.eventId).toBeUndefined()
    expect(third).toMatchObject({ eventId: '2025-02-27-a' })
  })

  it('accepts a dataset without stories', () => {
    const result = validateDataset(fixture('good.json'))
    expect(result.dataset.stories).toEqual([])
    expect(result.problems).toEqual([])
  })

  const base = fixture('good.json') as Record<string, unknown>
  const note = { en: 'n', es: 'n', de: 'n' }
  const story = (steps: unknown[], id = 's') => ({ id, title: note, summary: note, steps })
  const check = (stories: unknown[]) => validateDataset({ ...base, stories })

  it.each([
    ['a step with neither event nor window', [{ note }], /needs an "eventId", or a time window/],
    ['a window without its end', [{ from: '2025-01', note }], /"from" and "to" go together/],
    ['a window that ends before it starts', [{ from: '2025-03', to: '2025-01', note }], /ends before it starts/],
    ['a note missing a language', [{ eventId: '2025-c', note: { en: 'n', es: 'n' } }], /./],
    ['an unknown field', [{ eventId: '2025-c', note, zoom: 3 }], /not a known field/],
    ['no steps at all', [], /at least one step/],
  ])('reports %s', (_, steps, message) => {
    const { problems: found } = check([story(steps)])
    expect(found.some((p) => p.severity === 'error' && p.row.includes('story "s"') && message.test(p.message))).toBe(
      true,
    )
  })

  it('skips a story whose id repeats an earlier one', () => {
    const { dataset: checked, problems: found } = check([
      story([{ eventId: '2025-c', note }]),
      story([{ eventId: '2025-c', note }]),
    ])
    expect(checked.stories).toHaveLength(1)
    expect(found).toEqual([expect.objectContaining({ row: 'story "s" (stories[1])', field: 'id' })])
  })

  it('skips a story none of whose steps can be shown', () => {
    const { dataset: checked } = check([story([{ eventId: 'nothing', note }])])
    expect(checked.stories).toEqual([])
  })
})

describe('the bundled stories', () => {
  it('all load without problems, with at least six steps each, every event step pointing to an event', async () => {
    const { readDataDir } = await import('../../scripts/readDataDir')
    const { input } = readDataDir('data')
    const { dataset: bundled, problems } = validateDataset(input)
    expect(problems.filter((p) => p.row.startsWith('stor'))).toEqual([])
    expect(bundled.stories.length).toBeGreaterThanOrEqual(2)
    const ids = new Set(bundled.events.map((event) => event.id))
    for (const story of bundled.stories) {
      expect(story.steps.length).toBeGreaterThanOrEqual(6)
      for (const step of story.steps) if (step.eventId) expect(ids.has(step.eventId)).toBe(true)
      // Steps go forwards in time, so "hide events after this step" never hides an earlier step's event.
      const dates = story.steps.map((step) => step.atMs)
      expect(dates).toEqual([...dates].sort((x, y) => x - y))
    }
  })
})
