// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { BottomSheet } from '../ui/BottomSheet'
import { StepCard } from './StepCard'
import { StoryControls } from './StoryControls'
import { StoryList } from './StoryList'
import { useStoryKeys } from './useStoryKeys'
import { render } from '@testing-library/react'

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-01' },
    { id: 'b', start: '2025-02-01' },
  ],
  stories: [
    {
      id: 'tour',
      title: 'A tour',
      steps: [
        { eventId: 'a', note: 'First note.', presenterNote: 'Ask the class.' },
        { eventId: 'b', note: 'Second note.' },
      ],
    },
  ],
})

afterEach(cleanup)

function StoryWithKeys() {
  useStoryKeys()
  return <StoryControls />
}

describe('the story list', () => {
  it('starts a story from its own Start button, named with its title', () => {
    const { store } = renderWithStore(<StoryList />, { dataset })
    expect(screen.getByRole('heading', { name: 'A tour' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Start the story: A tour' }))
    expect(store.getState()).toMatchObject({ storyId: 'tour', stepIndex: 0, selectedId: 'a' })
  })
})

describe('the step card', () => {
  it('shows the story, the step count, the step’s event, its note, and never the presenter note', () => {
    renderWithStore(<StoryControls focusOnOpen />, { dataset, storyId: 'tour', stepIndex: 0 })
    expect(screen.getByRole('heading', { name: 'A tour' })).toBeTruthy()
    expect(screen.getByText('Step 1 of 2')).toBeTruthy()
    expect(screen.getByText('First note.')).toBeTruthy()
    expect(document.body.textContent).not.toContain('Ask the class.')
    expect(document.activeElement).toBe(screen.getByTestId('story-controls'))
  })

  it('moves with the arrow keys in the card and with Page Down/Page Up anywhere', () => {
    const { store } = renderWithStore(<StoryWithKeys />, { dataset, storyId: 'tour', stepIndex: 0 })
    fireEvent.keyDown(screen.getByTestId('story-controls'), { key: 'ArrowRight' })
    expect(store.getState()).toMatchObject({ stepIndex: 1, selectedId: 'b' })
    fireEvent.keyDown(screen.getByTestId('story-controls'), { key: 'ArrowLeft' })
    expect(store.getState().stepIndex).toBe(0)
    fireEvent.keyDown(document.body, { key: 'PageDown' })
    expect(store.getState().stepIndex).toBe(1)
    expect(screen.getByText('Second note.')).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'PageUp' })
    expect(store.getState().stepIndex).toBe(0)
  })

  it('asks the map and the timeline to frame each step’s event', () => {
    const { store } = renderWithStore(<StoryControls />, { dataset, storyId: 'tour', stepIndex: 0 })
    fireEvent.click(screen.getByRole('button', { name: /Next/ }))
    const frame = store.getState().frame
    expect(frame).toMatchObject({ eventIds: ['b'], window: null })
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }))
    expect(store.getState().frame?.eventIds).toEqual(['a'])
    expect(store.getState().frame?.seq).toBeGreaterThan(frame?.seq ?? 0)
  })

  it('marks Previous as unavailable on the first step without disabling it', () => {
    renderWithStore(<StoryControls />, { dataset, storyId: 'tour', stepIndex: 0 })
    const previous = screen.getByRole('button', { name: /Previous/ })
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(previous.hasAttribute('disabled')).toBe(false)
  })

  it('switches "hide later events" and exits', () => {
    const { store } = renderWithStore(<StoryControls />, { dataset, storyId: 'tour', stepIndex: 1 })
    fireEvent.click(screen.getByRole('switch', { name: 'Hide events after this step' }))
    expect(store.getState().hideLaterEvents).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Exit story' }))
    expect(store.getState()).toMatchObject({ storyId: null, frame: null })
  })

  it('is presentational: props in, callbacks out', () => {
    const calls: string[] = []
    render(
      <StepCard
        storyId="s"
        storyTitle="Title"
        stepNumber={2}
        stepCount={3}
        stepOfLabel="2 / 3"
        headline="Headline"
        date={{ text: 'Feb 2025', dateTime: '2025-02-01' }}
        note="Note"
        previousLabel="Back"
        nextLabel="On"
        onPrevious={() => calls.push('previous')}
        onNext={() => calls.push('next')}
      />,
    )
    expect(screen.getByRole('heading', { name: 'Headline' })).toBeTruthy()
    expect(screen.getByText('Feb 2025').getAttribute('datetime')).toBe('2025-02-01')
    fireEvent.click(screen.getByRole('button', { name: /On/ }))
    fireEvent.click(screen.getByRole('button', { name: /Back/ }))
    expect(calls).toEqual(['next', 'previous'])
  })
})

describe('the bottom sheet', () => {
  it('keeps its bar in view and cycles peek → half → full with its handle', () => {
    const snaps: string[] = []
    const { rerender } = render(
      <BottomSheet
        label="Sheet"
        snap="peek"
        onSnapChange={(snap) => snaps.push(snap)}
        bar={<p>Bar</p>}
        expandLabel="More"
        collapseLabel="Less"
      >
        <p>Body</p>
      </BottomSheet>,
    )
    expect(screen.getByRole('region', { name: 'Sheet' }).dataset.snap).toBe('peek')
    fireEvent.click(screen.getByRole('button', { name: 'More' }))
    rerender(
      <BottomSheet
        label="Sheet"
        snap="full"
        onSnapChange={(snap) => snaps.push(snap)}
        bar={<p>Bar</p>}
        expandLabel="More"
        collapseLabel="Less"
      >
        <p>Body</p>
      </BottomSheet>,
    )
    expect(screen.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'Less' }))
    expect(snaps).toEqual(['half', 'peek'])
  })
})
