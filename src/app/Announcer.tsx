import { formatDateSpan } from '../data/formatDate'
import { useMessages, useSelectedEvent } from '../state/selectors'
import { useAppState } from '../state/store'

/** A polite live region that announces the selected event's title and date, never its whole text. */
export function Announcer() {
  const event = useSelectedEvent()
  const lang = useAppState((s) => s.lang)
  const messages = useMessages()
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {event ? messages.selected(event.title[lang], formatDateSpan(event.when, lang)) : ''}
    </div>
  )
}
