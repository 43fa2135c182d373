/**
 * The selected event in an embed, compact: category and date, title, claim badge, the summary cut to three lines,
 * "Sources (n)" and "Corrections (n)" as disclosures that scroll inside the card, and "Open in full view ↗" for
 * everything else (places, actors, related events, citations). No presenter or classroom controls.
 */
import type { ReactNode, Ref } from 'react'
import { parseCalendarDate } from '../data/calendarDate'
import { formatCalendarDate, formatDateSpan } from '../data/formatDate'
import type { EventRecord, Lang } from '../data/types'
import type { Messages } from '../i18n/messages'
import { useMessages, useSelectedEvent } from '../state/selectors'
import { useAppState } from '../state/store'
import { CategoryIcon } from '../ui/CategoryIcon'
import { SafeLink } from '../ui/SafeLink'
import { CorrectionEntry } from '../ui/CorrectionEntry'
import { StatusBadge } from '../ui/StatusBadge'
import './EmbedCard.css'

export function EmbedCard({
  fullViewHref,
  onClose,
  closeLabel,
  headingRef,
}: {
  /** The full app with the same state (the embed's fullViewUrl). */
  fullViewHref: string
  onClose: () => void
  /** The close button's name; a story's card goes back to its step instead. */
  closeLabel?: string
  headingRef?: Ref<HTMLHeadingElement>
}) {
  const event = useSelectedEvent()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const categories = useAppState((s) => s.dataset.categories)
  if (!event) return null
  const category = categories.find((c) => c.id === event.category)
  const text = messages.embedCompact
  return (
    <article
      className="embed-card"
      data-event-id={event.id}
      data-selected="true"
      aria-labelledby="embed-card-title"
      data-testid="embed-card"
    >
      <div className="embed-card-top">
        <p className="embed-card-kicker">
          <CategoryIcon categoryId={event.category} sizePx={12} /> {category?.label[lang] ?? event.category}
          <span aria-hidden="true"> · </span>
          <time dateTime={event.when.start.iso}>{formatDateSpan(event.when, lang)}</time>
        </p>
        <button
          type="button"
          className="embed-card-close"
          onClick={onClose}
          aria-label={closeLabel ?? text.closeCard}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="embed-card-title" className="embed-card-title" ref={headingRef} tabIndex={-1}>
        {event.title[lang]}
      </h2>
      <div className="embed-card-claim">
        <StatusBadge status={event.claim.status} messages={messages} />
        {event.claim.note ? <span className="embed-card-claim-note"> {event.claim.note[lang]}</span> : null}
      </div>
      <p className="embed-card-summary">{event.summary[lang]}</p>
      <SourcesDisclosure event={event} />
      {event.corrections.length > 0 ? (
        <Disclosure label={text.correctionsCount(event.corrections.length)}>
          <ul className="embed-card-list">
            {event.corrections.map((correction, index) => (
              <CorrectionEntry key={index} correction={correction} lang={lang} messages={messages} />
            ))}
          </ul>
        </Disclosure>
      ) : null}
      <FullViewLink href={fullViewHref} />
    </article>
  )
}

/** "Sources (n)": the event's sources as links, inside a disclosure that scrolls with the card. */
export function SourcesDisclosure({ event }: { event: EventRecord }) {
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  return (
    <Disclosure label={messages.embedCompact.sourcesCount(event.sources.length)}>
      <ol className="embed-card-list">
        {event.sources.map((source, index) => (
          <li key={index}>
            <SafeLink href={source.url} newTabLabel={messages.opensInNewTab}>
              {source.title}
            </SafeLink>
            <span className="muted">
              {' '}
              — {source.publisher}, {sourceDate(source.published, lang, messages)}
            </span>
          </li>
        ))}
      </ol>
    </Disclosure>
  )
}

/** "Open in full view ↗": the full app with the same state, in a new tab. */
export function FullViewLink({ href }: { href: string }) {
  const messages = useMessages()
  return (
    <p className="embed-card-more">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {messages.embedCompact.openInFullView}
        <span className="visually-hidden"> {messages.opensInNewTab}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </p>
  )
}

function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="embed-card-disclosure">
      <summary>{label}</summary>
      <div className="embed-card-disclosure-body">{children}</div>
    </details>
  )
}

function sourceDate(published: string | undefined, lang: Lang, messages: Messages): string {
  const date = published === undefined ? null : parseCalendarDate(published)
  return date ? formatCalendarDate(date, lang) : messages.undated
}
