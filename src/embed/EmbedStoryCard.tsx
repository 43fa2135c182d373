/**
 * A story in an embed, as StoryMapJS shows one: a single step card (the layouts' presentational StepCard) with
 * Previous / Next, the step's headline, date, claim badge and note, its sources one click away and "Open in full
 * view ↗". No presenter notes, "hide later events" or exit: those are the classroom's, not an article's.
 */
import type { KeyboardEvent } from 'react'
import { formatDateSpan } from '../data/formatDate'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectStory } from '../state/story'
import { StepCard } from '../story/StepCard'
import { isTypingTarget } from '../story/useStoryKeys'
import { StatusBadge } from '../ui/StatusBadge'
import { FullViewLink, SourcesDisclosure } from './EmbedCard'

export function EmbedStoryCard({ fullViewHref }: { fullViewHref: string }) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const story = useAppState(selectStory)
  const stepIndex = useAppState((s) => s.stepIndex)
  const eventsById = useAppState((s) => s.eventsById)
  if (!story) return null
  const step = story.steps[stepIndex]
  const event = step?.eventId === undefined ? undefined : eventsById.get(step.eventId)

  function handleKeyDown(key: KeyboardEvent<HTMLElement>) {
    if (isTypingTarget(key.target)) return
    if (key.key === 'ArrowRight') store.getState().nextStep()
    else if (key.key === 'ArrowLeft') store.getState().previousStep()
    else return
    key.preventDefault()
  }

  return (
    <StepCard
      storyId={story.id}
      storyTitle={story.title[lang]}
      stepNumber={stepIndex + 1}
      stepCount={story.steps.length}
      stepOfLabel={messages.story.stepOf(stepIndex + 1, story.steps.length)}
      headline={event?.title[lang]}
      date={event ? { text: formatDateSpan(event.when, lang), dateTime: event.when.start.iso } : undefined}
      badge={event ? <StatusBadge status={event.claim.status} messages={messages} /> : undefined}
      note={step?.note[lang] ?? ''}
      previousLabel={messages.story.previous}
      nextLabel={messages.story.next}
      onPrevious={() => {
        store.getState().previousStep()
      }}
      onNext={() => {
        store.getState().nextStep()
      }}
      help={messages.story.help}
      size="compact"
      onKeyDown={handleKeyDown}
      idPrefix="embed-story"
    >
      {event ? <SourcesDisclosure event={event} /> : null}
      <FullViewLink href={fullViewHref} />
    </StepCard>
  )
}
