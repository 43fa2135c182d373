// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ReaderBar } from '../app/ReaderBar'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'

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

describe('the story bar', () => {
  it('starts the chosen story from the picker and moves focus into the story panel', () => {
    const { store } = renderWithStore(<ReaderBar />, { dataset })
    fireEvent.click(screen.getByRole('button', { name: 'Start' }))
    expect(store.getState()).toMatchObject({ storyId: 'tour', stepIndex: 0, selectedId: 'a' })
    expect(screen.getByRole('heading', { name: 'A tour' })).toBeTruthy()
    expect(screen.getByText('Step 1 of 2')).toBeTruthy()
    expect(screen.getByText('First note.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByTestId('story-controls'))
  })

  it('moves with the arrow keys in the panel and with Page Down/Page Up anywhere', () => {
    const { store } = renderWithStore(<ReaderBar />, { dataset, storyId: 'tour', stepIndex: 0 })
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

  it('marks Previous as unavailable on the first step without disabling it', () => {
    renderWithStore(<ReaderBar />, { dataset, storyId: 'tour', stepIndex: 0 })
    const previous = screen.getByRole('button', { name: /Previous/ })
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(previous.hasAttribute('disabled')).toBe(false)
  })

  it('shows presenter notes only when asked, and switches "hide later events"', () => {
    const { store } = renderWithStore(<ReaderBar />, { dataset, storyId: 'tour', stepIndex: 0 })
    expect(screen.queryByText('Ask the class.')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Presenter notes' }))
    expect(screen.getByText('Ask the class.')).toBeTruthy()
    fireEvent.click(screen.getByRole('switch', { name: 'Hide events after this step' }))
    expect(store.getState().hideLaterEvents).toBe(true)
  })

  it('exits to the picker and puts the focus on it', () => {
    const { store } = renderWithStore(<ReaderBar />, { dataset, storyId: 'tour', stepIndex: 1 })
    fireEvent.click(screen.getByRole('button', { name: 'Exit story' }))
    expect(store.getState().storyId).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Guided stories' }))
  })

  it('offers playback while no story is open, with the play state on the button', () => {
    const { store } = renderWithStore(<ReaderBar />, { dataset })
    const play = screen.getByRole('button', { name: 'Play' })
    expect(play.getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByTestId('playhead').textContent).toBe('All dates')
    fireEvent.click(play)
    expect(store.getState().isPlaying).toBe(true)
    expect(play.getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByTestId('playhead').textContent).toBe('Up to Jan 1, 2025')
    fireEvent.click(screen.getByRole('button', { name: 'Stop playback and show every event' }))
    expect(store.getState()).toMatchObject({ isPlaying: false, playheadMs: null })
  })
})
