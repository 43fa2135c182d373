/**
 * Checks the guided stories against the schema and against the events they point to. A step whose event is missing
 * is reported (story id, step index, field and value) and dropped; the rest of the story is kept. A story with no
 * usable step left is skipped.
 */
import { endMsOf, isBefore, parseCalendarDate, startMsOf } from './calendarDate'
import { storySchema, type RawStory } from './schema'
import type { EventRecord, Problem, Story, StoryStep } from './types'
import { problem, zodProblems } from './validateDataset'

type RawStep = RawStory['steps'][number]

export function validateStories(
  rows: readonly unknown[],
  eventsById: ReadonlyMap<string, EventRecord>,
  problems: Problem[],
): Story[] {
  const seen = new Set<string>()
  const stories: Story[] = []
  rows.forEach((row, index) => {
    const label = storyLabel(row, index)
    const result = storySchema.safeParse(row)
    if (!result.success) {
      problems.push(...zodProblems(result.error, row, label))
      return
    }
    const { $schema: _schema, steps: rawSteps, ...rest } = result.data
    if (seen.has(rest.id)) {
      problems.push(
        problem('error', label, 'id', rest.id, 'repeats the id of an earlier story', 'ids must be unique; this story was skipped'),
      )
      return
    }
    seen.add(rest.id)
    const steps = rawSteps.flatMap((raw, stepIndex) => {
      const step = toStep(raw, `steps[${stepIndex}]`, label, eventsById, problems)
      return step ? [step] : []
    })
    if (steps.length === 0) {
      problems.push(problem('error', label, 'steps', rawSteps.length, 'has no usable step', 'this story was skipped'))
      return
    }
    stories.push({ ...rest, steps })
  })
  return stories
}

function toStep(
  raw: RawStep,
  field: string,
  label: string,
  eventsById: ReadonlyMap<string, EventRecord>,
  problems: Problem[],
): StoryStep | null {
  const event = raw.eventId === undefined ? undefined : eventsById.get(raw.eventId)
  if (raw.eventId !== undefined && !event) {
    problems.push(
      problem(
        'error',
        label,
        `${field}.eventId`,
        raw.eventId,
        'points to no event in the dataset; the step was dropped',
        'check the id against the file names in data/events/',
      ),
    )
    return null
  }
  const from = raw.from === undefined ? null : parseCalendarDate(raw.from)
  const to = raw.to === undefined ? null : parseCalendarDate(raw.to)
  if (from && to && isBefore(to, from)) {
    problems.push(
      problem('error', label, `${field}.to`, raw.to, `ends before it starts (${raw.from ?? ''})`, 'swap "from" and "to"'),
    )
    return null
  }
  const window = from && to ? { startMs: startMsOf(from), endMs: endMsOf(to) } : undefined
  const atMs = event ? event.when.startMs : window ? window.endMs - 1 : null
  if (atMs === null) return null // the schema guarantees an event or a window
  return {
    ...(event ? { eventId: event.id } : {}),
    ...(window ? { window } : {}),
    ...(raw.map ? { map: raw.map } : {}),
    note: raw.note,
    ...(raw.presenterNote ? { presenterNote: raw.presenterNote } : {}),
    atMs,
  }
}

function storyLabel(row: unknown, index: number): string {
  const id = row !== null && typeof row === 'object' ? (row as Record<string, unknown>).id : undefined
  return typeof id === 'string' && id.length > 0 && id.length <= 100
    ? `story "${id}" (stories[${index}])`
    : `stories[${index}]`
}
