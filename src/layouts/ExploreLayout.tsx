/**
 * Explore (desktop): the header, then the list, the map and the details side by side, and the timeline with playback
 * across the bottom. DOM order follows the visual order (list → map → details → timeline), so Tab does too. While
 * nothing is selected, the details column is an intro card: what this is, the counts, and the stories to start.
 * Below 60em wide (a tablet in portrait) the same sections stack, one view at a time through the view tabs.
 */
import { useCallback, useMemo, useRef } from 'react'
import { AppHeader } from '../app/AppHeader'
import { ProblemNotice } from '../app/ProblemNotice'
import { YourDataCard, YourDataFlag } from '../import/ui/YourDataBanner'
import { ViewTabs } from '../app/ViewControls'
import { DetailColumn } from '../detail/DetailPanel'
import { useMessages } from '../state/selectors'
import { useAppState } from '../state/store'
import { StoryList } from '../story/StoryList'
import { focusHeading, ListSection, MapSection, TimelineSection } from './sections'
import { useReturnFocus } from './useReturnFocus'

export function ExploreLayout() {
  const messages = useMessages()
  const view = useAppState((s) => s.view)
  const selectedId = useAppState((s) => s.selectedId)
  const detailHeadingRef = useRef<HTMLHeadingElement>(null)
  const returnFocus = useReturnFocus()
  // Stable, so the memoized list does not re-render with every selection.
  const openDetail = useCallback(() => {
    focusHeading(detailHeadingRef)
  }, [])

  return (
    <div className={`app layout-explore view-${view}${selectedId ? ' has-selection' : ''}`}>
      <a className="skip-link" href="#event-list-region">
        {messages.skipToList}
      </a>
      <AppHeader />
      <YourDataFlag />
      <ViewTabs className="view-tabs" label={messages.events} />
      <ProblemNotice />
      <main className="app-main">
        <ListSection onOpenDetail={openDetail} />
        <MapSection skipTo="detail-region" />
        <DetailColumn headingRef={detailHeadingRef} onClose={returnFocus} empty={<IntroCard />} />
        <TimelineSection withPlayback />
      </main>
    </div>
  )
}

/** First load: what this is, how much is in it, and the stories to start. */
function IntroCard() {
  const yourData = useAppState((s) => s.yourData)
  return yourData ? <YourDataCard info={yourData} /> : <CuratedIntroCard />
}

function CuratedIntroCard() {
  const messages = useMessages()
  const dataset = useAppState((s) => s.dataset)
  // A loop, not flatMap: no list per event (at 100,000 events this ran in the first render after the data).
  const sourceCount = useMemo(() => {
    const urls = new Set<string>()
    for (const event of dataset.events) for (const source of event.sources) urls.add(source.url)
    return urls.size
  }, [dataset])
  const text = messages.layouts
  return (
    <section className="intro-card" aria-labelledby="intro-title">
      <h2 id="intro-title">{text.introTitle}</h2>
      <p>{text.introText}</p>
      <p className="intro-counts">
        {text.introCounts(dataset.events.length, sourceCount, dataset.stories.length)}
      </p>
      {dataset.stories.length > 0 ? (
        <>
          <h3 className="intro-start">{text.introStart}</h3>
          <StoryList headingLevel={4} />
        </>
      ) : null}
    </section>
  )
}
