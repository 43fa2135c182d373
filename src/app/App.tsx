/**
 * The app: one store, several layouts (src/layouts/*), picked from the state (src/state/layout.ts): explore, story,
 * present and phone; the embed is a mode of its own (EmbedLayout). Every layout composes the same views, which are
 * linked only through the store.
 */
import '../layouts/layouts.css'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { prepareRelatedEvents } from '../data/queries'
import type { EventRecord } from '../data/types'
import { NO_EMBED_CONFIG, type EmbedConfig } from '../embed/embedConfig'
import { ExploreLayout } from '../layouts/ExploreLayout'
import { PhoneLayout } from '../layouts/PhoneLayout'
import { PresentLayout } from '../layouts/PresentLayout'
import { StoryLayout } from '../layouts/StoryLayout'
import { PresenterWindow } from '../presentation/PresenterWindow'
import { PHONE_QUERY, selectLayout } from '../state/layout'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { useStoryKeys } from '../story/useStoryKeys'
import { Announcer } from './Announcer'
import { EmbedLayout } from './EmbedLayout'
import type { Mode } from './mode'
import { useCanonicalLink } from './useCanonicalLink'
import { useDocumentLang } from './useDocumentLang'
import { useUrlSync } from './useUrlSync'

// Here, not in main.tsx: the explorer's chunk, which an embed never loads (main.tsx calls it once this chunk is in).
export { registerServiceWorker } from './registerServiceWorker'

export function App({ mode = 'explore', embed = NO_EMBED_CONFIG }: { mode?: Mode; embed?: EmbedConfig }) {
  if (mode === 'embed') return <EmbedLayout config={embed} />
  if (mode === 'presenter') return <PresenterWindow />
  return (
    <>
      <UrlSync />
      <Layouts />
    </>
  )
}

/** The explorer mirrors its state into the address bar; an embed and the presenter window do not (an embed's history
 * entries would become the host article's Back button steps). */
function UrlSync() {
  useUrlSync(useAppStore())
  return null
}

function Layouts() {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const isPhone = useMediaQuery(PHONE_QUERY)
  const layout = useAppState((s) => selectLayout(s, isPhone))
  const [startedHere, setStartedHere] = useState(false)
  useDocumentLang(lang, `${messages.appTitle} — ${messages.appTagline}`)
  useCanonicalLink()
  useStoryKeys()
  useRelationsAhead(useAppState((s) => s.dataset.events))

  useEffect(
    function followStoryStartAndExit() {
      return store.subscribe((state, previous) => {
        // Focus follows the reader's own Start (into the card) and Exit (to the Stories entry), never a link's.
        if (previous.storyId === null && state.storyId !== null) setStartedHere(true)
        if (previous.storyId !== null && state.storyId === null)
          queueMicrotask(() => {
            document.querySelector<HTMLElement>('.stories-menu > summary, .phone-menu > summary')?.focus()
          })
      })
    },
    [store],
  )

  return (
    <>
      {layout === 'phone' ? (
        <PhoneLayout />
      ) : layout === 'present' ? (
        <PresentLayout />
      ) : layout === 'story' ? (
        <StoryLayout focusCard={startedHere} />
      ) : (
        <ExploreLayout />
      )}
      <Announcer />
    </>
  )
}

/**
 * The first selection's details would scan every event for the relations pointing at the selected one (3–10 ms of
 * the click at 10,000 events, ten times that at 100,000): done once, when the page is idle. (Where the browser has no
 * idle callbacks, the first selection does it, as before.)
 */
function useRelationsAhead(events: readonly EventRecord[]): void {
  useEffect(
    function findRelationsAhead() {
      if (typeof globalThis.requestIdleCallback !== 'function') return
      const handle = globalThis.requestIdleCallback(
        () => {
          prepareRelatedEvents(events)
        },
        { timeout: 10_000 },
      )
      return () => {
        globalThis.cancelIdleCallback(handle)
      }
    },
    [events],
  )
}

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => {
        list.removeEventListener('change', onChange)
      }
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    // The prerendered page (src/app/prerender.tsx) is the desktop one; a phone switches once it has hydrated.
    () => false,
  )
}
