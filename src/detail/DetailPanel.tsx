/** The selected event in full: date, places, actors, claim status, summary, sources, corrections, related events. */
import { useMemo, useState, type ReactNode, type Ref } from 'react'
import { formatCalendarDate, formatDateSpan } from '../data/formatDate'
import { relatedEvents } from '../data/queries'
import type { EventRecord, Lang } from '../data/types'
import type { Messages } from '../i18n/messages'
import { useMessages, useSelectedEvent } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { CategoryIcon } from '../ui/CategoryIcon'
import { StatusBadge } from '../ui/StatusBadge'
import { SafeLink } from '../ui/SafeLink'
import { CorrectionEntry } from '../ui/CorrectionEntry'
import { parseCalendarDate } from '../data/calendarDate'
import { permalink } from '../cite/citations'
import { CiteDisclosure } from '../cite/CiteDisclosure'
import { ImportedDetails } from './ImportedDetails'

export function DetailPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const event = useSelectedEvent()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  if (!event) {
    return (
      <div className="detail-panel detail-empty">
        <p>{messages.noSelection}</p>
      </div>
    )
  }
  return <EventDetail event={event} lang={lang} messages={messages} {...(headingRef ? { headingRef } : {})} />
}

function EventDetail({
  event,
  lang,
  messages,
  headingRef,
}: {
  event: EventRecord
  lang: Lang
  messages: Messages
  headingRef?: Ref<HTMLHeadingElement>
}) {
  const store = useAppStore()
  const categories = useAppState((s) => s.dataset.categories)
  const actors = useAppState((s) => s.dataset.actors)
  const events = useAppState((s) => s.dataset.events)
  const byId = useAppState((s) => s.eventsById)
  // An imported dataset: a published one is linked and cited with its name; "Your data" (this browser only) is not.
  const yourData = useAppState((s) => s.yourData)
  const related = useMemo(() => relatedEvents(event, byId, events), [event, byId, events])
  const category = categories.find((c) => c.id === event.category)
  const [copied, setCopied] = useState(false)

  function copyLink() {
    const url = permalink(window.location.href, event.id, lang, yourData?.name)
    // navigator.clipboard is missing outside secure contexts (plain http on another host).
    const clipboard = navigator.clipboard as Clipboard | undefined
    void clipboard?.writeText(url).then(
      () => {
        setCopied(true)
      },
      () => {
        setCopied(false)
      },
    )
  }

  return (
    <article
      className="detail-panel"
      data-event-id={event.id}
      data-selected="true"
      aria-labelledby="detail-title"
    >
      <header className="detail-header">
        <p className="detail-kicker">
          <CategoryIcon categoryId={event.category} /> {category?.label[lang] ?? event.category}
        </p>
        <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
          {event.title[lang]}
        </h2>
        <p className="detail-date">
          {event.when.undated ? (
            formatDateSpan(event.when, lang)
          ) : (
            <time dateTime={event.when.start.iso}>{formatDateSpan(event.when, lang)}</time>
          )}
        </p>
        <div className="detail-claim">
          <StatusBadge status={event.claim.status} messages={messages} />
          {event.claim.note ? <p className="claim-note">{event.claim.note[lang]}</p> : null}
          {event.claim.status === 'not-assessed' ? (
            <p className="claim-note">{messages.imported.notAssessed}</p>
          ) : null}
        </div>
      </header>

      <p className="detail-summary">{event.summary[lang]}</p>

      <section aria-labelledby="detail-places">
        <h3 id="detail-places">{messages.places}</h3>
        <ul>
          {event.places.length === 0 ? <li className="muted">{messages.imported.notOnMap}</li> : null}
          {event.places.map((place, index) => (
            <li key={index}>
              {place.name[lang]}{' '}
              <span className="muted">
                {event.imported?.placePrecision !== undefined ? (
                  <>
                    ({messages.imported.placePrecision}: <bdi>{event.imported.placePrecision}</bdi>)
                  </>
                ) : (
                  <>
                    ({messages.role[place.role]}, {messages.precision[place.precision]})
                  </>
                )}
              </span>
              {place.note ? <span className="muted"> — {place.note[lang]}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      {event.actors.length > 0 ? (
        <section aria-labelledby="detail-actors">
          <h3 id="detail-actors">{messages.actors}</h3>
          <p>
            {event.actors.map((id) => actors.find((actor) => actor.id === id)?.name[lang] ?? id).join(', ')}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">{messages.sources}</h3>
        {event.sources.length === 0 && event.imported?.sourceNames.length === 0 ? (
          <p className="muted">{messages.imported.noSources}</p>
        ) : null}
        <ol className="source-list">
          {event.sources.map((source, index) => (
            <li key={index}>
              <SafeLink href={source.url} newTabLabel={messages.opensInNewTab}>
                {source.title}
              </SafeLink>
              <span className="muted">
                {' '}
                — {source.publisher}, {sourceDate(source.published, lang, messages)} ·{' '}
                {messages.sourceKind[source.kind]} · {source.language.toUpperCase()}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {event.imported ? <ImportedDetails details={event.imported} messages={messages} /> : null}

      {event.corrections.length > 0 ? (
        <section aria-labelledby="detail-corrections">
          <h3 id="detail-corrections">{messages.corrections}</h3>
          <ul className="correction-list">
            {event.corrections.map((correction, index) => (
              <CorrectionEntry key={index} correction={correction} lang={lang} messages={messages} />
            ))}
          </ul>
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="detail-related">
          <h3 id="detail-related">{messages.related}</h3>
          <ul>
            {related.map(({ type, direction, event: other }, index) => (
              <li key={`${index}-${direction}-${type}-${other.id}`}>
                {messages.relation[type as keyof Messages['relation']][direction]}:{' '}
                <a
                  href={`?event=${encodeURIComponent(other.id)}`}
                  onClick={(click) => {
                    click.preventDefault()
                    store.getState().selectEvent(other.id)
                  }}
                >
                  {other.title[lang]}
                </a>{' '}
                <span className="muted">({formatDateSpan(other.when, lang)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.tags.length > 0 ? (
        <p className="muted">
          {messages.tags}: {event.tags.join(', ')}
        </p>
      ) : null}

      {yourData?.kind === 'yours' ? null : (
        <>
          <p>
            <button type="button" onClick={copyLink}>
              {messages.copyLink}
            </button>{' '}
            <span role="status">{copied ? messages.linkCopied : ''}</span>
          </p>
          <CiteDisclosure
            summary={messages.citeEvent}
            cite={() => ({
              title: event.title[lang],
              url: permalink(window.location.href, event.id, lang, yourData?.name),
            })}
            lang={lang}
            messages={messages}
          />
        </>
      )}
    </article>
  )
}

function sourceDate(published: string | undefined, lang: Lang, messages: Messages): string {
  const date = published === undefined ? null : parseCalendarDate(published)
  return date ? `${messages.published} ${formatCalendarDate(date, lang)}` : messages.undated
}

/**
 * The details column: a close button while an event is selected, then the panel (or, unless `onlyWhenSelected`,
 * `empty`, by default a hint). Escape inside it closes it, as Close does; `onClose` then returns the focus.
 */
export function DetailColumn({
  headingRef,
  onlyWhenSelected = false,
  onClose,
  empty,
}: {
  headingRef: Ref<HTMLHeadingElement>
  onlyWhenSelected?: boolean
  /** Called after Close or Escape cleared the selection (the layout puts the focus back where it came from). */
  onClose?: () => void
  /** Shown instead of the hint while nothing is selected (the explore layout's intro card). */
  empty?: ReactNode
}) {
  const store = useAppStore()
  const messages = useMessages()
  const selectedId = useAppState((s) => s.selectedId)
  if (onlyWhenSelected && !selectedId) return null
  const close = () => {
    store.getState().selectEvent(null)
    onClose?.()
  }
  return (
    <aside
      id="detail-region"
      className="panel detail-column"
      aria-label={messages.details}
      onKeyDown={(event) => {
        // A menu or a citation inside handles its own Escape first (and marks it handled).
        if (event.key !== 'Escape' || event.defaultPrevented || !selectedId) return
        event.preventDefault()
        close()
      }}
    >
      {selectedId ? (
        <button type="button" className="detail-close" onClick={close}>
          {messages.close}
        </button>
      ) : null}
      {!selectedId && empty ? empty : <DetailPanel headingRef={headingRef} />}
    </aside>
  )
}
