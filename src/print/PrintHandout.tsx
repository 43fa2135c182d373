/**
 * The printed handout of the events that pass the current filters: a map, the numbered chronology with dates, places
 * and summaries, and every source once, numbered. It is only ever shown in print (hidden on screen and so absent
 * from the accessibility tree), and is loaded on demand by the header's "Print handout" button.
 */
import { IMPORT_MESSAGES } from '../import/ui/messages'
import { useEffect, useMemo, useState } from 'react'
import { formatDateSpan } from '../data/formatDate'
import { formatCalendarDate } from '../data/formatDate'
import { parseCalendarDate } from '../data/calendarDate'
import { placeNames } from '../data/localize'
import type { EventRecord, Lang } from '../data/types'
import type { Messages } from '../i18n/messages'
import { useMessages, useVisibleEvents } from '../state/selectors'
import { useAppState } from '../state/store'
import { encodeUrlState, pageHrefWith } from '../state/urlState'
import { isSafeHref } from '../ui/SafeLink'
import { numberSources, quotedTitle, type Source } from './handout'
import { HandoutMap, type Basemap } from './HandoutMap'
import './print.css'
import { Credit } from '../ui/Credit'

/** More would be a book, not a handout; the reader is told to narrow the filters. */
export const MAX_HANDOUT_EVENTS = 500

let basemapRequest: Promise<Basemap | null> | null = null
let loadedBasemap: Basemap | null = null

/** Loads the boundaries for the handout's map (from the browser's cache: the screen map fetched them already). */
export function prepareHandout(): Promise<Basemap | null> {
  basemapRequest ??= fetch(new URL('basemap.json', document.baseURI))
    .then((response) => (response.ok ? (response.json() as Promise<Basemap>) : null))
    .catch(() => null)
    .then((basemap) => {
      loadedBasemap = basemap
      if (!basemap) basemapRequest = null // try again next time
      return basemap
    })
  return basemapRequest
}

export function PrintHandout() {
  const visible = useVisibleEvents()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const categories = useAppState((s) => s.dataset.categories)
  const yourData = useAppState((s) => s.yourData)
  // The view's address from the state, not the address bar: useUrlSync writes that after the next paint.
  const viewQuery = useAppState((s) => encodeUrlState(s))
  const events = useMemo(() => visible.slice(0, MAX_HANDOUT_EVENTS), [visible])
  const { sources, refs } = useMemo(() => numberSources(events), [events])
  const [basemap, setBasemap] = useState(loadedBasemap)
  useEffect(function loadBasemap() {
    let current = true
    void prepareHandout().then((loaded) => {
      if (current) setBasemap(loaded)
    })
    return () => {
      current = false
    }
  }, [])
  const today = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date())
  const categoryLabel = (id: string) => categories.find((category) => category.id === id)?.label[lang] ?? id

  return (
    <div className="print-handout" hidden lang={lang}>
      <header className="handout-header">
        <h1>
          {messages.appTitle}: {messages.handoutTitle}
        </h1>
        {yourData ? (
          <p className="handout-tagline">
            {IMPORT_MESSAGES[lang].shownBanner}: <bdi>{yourData.title}</bdi> —{' '}
            {IMPORT_MESSAGES[lang].attribution}:{' '}
            <Credit attribution={yourData.attribution} licence={yourData.licence} />
          </p>
        ) : (
          <p className="handout-tagline">{messages.appTagline}</p>
        )}
        <p>{messages.handoutSummary(events.length, today)}</p>
        <p className="handout-url">
          {messages.handoutView} {pageHrefWith(window.location.href, viewQuery)}
        </p>
        {visible.length > events.length ? (
          <p className="handout-warning">{messages.handoutTruncated(events.length, visible.length)}</p>
        ) : null}
      </header>

      <section className="handout-map-section" aria-labelledby="handout-map-heading">
        <h2 id="handout-map-heading">{messages.handoutMap}</h2>
        {basemap || events.length > 0 ? (
          <HandoutMap events={events} basemap={basemap} label={messages.handoutMap} />
        ) : null}
        <p className="handout-caption">{basemap ? messages.handoutMapCaption : messages.handoutMapMissing}</p>
      </section>

      <section aria-labelledby="handout-chronology-heading">
        <h2 id="handout-chronology-heading">{messages.chronology}</h2>
        <ol className="handout-chronology">
          {events.map((event, index) => (
            <HandoutEvent
              key={event.id}
              event={event}
              number={index + 1}
              lang={lang}
              messages={messages}
              category={categoryLabel(event.category)}
              refs={refs.get(event.id) ?? []}
            />
          ))}
        </ol>
      </section>

      <section aria-labelledby="handout-sources-heading">
        <h2 id="handout-sources-heading">{messages.sourceList}</h2>
        <ol className="handout-sources">
          {sources.map((source, index) => (
            <HandoutSource
              key={source.url}
              source={source}
              number={index + 1}
              lang={lang}
              messages={messages}
            />
          ))}
        </ol>
      </section>
    </div>
  )
}

function HandoutEvent({
  event,
  number,
  lang,
  messages,
  category,
  refs,
}: {
  event: EventRecord
  number: number
  lang: Lang
  messages: Messages
  category: string
  refs: readonly number[]
}) {
  return (
    <li className="handout-event" data-event-id={event.id}>
      <h3>
        <span className="handout-number">{number}.</span> {event.title[lang]}
      </h3>
      <p className="handout-meta">
        <time dateTime={event.when.start.iso}>{formatDateSpan(event.when, lang)}</time> ·{' '}
        {placeNames(event.places, lang)} · {category} · {messages.status[event.claim.status]}
      </p>
      <p>{event.summary[lang]}</p>
      {event.claim.note ? <p className="handout-claim">{event.claim.note[lang]}</p> : null}
      <p className="handout-refs">
        {messages.sourceRefs}: {refs.map((ref) => `[${ref}]`).join(' ')}
      </p>
    </li>
  )
}

function HandoutSource({
  source,
  number,
  lang,
  messages,
}: {
  source: Source
  number: number
  lang: Lang
  messages: Messages
}) {
  const published = source.published === undefined ? null : parseCalendarDate(source.published)
  return (
    <li className="handout-source">
      <span className="handout-number">[{number}]</span> {source.publisher}. {quotedTitle(source.title, lang)}
      {published ? ` (${formatCalendarDate(published, lang)})` : ` (${messages.undated})`}.{' '}
      {isSafeHref(source.url) ? <a href={source.url}>{source.url}</a> : <span>{source.url}</span>}
    </li>
  )
}
