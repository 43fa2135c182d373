/** The explorer: map, timeline, list and details, linked only through the store. Picks the phone or desktop layout in CSS. */
import { LanguagePicker, ViewTabs } from './ViewControls'
import { useCallback, useRef } from 'react'
import { DetailColumn } from '../detail/DetailPanel'
import { FilterPanel } from '../filters/FilterPanel'
import { EventList } from '../list/EventList'
import { EventMap } from '../map/EventMap'
import { useIdsInWindow, useMessages, useVisibleEvents } from '../state/selectors'
import { useAppState } from '../state/store'
import { EventTimeline } from '../timeline/EventTimeline'
import { FullRangeButton } from '../timeline/FullRangeButton'
import { EmbedButton } from '../embed/EmbedButton'
import { NO_EMBED_CONFIG, type EmbedConfig } from '../embed/embedConfig'
import { Announcer } from './Announcer'
import { EmbedLayout } from './EmbedLayout'
import type { Mode } from './mode'
import { PrintExportMenu } from './PrintExportMenu'
import { ProblemNotice } from './ProblemNotice'
import { ReaderBar } from './ReaderBar'
import { ThemePicker } from './ThemePicker'
import { useDocumentLang } from './useDocumentLang'

/** Picks the layout for the mode (mode.ts); both share the store and every view. */
export function App({ mode = 'explore', embed = NO_EMBED_CONFIG }: { mode?: Mode; embed?: EmbedConfig }) {
  return mode === 'embed' ? <EmbedLayout config={embed} /> : <ExploreLayout />
}

function ExploreLayout() {
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const view = useAppState((s) => s.view)
  const selectedId = useAppState((s) => s.selectedId)
  const isPresenting = useAppState((s) => s.isPresenting)
  const total = useVisibleEvents().length
  const shown = useIdsInWindow().size
  const detailHeadingRef = useRef<HTMLHeadingElement>(null)
  useDocumentLang(lang, `${messages.appTitle} — ${messages.appTagline}`)

  // Stable, so the memoized list does not re-render with every selection.
  const openDetail = useCallback(() => {
    detailHeadingRef.current?.scrollIntoView({ block: 'nearest' })
    detailHeadingRef.current?.focus()
  }, [])

  return (
    <div
      className={`app view-${view}${selectedId ? ' has-selection' : ''}${isPresenting ? ' is-presenting' : ''}`}
    >
      <a className="skip-link" href="#event-list-region">
        {messages.skipToList}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{messages.appTitle}</h1>
          <p className="tagline">{messages.appTagline}</p>
        </div>
        <div className="header-tools">
          <p className="event-count">{messages.eventCount(shown, total)}</p>
          <FullRangeButton />
          <PrintExportMenu />
          <EmbedButton />
          <LanguagePicker className="language-picker" />
          <ThemePicker />
        </div>
        <ViewTabs className="view-tabs" label={messages.events} />
      </header>
      <ReaderBar />
      <ProblemNotice />
      <main className="app-main">
        <section className="panel map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading" className="visually-hidden">
            {messages.map}
          </h2>
          <a className="skip-link" href="#timeline-region">
            {messages.skipMap}
          </a>
          <EventMap />
        </section>
        <section
          id="timeline-region"
          className="panel timeline-panel"
          aria-labelledby="timeline-heading"
          tabIndex={-1}
        >
          <h2 id="timeline-heading" className="visually-hidden">
            {messages.timeline}
          </h2>
          <EventTimeline />
        </section>
        <section
          id="event-list-region"
          className="panel list-panel"
          aria-labelledby="list-heading"
          tabIndex={-1}
        >
          <h2 id="list-heading" className="panel-heading">
            {messages.eventList}
          </h2>
          <FilterPanel />
          <EventList onOpenDetail={openDetail} />
        </section>
        <DetailColumn headingRef={detailHeadingRef} />
      </main>
      <Announcer />
    </div>
  )
}
