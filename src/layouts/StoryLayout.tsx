/**
 * Story (desktop and tablet): the step card in a column that never scrolls out of view, the map beside it and the
 * timeline across the bottom. Each step frames its event (story.ts → frame.ts): the map fits its places, the
 * timeline shows its date and lane. The list and the details give way to the card, and come back on demand under it.
 */
import { useCallback, useRef, useState } from 'react'
import { AppHeader } from '../app/AppHeader'
import { ProblemNotice } from '../app/ProblemNotice'
import { DetailPanel } from '../detail/DetailPanel'
import { EventList } from '../list/EventList'
import { PresentButton } from '../presentation/PresentButton'
import { useMessages } from '../state/selectors'
import { useAppState } from '../state/store'
import { StoryControls } from '../story/StoryControls'
import { focusHeading, MapSection, TimelineSection } from './sections'

type OnDemand = 'details' | 'list' | null

export function StoryLayout({ focusCard = false }: { focusCard?: boolean }) {
  const messages = useMessages()
  const hasEvent = useAppState((s) => s.selectedId !== null)
  const [shown, setShown] = useState<OnDemand>(null)
  const detailHeadingRef = useRef<HTMLHeadingElement>(null)
  const openDetail = useCallback(() => {
    setShown('details')
    queueMicrotask(() => {
      focusHeading(detailHeadingRef)
    })
  }, [])
  const text = messages.layouts

  const toggle = (what: Exclude<OnDemand, null>) => (
    <button
      type="button"
      aria-expanded={shown === what}
      aria-controls="story-more"
      onClick={() => {
        setShown(shown === what ? null : what)
      }}
    >
      {what === 'details' ? text.details : text.list}
    </button>
  )

  return (
    <div className="app layout-story">
      <AppHeader />
      <ProblemNotice />
      <main className="story-main">
        <div className="story-column">
          <StoryControls focusOnOpen={focusCard} tools={<PresentButton />} />
          <div className="story-more" role="group" aria-label={text.more}>
            <div className="story-more-toggles">
              {hasEvent ? toggle('details') : null}
              {toggle('list')}
            </div>
            <div id="story-more" className="story-more-body">
              {shown === 'details' && hasEvent ? <DetailPanel headingRef={detailHeadingRef} /> : null}
              {shown === 'list' ? (
                <section className="story-list-panel" aria-label={messages.eventList}>
                  <EventList onOpenDetail={openDetail} />
                </section>
              ) : null}
            </div>
          </div>
        </div>
        <MapSection />
        <TimelineSection />
      </main>
    </div>
  )
}
