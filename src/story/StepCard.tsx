/**
 * One story step as a card (presentational: props in, callbacks out, no store): the story's title, "step N of M",
 * the step's headline, its date with precision, the claim badge, the step's note, and Previous / Next beside them.
 * Used by the story, present and phone layouts, and by embeds. The app wraps it in StoryStepCard (store → props).
 *
 * Contract kept for tests and embeds: the card is `[data-testid="story-controls"][data-step="N"]`, Previous and Next
 * are `.story-previous` / `.story-next` (aria-disabled at either end, never disabled, so focus is not lost), the count
 * is `.story-step-count` and the note `.story-note`.
 */
import type { KeyboardEventHandler, ReactNode, Ref } from 'react'

export type StepCardProps = {
  storyId: string
  storyTitle: string
  /** 1-based. */
  stepNumber: number
  stepCount: number
  /** "Step 3 of 12", in the reader's language. */
  stepOfLabel: string
  /** The step's event title; absent for a step that is only a time window. */
  headline?: string | undefined
  /** The step's date as text (with its precision: "Feb 2025", "c. 2020") and as an ISO date for <time>. */
  date?: { text: string; dateTime: string } | undefined
  /** The claim status badge (src/ui/StatusBadge), when the step has an event. */
  badge?: ReactNode
  /** The step's note in the reader's language. */
  note: string
  previousLabel: string
  nextLabel: string
  onPrevious: () => void
  onNext: () => void
  /** Visually hidden help for screen readers (keyboard hints). */
  help?: string
  /** 'large' for a projector, 'compact' for a bottom sheet's peek. */
  size?: 'normal' | 'large' | 'compact'
  /** More controls under the text (Exit, Present, "hide later events", details on demand). */
  children?: ReactNode
  onKeyDown?: KeyboardEventHandler<HTMLElement>
  cardRef?: Ref<HTMLElement>
  /** Prefix for the element ids, so two cards on one page keep distinct ids. */
  idPrefix?: string
  /** False where Previous/Next live elsewhere (the phone's step bar). */
  showNav?: boolean
}

export function StepCard({
  storyId,
  storyTitle,
  stepNumber,
  stepCount,
  stepOfLabel,
  headline,
  date,
  badge,
  note,
  previousLabel,
  nextLabel,
  onPrevious,
  onNext,
  help,
  size = 'normal',
  children,
  onKeyDown,
  cardRef,
  idPrefix = 'story',
  showNav = true,
}: StepCardProps) {
  const isFirst = stepNumber <= 1
  const isLast = stepNumber >= stepCount
  return (
    <section
      ref={cardRef}
      className={`step-card step-card-${size}`}
      aria-labelledby={`${idPrefix}-title`}
      {...(help ? { 'aria-describedby': `${idPrefix}-help` } : {})}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="story-controls"
      data-story-id={storyId}
      data-step={stepNumber}
    >
      <div className="step-card-head">
        <h2 id={`${idPrefix}-title`} className="story-title">
          {storyTitle}
        </h2>
        <p className="story-step-count" aria-live="polite" aria-atomic="true">
          {stepOfLabel}
        </p>
      </div>
      {help ? (
        <p id={`${idPrefix}-help`} className="visually-hidden">
          {help}
        </p>
      ) : null}
      <div className="step-card-body">
        {headline ? <h3 className="step-headline">{headline}</h3> : null}
        {date || badge ? (
          <p className="step-meta">
            {date ? <time dateTime={date.dateTime}>{date.text}</time> : null} {badge}
          </p>
        ) : null}
        <p className="story-note">{note}</p>
      </div>
      {showNav ? (
        <div className="story-nav">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus at either end. */}
          <button type="button" className="story-previous" aria-disabled={isFirst} onClick={onPrevious}>
            <span aria-hidden="true">← </span>
            {previousLabel}
          </button>
          <button type="button" className="story-next" aria-disabled={isLast} onClick={onNext}>
            {nextLabel}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      ) : null}
      {children ? <div className="story-options">{children}</div> : null}
    </section>
  )
}
