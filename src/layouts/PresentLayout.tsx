/**
 * Present (a projector, 1024×768 up to 1920×1080): the map takes the width and about 70 % of the height, one step
 * card in large type over its right side (the map frames the step's places left of it), the timeline in large type
 * below. No header, no list, no presenter notes: those open in a separate presenter window (PresenterWindow.tsx).
 * Escape leaves, and so does leaving full screen by any means (fullscreenchange).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { ProblemNotice } from '../app/ProblemNotice'
import { usePresenterSync } from '../presentation/usePresenterSync'
import { useCountInWindow, useMessages, useVisibleEvents } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { StoryControls } from '../story/StoryControls'
import { StoryList } from '../story/StoryList'
import { MapSection, TimelineSection } from './sections'
import { useCoverInsets } from './useCoverInsets'
import { useFitCard } from './useFitCard'

export function PresentLayout() {
  const store = useAppStore()
  const messages = useMessages()
  const isStoryOpen = useAppState((s) => s.storyId !== null)
  const total = useVisibleEvents().length
  const shown = useCountInWindow()
  const cardRef = useRef<HTMLDivElement>(null)
  const [isPopupBlocked, setPopupBlocked] = useState(false)
  const text = messages.layouts
  // Large type for the whole document (rem) while presenting, set before the first paint and before the card is fitted
  // to it below (layouts.css says why it is a mark on the root and not a :has() selector).
  useLayoutEffect(function markTheRoot() {
    const root = document.documentElement
    root.dataset.presenting = ''
    return () => {
      delete root.dataset.presenting
    }
  }, [])
  usePresenterSync()
  useCoverInsets(cardRef, 'right')
  useFitCard(cardRef, isStoryOpen)

  useEffect(
    function leaveOnEscapeOrFullscreenExit() {
      const leave = () => {
        store.getState().setPresenting(false)
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      }
      const handleKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        event.stopPropagation() // the map's and the timeline's Escape would clear the step's selection
        leave()
      }
      const handleFullscreenChange = () => {
        if (!document.fullscreenElement) leave()
      }
      window.addEventListener('keydown', handleKeyDown, { capture: true })
      document.addEventListener('fullscreenchange', handleFullscreenChange)
      return function stopWatching() {
        window.removeEventListener('keydown', handleKeyDown, { capture: true })
        document.removeEventListener('fullscreenchange', handleFullscreenChange)
      }
    },
    [store],
  )

  function openPresenterWindow() {
    const url = new URL(window.location.href)
    const state = store.getState()
    url.search = ''
    url.searchParams.set('presenter', '1')
    if (state.storyId) url.searchParams.set('story', state.storyId)
    url.searchParams.set('step', String(state.stepIndex + 1))
    url.searchParams.set('lang', state.lang)
    const opened = window.open(url.toString(), 'frontera-presenter', 'popup,width=720,height=640')
    setPopupBlocked(opened === null)
  }

  const tools = (
    <>
      <button type="button" title={text.presenterWindowHint} onClick={openPresenterWindow}>
        {text.presenterWindow}
      </button>
      <button
        type="button"
        className="present-exit"
        title={text.exitPresentationHint}
        onClick={() => {
          store.getState().setPresenting(false)
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
        }}
      >
        {text.exitPresentation}
      </button>
      <p className="event-count">{messages.eventCount(shown, total)}</p>
      {isPopupBlocked ? (
        <p className="present-notice" role="status">
          {text.presenterBlocked}
        </p>
      ) : null}
    </>
  )

  return (
    <div className="app layout-present is-presenting">
      <h1 className="visually-hidden">{messages.appTitle}</h1>
      <ProblemNotice />
      <main className="present-main">
        <MapSection>
          <div ref={cardRef} className="present-card">
            {isStoryOpen ? (
              <StoryControls size="large" showExit={false} tools={tools} focusOnOpen />
            ) : (
              <section className="step-card step-card-large" aria-labelledby="present-pick">
                <h2 id="present-pick" className="step-headline">
                  {text.pickStory}
                </h2>
                <StoryList />
                <div className="story-options">{tools}</div>
              </section>
            )}
          </div>
        </MapSection>
        <TimelineSection singleLane />
      </main>
    </div>
  )
}
