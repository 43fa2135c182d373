import { describe, expect, it } from 'vitest'
import { decodeUrlState, encodeUrlState, urlVocabulary } from './urlState'
import { makeDataset } from '../test/fixtures'

const dataset = makeDataset({
  events: [{ id: 'a' }, { id: 'b' }],
  stories: [{ id: 'tour', steps: [{ eventId: 'a' }, { eventId: 'b' }, { eventId: 'a' }] }],
})
const decode = (search: string) =>
  decodeUrlState(search, new Set(dataset.events.map((event) => event.id)), urlVocabulary(dataset))
const DEFAULTS = { lang: 'en', view: 'map', laneMode: 'category' } as const

describe('story parameters in links', () => {
  it('reads a story and a step counted from 1', () => {
    expect(decode('?story=tour&step=3')).toEqual({ state: { storyId: 'tour', stepIndex: 2 }, problems: [] })
  })

  it('opens the first step when the link names no step', () => {
    expect(decode('?story=tour').state).toEqual({ storyId: 'tour', stepIndex: 0 })
  })

  it('falls back to the explorer with a notice for an unknown story', () => {
    const { state, problems } = decode('?story=no-such-story&step=2')
    expect(state).toEqual({})
    expect(problems).toEqual([
      expect.objectContaining({ row: 'link', field: 'story', value: '"no-such-story"', severity: 'warning' }),
    ])
  })

  it.each(['0', '4', '-1', '1.5', 'two', '99999'])(
    'falls back to step 1 with a notice for step=%s',
    (step) => {
      const { state, problems } = decode(`?story=tour&step=${step}`)
      expect(state).toEqual({ storyId: 'tour', stepIndex: 0 })
      expect(problems).toEqual([
        expect.objectContaining({ row: 'link', field: 'step', value: JSON.stringify(step) }),
      ])
    },
  )

  it('ignores a step without a story, with a notice', () => {
    const { state, problems } = decode('?step=2')
    expect(state).toEqual({})
    expect(problems).toEqual([expect.objectContaining({ field: 'step' })])
  })

  it('reads presentation mode and "hide later events", and rejects other values', () => {
    expect(decode('?present=1&hide=later').state).toEqual({ isPresenting: true, hideLaterEvents: true })
    const { state, problems } = decode('?present=yes&hide=all')
    expect(state).toEqual({})
    expect(problems.map((problem) => problem.field)).toEqual(['present', 'hide'])
  })

  it('never takes markup in a story id for anything but a quoted value', () => {
    const markup = '<script>alert(1)</script>'
    const { state, problems } = decode(`?story=${encodeURIComponent(markup)}`)
    expect(state).toEqual({})
    expect(problems[0]?.value).toBe(JSON.stringify(markup))
  })

  it('writes the story, the step from 1, presenting and hiding, and round-trips', () => {
    const query = encodeUrlState({
      ...DEFAULTS,
      selectedId: 'b',
      storyId: 'tour',
      stepIndex: 1,
      isPresenting: true,
      hideLaterEvents: true,
    })
    expect(query).toBe('?event=b&story=tour&step=2&present=1&hide=later')
    expect(decode(query)).toEqual({
      state: { selectedId: 'b', storyId: 'tour', stepIndex: 1, isPresenting: true, hideLaterEvents: true },
      problems: [],
    })
  })

  it('leaves story parameters out when no story is open', () => {
    expect(encodeUrlState({ ...DEFAULTS, storyId: null, stepIndex: 0, isPresenting: false })).toBe('')
  })
})
