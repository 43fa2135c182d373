/**
 * The open story: its title, "step n of N", the step's note, Previous/Next and the presenter's switches. Arrow keys
 * move through the steps while the panel has focus; Page Up/Page Down work anywhere (useStoryKeys).
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectStory } from '../state/story'
import { isTypingTarget } from './useStoryKeys'

export function StoryControls({
  focusOnOpen = false,
  onExit,
  tools,
}: {
  focusOnOpen?: boolean
  onExit?: () => void
  /** More buttons for the options row (the app puts "Present" there). */
  tools?: ReactNode
}) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const story = useAppState(selectStory)
  const stepIndex = useAppState((s) => s.stepIndex)
  const hideLaterEvents = useAppState((s) => s.hideLaterEvents)
  const showPresenterNotes = useAppState((s) => s.showPresenterNotes)
  const panelRef = useRef<HTMLElement>(null)
  const text = messages.story

  useEffect(
    function focusPanelWhenOpened() {
      if (focusOnOpen) panelRef.current?.focus()
    },
    [focusOnOpen],
  )

  if (!story) return null
  const step = story.steps[stepIndex]
  const isFirst = stepIndex === 0
  const isLast = stepIndex === story.steps.length - 1

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (isTypingTarget(event.target)) return
    if (event.key === 'ArrowRight') store.getState().nextStep()
    else if (event.key === 'ArrowLeft') store.getState().previousStep()
    else return
    event.preventDefault()
  }

  return (
    <section
      ref={panelRef}
      className="story-controls"
      aria-labelledby="story-title"
      aria-describedby="story-help"
      tabIndex={-1}
      onKeyDown={handleKeyDown}
      data-testid="story-controls"
      data-story-id={story.id}
      data-step={stepIndex + 1}
    >
      <h2 id="story-title" className="story-title">
        {story.title[lang]}
      </h2>
      <p id="story-help" className="visually-hidden">
        {text.help}
      </p>
      <div className="story-nav">
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus at either end. */}
        <button
          type="button"
          className="story-previous"
          aria-disabled={isFirst}
          onClick={() => {
            store.getState().previousStep()
          }}
        >
          <span aria-hidden="true">← </span>
          {text.previous}
        </button>
        <button
          type="button"
          className="story-next"
          aria-disabled={isLast}
          onClick={() => {
            store.getState().nextStep()
          }}
        >
          {text.next}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="story-options">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={hideLaterEvents}
            onChange={(change) => {
              store.getState().setHideLaterEvents(change.target.checked)
            }}
          />
          {text.hideLater}
        </label>
        <button
          type="button"
          aria-pressed={showPresenterNotes}
          onClick={() => {
            store.getState().setShowPresenterNotes(!showPresenterNotes)
          }}
        >
          {text.presenterNotes}
        </button>
        <button
          type="button"
          className="story-exit"
          onClick={() => {
            store.getState().exitStory()
            onExit?.()
          }}
        >
          {text.exit}
        </button>
        {tools}
      </div>
      <div className="story-text">
        <p className="story-step" aria-live="polite" aria-atomic="true">
          <strong className="story-step-count">{text.stepOf(stepIndex + 1, story.steps.length)}</strong>{' '}
          {step ? <span className="story-note">{step.note[lang]}</span> : null}
        </p>
        {showPresenterNotes && step?.presenterNote ? (
          <aside className="presenter-note" aria-label={text.presenterNotes}>
            <p>{step.presenterNote[lang]}</p>
          </aside>
        ) : null}
      </div>
    </section>
  )
}
