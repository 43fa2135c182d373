/**
 * The open story's step card, connected to the store: the step's event (headline, date, claim badge), its note in
 * the reader's language, Previous/Next, and the options a layout passes in (`tools`). Arrow keys move through the
 * steps while the card has focus; Page Up/Page Down work anywhere (useStoryKeys). Presenter notes are never drawn
 * here: they belong to the presenter window (src/presentation/PresenterWindow.tsx), never on the projected screen.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { formatDateSpan } from '../data/formatDate'
import type { Lang, StoryStep } from '../data/types'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectStory } from '../state/story'
import { StatusBadge } from '../ui/StatusBadge'
import { StepCard } from './StepCard'
import { isTypingTarget } from './useStoryKeys'

export function StoryControls({
  focusOnOpen = false,
  onExit,
  tools,
  size = 'normal',
  showExit = true,
  showHideLater = true,
  showNav = true,
}: {
  focusOnOpen?: boolean
  onExit?: () => void
  /** More controls for the card's options row (Present, details on demand). */
  tools?: ReactNode
  size?: 'normal' | 'large' | 'compact'
  showExit?: boolean
  showHideLater?: boolean
  /** False where Previous/Next live elsewhere (the phone's step bar). */
  showNav?: boolean
}) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const story = useAppState(selectStory)
  const stepIndex = useAppState((s) => s.stepIndex)
  const hideLaterEvents = useAppState((s) => s.hideLaterEvents)
  const eventsById = useAppState((s) => s.eventsById)
  const cardRef = useRef<HTMLElement>(null)
  const text = messages.story

  useEffect(
    function focusCardWhenOpened() {
      if (focusOnOpen) cardRef.current?.focus()
    },
    [focusOnOpen],
  )

  if (!story) return null
  const step = story.steps[stepIndex]
  if (!step) return null
  const event = step.eventId ? eventsById.get(step.eventId) : undefined

  function handleKeyDown(keyEvent: KeyboardEvent<HTMLElement>) {
    if (isTypingTarget(keyEvent.target)) return
    if (keyEvent.key === 'ArrowRight') store.getState().nextStep()
    else if (keyEvent.key === 'ArrowLeft') store.getState().previousStep()
    else return
    keyEvent.preventDefault()
  }

  return (
    <StepCard
      cardRef={cardRef}
      storyId={story.id}
      storyTitle={story.title[lang]}
      stepNumber={stepIndex + 1}
      stepCount={story.steps.length}
      stepOfLabel={text.stepOf(stepIndex + 1, story.steps.length)}
      headline={event ? event.title[lang] : messages.layouts.timeWindow}
      date={
        event
          ? { text: formatDateSpan(event.when, lang), dateTime: event.when.start.iso }
          : windowDate(step, lang)
      }
      badge={event ? <StatusBadge status={event.claim.status} messages={messages} /> : null}
      note={step.note[lang]}
      previousLabel={text.previous}
      nextLabel={text.next}
      onPrevious={() => {
        store.getState().previousStep()
      }}
      onNext={() => {
        store.getState().nextStep()
      }}
      help={text.help}
      size={size}
      showNav={showNav}
      onKeyDown={handleKeyDown}
    >
      {showHideLater ? (
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
      ) : null}
      {tools}
      {showExit ? (
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
      ) : null}
    </StepCard>
  )
}

/** A step that is only a time window: its months, "Sep – Oct 2025". */
function windowDate(step: StoryStep, lang: Lang): { text: string; dateTime: string } | undefined {
  if (!step.window) return undefined
  const format = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  return {
    text: format.formatRange(step.window.startMs, step.window.endMs - 1),
    dateTime: new Date(step.window.startMs).toISOString().slice(0, 10),
  }
}
