/**
 * The story and presentation part of a link: `?story=<id>&step=<n>&present=1&hide=later`. Steps count from 1 in
 * links, as on screen. An unknown story opens the explorer, an out-of-range step opens step 1; both with a notice.
 */
import type { Dataset } from '../data/types'
import type { InitialState } from './store'

export type StoryUrlState = Pick<InitialState, 'storyId' | 'stepIndex' | 'isPresenting' | 'hideLaterEvents'>

/** Story id → number of steps: what a link may name. */
export type StoryVocabulary = ReadonlyMap<string, number>

export function decodeStoryParams(
  read: (name: string) => string | null,
  reject: (field: string, value: string, message: string) => void,
  stories: StoryVocabulary,
): StoryUrlState {
  const state: StoryUrlState = {}
  const story = read('story')
  const step = read('step')
  if (story !== null) {
    const stepCount = stories.get(story)
    if (stepCount === undefined) {
      reject('story', story, 'names no story in this dataset; showing the explorer')
    } else {
      state.storyId = story
      state.stepIndex = 0
      if (step !== null) {
        const n = /^\d{1,4}$/.test(step) ? Number(step) : Number.NaN
        if (n >= 1 && n <= stepCount) state.stepIndex = n - 1
        else reject('step', step, `is not a step of this story (1 to ${stepCount}); showing step 1`)
      }
    }
  } else if (step !== null) {
    reject('step', step, 'needs a story and was ignored')
  }
  const present = read('present')
  if (present !== null) {
    if (present === '1') state.isPresenting = true
    else reject('present', present, 'is not 1 and was ignored')
  }
  const hide = read('hide')
  if (hide !== null) {
    if (hide === 'later') state.hideLaterEvents = true
    else reject('hide', hide, 'is not "later" and was ignored')
  }
  return state
}

export function encodeStoryParams(params: URLSearchParams, state: StoryUrlState): void {
  if (state.storyId) {
    params.set('story', state.storyId)
    params.set('step', String((state.stepIndex ?? 0) + 1))
  }
  if (state.isPresenting) params.set('present', '1')
  if (state.hideLaterEvents) params.set('hide', 'later')
}

export function storyVocabulary(dataset: Pick<Dataset, 'stories'>): StoryVocabulary {
  return new Map(dataset.stories.map((story) => [story.id, story.steps.length]))
}
