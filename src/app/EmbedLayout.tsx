/**
 * Embed mode (`?embed=1`): the same views and store as the explorer, laid out for an article's iframe 300–1000 px
 * wide. A small title bar (view switcher, language, "open full view"), then the view and a compact card, all inside
 * the height the editor chose (`height=`, embedHeight.ts): the views share that height and the card, the lists and
 * the chronology scroll inside it, so the height reported to the host page (useEmbedChannel) is the same whatever
 * the reader selects, steps to, opens or switches to. Below 480 px the timeline gives way to a vertical chronology.
 * A story shows one step card with Previous / Next beside the map (or the timeline), as StoryMapJS does.
 * `height=auto` stacks the same pieces at their natural heights instead, up to AUTO_MAX_HEIGHT.
 * Nothing is sized by the viewport's height, so no height can feed back into itself.
 */
import { LanguagePicker, ViewTabs } from './ViewControls'
import { Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { NO_EMBED_CONFIG, type EmbedConfig } from '../embed/embedConfig'
import { resolveEmbedHeight } from '../embed/embedHeight'
import { fullViewUrl } from '../embed/embedUrl'
import { useEmbedChannel } from '../embed/useEmbedChannel'
import { useNarrowEmbed } from '../embed/useNarrowEmbed'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectStory } from '../state/story'
import { encodeUrlState } from '../state/urlState'
import type { PanelView } from '../state/view'
import { Announcer } from './Announcer'
import { ProblemNotice } from './ProblemNotice'
import { useDocumentLang } from './useDocumentLang'
import '../timeline/visStyles'
import './EmbedLayout.css'
import { Credit } from '../ui/Credit'
import { Chronology, EmbedCard, EmbedListPane, EmbedStoryCard, EventMap, EventTimeline } from './embedPanes'

type Pane = PanelView | 'chronology'

/** Embed mode's root, as mode.ts loads it (on its own, without the explorer's layouts). */
export function EmbedRoot({ embed = NO_EMBED_CONFIG }: { embed?: EmbedConfig }) {
  return <EmbedLayout config={embed} />
}

export function EmbedLayout({ config }: { config: EmbedConfig }) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const view = useAppState((s) => s.view)
  const selectedId = useAppState((s) => s.selectedId)
  const story = useAppState(selectStory)
  const stepIndex = useAppState((s) => s.stepIndex)
  const yourData = useAppState((s) => s.yourData)
  const stateQuery = useAppState((s) => encodeUrlState(s))
  const fullView = useMemo(() => fullViewUrl(window.location.href, stateQuery), [stateQuery])
  const isNarrow = useNarrowEmbed()
  // Chosen once, from the view and story the embed opens with: switching view later keeps the height.
  const [height] = useState(() => {
    const initial = store.getState()
    return resolveEmbedHeight(config.height, initial.view, initial.storyId !== null)
  })
  const [root, setRoot] = useState<HTMLDivElement | null>(null)
  const timelinePane: Pane = isNarrow ? 'chronology' : 'timeline'
  const shown = usePanesShownSoFar(
    view === 'map' ? ['map', timelinePane] : view === 'timeline' ? [timelinePane] : ['list'],
  )
  const cardHeadingRef = useRef<HTMLHeadingElement>(null)
  useEmbedChannel(store, config, root)
  useDocumentLang(lang, messages.embed.frameTitle)

  // Stable, so the memoized list does not re-render with every selection.
  const openDetail = useCallback(() => {
    cardHeadingRef.current?.focus()
  }, [])

  const stepEventId = story?.steps[stepIndex]?.eventId ?? null
  // In a story the step card is the card, until the reader selects another event: then that event's card, whose
  // close button goes back to the step.
  const card: 'step' | 'event' | null = story
    ? selectedId !== null && selectedId !== stepEventId
      ? 'event'
      : 'step'
    : selectedId !== null
      ? 'event'
      : null
  const isFixed = height !== 'auto'
  const classes = [
    'embed',
    `view-${view}`,
    isFixed ? 'is-fixed' : 'is-auto',
    isNarrow ? 'is-narrow' : '',
    story ? 'has-story' : '',
    card ? `has-card has-${card}-card` : '',
    selectedId ? 'has-selection' : '',
  ]

  return (
    <div
      ref={setRoot}
      className={classes.filter(Boolean).join(' ')}
      {...(isFixed ? { style: { height: `${height}px` } } : {})}
      data-embed-height={height}
    >
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
      {yourData ? (
        // A dataset the site publishes (?dataset=<name>): its title and the credit its file asks for, in every embed.
        <p className="embed-credit">
          {messages.imported.dataset}: <bdi>{yourData.title}</bdi> ·{' '}
          <Credit attribution={yourData.attribution} licence={yourData.licence} />
        </p>
      ) : null}
      <main className="embed-main">
        {shown.has('map') ? (
          <section className="panel map-panel" aria-labelledby="embed-map-heading" hidden={view !== 'map'}>
            <h2 id="embed-map-heading" className="visually-hidden">
              {messages.map}
            </h2>
            <Suspense fallback={null}>
              <EventMap.Component />
            </Suspense>
          </section>
        ) : null}
        {shown.has('timeline') ? (
          <section
            className="panel timeline-panel"
            aria-labelledby="embed-timeline-heading"
            hidden={view === 'list' || timelinePane !== 'timeline'}
          >
            <h2 id="embed-timeline-heading" className="visually-hidden">
              {messages.timeline}
            </h2>
            <Suspense fallback={null}>
              <EventTimeline.Component />
            </Suspense>
          </section>
        ) : null}
        {shown.has('chronology') ? (
          <section
            className="panel chronology-panel"
            aria-labelledby="embed-chronology-heading"
            hidden={view === 'list' || timelinePane !== 'chronology'}
          >
            <h2 id="embed-chronology-heading" className="visually-hidden">
              {messages.timeline}
            </h2>
            <Suspense fallback={null}>
              <Chronology.Component />
            </Suspense>
          </section>
        ) : null}
        {shown.has('list') ? (
          <section className="panel list-panel" aria-labelledby="embed-list-heading" hidden={view !== 'list'}>
            <h2 id="embed-list-heading" className="visually-hidden">
              {messages.eventList}
            </h2>
            <Suspense fallback={null}>
              <EmbedListPane.Component onOpenDetail={openDetail} />
            </Suspense>
          </section>
        ) : null}
        {card ? (
          <aside className="embed-card-slot" aria-label={messages.details}>
            <Suspense fallback={null}>
              {card === 'step' ? (
                <EmbedStoryCard.Component fullViewHref={fullView} />
              ) : (
                <EmbedCard.Component
                  fullViewHref={fullView}
                  headingRef={cardHeadingRef}
                  {...(story
                    ? {
                        closeLabel: messages.embedCompact.backToStep,
                        onClose: () => {
                          store.getState().goToStep(store.getState().stepIndex)
                        },
                      }
                    : {
                        onClose: () => {
                          store.getState().selectEvent(null)
                        },
                      })}
                />
              )}
            </Suspense>
          </aside>
        ) : null}
      </main>
      <Announcer />
    </div>
  )
}

/**
 * The panes shown so far. A pane is created the first time it is shown (a list embed never loads the map) and then
 * only hidden, never destroyed: switching back is instant, and no widget is torn down while it still has work
 * queued (vis-timeline's focus() leaves a 100 ms timer that touches the timeline's DOM).
 */
function usePanesShownSoFar(panes: readonly Pane[]): ReadonlySet<Pane> {
  const [shown, setShown] = useState<ReadonlySet<Pane>>(() => new Set(panes))
  if (panes.some((pane) => !shown.has(pane))) {
    const next = new Set([...shown, ...panes])
    setShown(next)
    return next
  }
  return shown
}
