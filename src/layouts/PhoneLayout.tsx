/**
 * Phone (320–480 px): the title and the chosen view first, the controls in one menu (stories, language, theme,
 * share, playback), the views as sticky tabs. A story step or an event's details open in a bottom sheet over the
 * map, so the step and the map are on screen together; a step bar ("← 3 of 12 →") stays at the bottom, in reach of
 * the thumb. The map frames the step's places above the sheet. No Present button: a phone does not project.
 *
 * The Timeline tab is the time strip (the window, as over the map) above a vertical chronology, as TimelineJS does on
 * phones: the full lanes at 375 px cut most titles to a few letters at the window's right edge.
 */
import { YourDataFlag } from '../import/ui/YourDataBanner'
import { YourDataButton } from '../import/ui/YourDataButton'
import { useCallback, useRef, useState, type RefObject } from 'react'
import { PrintExportMenu } from '../app/PrintExportMenu'
import { ProblemNotice } from '../app/ProblemNotice'
import { ThemePicker } from '../app/ThemePicker'
import { LanguagePicker, ViewTabs } from '../app/ViewControls'
import { DetailPanel } from '../detail/DetailPanel'
import { FilterChips } from '../filters/FilterPanel'
import { PlaybackControls } from '../playback/PlaybackControls'
import { useCountInWindow, useMessages, useSelectedEvent, useVisibleEvents } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectStory } from '../state/story'
import { StoryControls } from '../story/StoryControls'
import { StoryList } from '../story/StoryList'
import { BottomSheet, type SheetSnap } from '../ui/BottomSheet'
import { ChronologySection, focusHeading, ListSection, MapSection, TimelineSection } from './sections'
import { useCoverInsets, useSheetCover } from './useCoverInsets'

export function PhoneLayout() {
  const messages = useMessages()
  const view = useAppState((s) => s.view)
  const total = useVisibleEvents().length
  const shown = useCountInWindow()
  const isStoryOpen = useAppState((s) => s.storyId !== null)
  const event = useSelectedEvent()
  const detailHeadingRef = useRef<HTMLHeadingElement>(null)
  const [snap, setSnap] = useState<SheetSnap>('half')
  const openDetail = useCallback(() => {
    setSnap('full')
    queueMicrotask(() => {
      focusHeading(detailHeadingRef)
    })
  }, [])
  const hasSheet = isStoryOpen || event !== null

  return (
    <div className={`app layout-phone view-${view}`}>
      <header className="app-header phone-header">
        <h1>{messages.appTitle}</h1>
        <p className="event-count">{messages.eventCount(shown, total)}</p>
        <PhoneMenu />
      </header>
      <YourDataFlag />
      <ViewTabs className="view-tabs phone-tabs" label={messages.events} />
      <ProblemNotice />
      <main className="phone-main">
        {view === 'list' ? null : <FilterChips className="phone-filter-chips" />}
        {view === 'list' ? (
          <ListSection onOpenDetail={openDetail} />
        ) : view === 'timeline' ? (
          <>
            <TimelineSection singleLane />
            <ChronologySection />
          </>
        ) : (
          <>
            <TimelineSection singleLane />
            <MapSection />
          </>
        )}
        {hasSheet ? (
          <PhoneSheet snap={snap} onSnapChange={setSnap} detailHeadingRef={detailHeadingRef} />
        ) : null}
      </main>
    </div>
  )
}

function PhoneSheet({
  snap,
  onSnapChange,
  detailHeadingRef,
}: {
  snap: SheetSnap
  onSnapChange: (snap: SheetSnap) => void
  detailHeadingRef: RefObject<HTMLHeadingElement | null>
}) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const story = useAppState(selectStory)
  const stepIndex = useAppState((s) => s.stepIndex)
  const event = useSelectedEvent()
  const sheetRef = useRef<HTMLElement>(null)
  // The map is made only with the Map tab (and may load after it): measured against each map the tab makes.
  const view = useAppState((s) => s.view)
  useCoverInsets(sheetRef, 'bottom', view)
  useSheetCover(sheetRef)
  const text = messages.layouts

  const bar = story ? (
    <div className="step-bar" role="group" aria-label={story.title[lang]}>
      <button
        type="button"
        className="story-previous"
        aria-disabled={stepIndex === 0}
        onClick={() => {
          store.getState().previousStep()
        }}
      >
        <span aria-hidden="true">←</span>
        <span className="visually-hidden">{messages.story.previous}</span>
      </button>
      <span className="step-bar-count">{text.stepBar(stepIndex + 1, story.steps.length)}</span>
      <button
        type="button"
        className="story-next"
        aria-disabled={stepIndex >= story.steps.length - 1}
        onClick={() => {
          store.getState().nextStep()
        }}
      >
        <span className="visually-hidden">{messages.story.next}</span>
        <span aria-hidden="true">→</span>
      </button>
    </div>
  ) : event ? (
    <div className="sheet-title-bar">
      <p className="sheet-title">{event.title[lang]}</p>
      <button
        type="button"
        className="detail-close"
        onClick={() => {
          store.getState().selectEvent(null)
        }}
      >
        {messages.close}
      </button>
    </div>
  ) : null

  return (
    <BottomSheet
      label={story ? story.title[lang] : messages.details}
      snap={snap}
      onSnapChange={onSnapChange}
      bar={bar}
      expandLabel={text.expand}
      collapseLabel={text.collapse}
      sheetRef={sheetRef}
      className="phone-sheet"
    >
      {story ? (
        <>
          <StoryControls size="compact" showNav={false} />
          {event && snap === 'full' ? <DetailPanel headingRef={detailHeadingRef} /> : null}
        </>
      ) : (
        <DetailPanel headingRef={detailHeadingRef} />
      )}
    </BottomSheet>
  )
}

/** Everything that is not a view, in one menu: stories, language, theme, share, playback. */
function PhoneMenu() {
  const messages = useMessages()
  const isStoryOpen = useAppState((s) => s.storyId !== null)
  // An imported file ("Your data") has no stories.
  const hasStories = useAppState((s) => s.dataset.stories.length > 0)
  const menuRef = useRef<HTMLDetailsElement>(null)
  const close = () => {
    menuRef.current?.removeAttribute('open')
  }
  return (
    <details
      ref={menuRef}
      className="phone-menu header-menu"
      onKeyDown={(keyEvent) => {
        if (keyEvent.key !== 'Escape' || !menuRef.current?.open || keyEvent.defaultPrevented) return
        close()
        menuRef.current.querySelector('summary')?.focus()
      }}
    >
      <summary>{messages.layouts.menu}</summary>
      <div className="header-menu-body phone-menu-body">
        <LanguagePicker className="language-picker" />
        <ThemePicker />
        <PrintExportMenu />
        <YourDataButton />
        {isStoryOpen ? null : <PlaybackControls />}
        {hasStories ? (
          <>
            <h2 className="phone-menu-heading">{messages.layouts.stories}</h2>
            <StoryList onStart={close} />
          </>
        ) : null}
      </div>
    </details>
  )
}
