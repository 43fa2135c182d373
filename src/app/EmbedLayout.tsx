/**
 * Embed mode (`?embed=1`): the same views and store as the explorer in a compact layout for iframes 300–1000 px wide.
 * A small title bar (view switcher, language, "open full view"), then one view at fixed heights and the details of
 * the selected event below. Nothing here is sized by the viewport, so the height reported to the host page (through
 * useEmbedChannel) can never feed back into the layout.
 */
import { LanguagePicker, ViewTabs } from './ViewControls'
import { useCallback, useMemo, useRef, useState } from 'react'
import { DetailColumn } from '../detail/DetailPanel'
import type { EmbedConfig } from '../embed/embedConfig'
import { fullViewUrl } from '../embed/embedSnippet'
import { useEmbedChannel } from '../embed/useEmbedChannel'
import { FilterPanel } from '../filters/FilterPanel'
import { EventList } from '../list/EventList'
import { EventMap } from '../map/EventMap'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { encodeUrlState } from '../state/urlState'
import { StoryControls } from '../story/StoryControls'
import type { PanelView } from '../state/view'
import { EventTimeline } from '../timeline/EventTimeline'
import { Announcer } from './Announcer'
import { ProblemNotice } from './ProblemNotice'
import { useDocumentLang } from './useDocumentLang'
import './EmbedLayout.css'

export function EmbedLayout({ config }: { config: EmbedConfig }) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const view = useAppState((s) => s.view)
  const selectedId = useAppState((s) => s.selectedId)
  const storyId = useAppState((s) => s.storyId)
  const stateQuery = useAppState((s) => encodeUrlState(s))
  const fullView = useMemo(() => fullViewUrl(window.location.href, stateQuery), [stateQuery])
  const [root, setRoot] = useState<HTMLDivElement | null>(null)
  const shown = useViewsShownSoFar(view)
  const detailHeadingRef = useRef<HTMLHeadingElement>(null)
  useEmbedChannel(store, config, root)
  useDocumentLang(lang, messages.embed.frameTitle)

  // Stable, so the memoized list does not re-render with every selection.
  const openDetail = useCallback(() => {
    detailHeadingRef.current?.focus()
  }, [])

  return (
    <div ref={setRoot} className={`embed view-${view}${selectedId ? ' has-selection' : ''}`}>
      <header className="embed-bar">
        <h1 className="embed-title">{messages.appTitle}</h1>
        <ViewTabs className="embed-views" label={messages.embed.views} />
        <LanguagePicker className="embed-lang" isLabelHidden />
        <a className="embed-open" href={fullView} target="_blank" rel="noopener noreferrer">
          {messages.embed.openFullView}
          <span className="visually-hidden"> {messages.opensInNewTab}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </header>
      <ProblemNotice />
      <main className="embed-main">
        {storyId ? <StoryControls /> : null}
        {shown.has('map') ? (
          <section className="panel map-panel" aria-labelledby="embed-map-heading" hidden={view !== 'map'}>
            <h2 id="embed-map-heading" className="visually-hidden">
              {messages.map}
            </h2>
            <EventMap />
          </section>
        ) : null}
        {shown.has('map') || shown.has('timeline') ? (
          <section
            className="panel timeline-panel"
            aria-labelledby="embed-timeline-heading"
            hidden={view === 'list'}
          >
            <h2 id="embed-timeline-heading" className="visually-hidden">
              {messages.timeline}
            </h2>
            <EventTimeline />
          </section>
        ) : null}
        {shown.has('list') ? (
          <section className="panel list-panel" aria-labelledby="embed-list-heading" hidden={view !== 'list'}>
            <h2 id="embed-list-heading" className="visually-hidden">
              {messages.eventList}
            </h2>
            <FilterPanel />
            <EventList onOpenDetail={openDetail} />
          </section>
        ) : null}
        <DetailColumn headingRef={detailHeadingRef} onlyWhenSelected />
      </main>
      <Announcer />
    </div>
  )
}

/**
 * The views shown so far. A view's panels are created the first time it is shown (a list embed never loads the map)
 * and then only hidden, never destroyed: switching back is instant, and no widget is torn down while it still has
 * work queued (vis-timeline's focus() leaves a 100 ms timer that touches the timeline's DOM).
 */
function useViewsShownSoFar(view: PanelView): ReadonlySet<PanelView> {
  const [shown, setShown] = useState<ReadonlySet<PanelView>>(() => new Set([view]))
  if (!shown.has(view)) {
    const next = new Set(shown)
    next.add(view)
    setShown(next)
    return next
  }
  return shown
}
