/**
 * The views as sections, shared by every layout: each is a labelled region around one view, so a layout only
 * decides which sections it shows and where. The map, the timeline and the list talk only to the store.
 */
import { Suspense, type ReactNode, type Ref } from 'react'
import { Chronology } from '../app/embedPanes'
import { FilterPanel } from '../filters/FilterPanel'
import { EventList } from '../list/EventList'
import { EventMap } from '../map/EventMap'
import { PlaybackControls } from '../playback/PlaybackControls'
import { useMessages } from '../state/selectors'
import { EventTimeline } from '../timeline/EventTimeline'

export function MapSection({ children, skipTo }: { children?: ReactNode; skipTo?: string }) {
  const messages = useMessages()
  return (
    <section className="panel map-panel" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        {messages.map}
      </h2>
      {skipTo ? (
        <a className="skip-link" href={`#${skipTo}`}>
          {messages.skipMap}
        </a>
      ) : null}
      <EventMap />
      {children}
    </section>
  )
}

export function TimelineSection({
  withPlayback = false,
  singleLane = false,
}: {
  withPlayback?: boolean
  /** One lane of events and no lane switch: the short strip of the present and phone layouts. */
  singleLane?: boolean
}) {
  const messages = useMessages()
  return (
    <section
      id="timeline-region"
      className="panel timeline-panel"
      aria-labelledby="timeline-heading"
      tabIndex={-1}
    >
      <h2 id="timeline-heading" className="visually-hidden">
        {messages.timeline}
      </h2>
      {withPlayback ? (
        <div className="timeline-tools">
          <PlaybackControls />
        </div>
      ) : null}
      <EventTimeline singleLane={singleLane} />
    </section>
  )
}

/** The vertical chronology (the phone's Timeline tab, under the strip): loaded when first shown. */
export function ChronologySection() {
  const messages = useMessages()
  return (
    <section className="panel chronology-panel" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading" className="visually-hidden">
        {messages.embedCompact.chronology}
      </h2>
      <Suspense fallback={null}>
        <Chronology.Component />
      </Suspense>
    </section>
  )
}

export function ListSection({ onOpenDetail }: { onOpenDetail: () => void }) {
  const messages = useMessages()
  return (
    <section id="event-list-region" className="panel list-panel" aria-labelledby="list-heading" tabIndex={-1}>
      <h2 id="list-heading" className="panel-heading">
        {messages.eventList}
      </h2>
      <FilterPanel />
      <EventList onOpenDetail={onOpenDetail} />
    </section>
  )
}

/** Scrolls the details' heading into view and focuses it (Enter in the list). */
export function focusHeading(ref: { current: HTMLElement | null }): void {
  ref.current?.scrollIntoView({ block: 'nearest' })
  ref.current?.focus()
}

export type HeadingRef = Ref<HTMLHeadingElement>
