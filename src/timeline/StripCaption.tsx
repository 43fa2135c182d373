/**
 * The strip's caption (present and phone layouts): the selected event's date and whole title, across the strip's full
 * width under its marks. A title drawn beside its mark ran past the strip's right edge at the last events, where no
 * pan of the window could bring it in; the caption's place does not depend on where the mark is.
 */
import { formatDateSpan } from '../data/formatDate'
import { useMessages, useSelectedEvent } from '../state/selectors'
import { useAppState } from '../state/store'

export function StripCaption() {
  const event = useSelectedEvent()
  const lang = useAppState((s) => s.lang)
  const messages = useMessages()
  return (
    // The selection contract: every element that shows an event carries its id, and marks it when selected.
    <p
      className={event ? 'strip-caption' : 'strip-caption is-empty'}
      data-event-id={event?.id}
      data-selected={event ? 'true' : undefined}
    >
      {event ? (
        <>
          <span className="strip-caption-date">{formatDateSpan(event.when, lang)}</span>{' '}
          <span className="strip-caption-title">{event.title[lang]}</span>
        </>
      ) : (
        messages.stripHint
      )}
    </p>
  )
}
