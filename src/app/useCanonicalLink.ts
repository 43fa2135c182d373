import { useEffect } from 'react'
import { eventPagePath } from '../data/eventPagePath'
import { useSelectedEvent } from '../state/selectors'
import { useAppState } from '../state/store'

/**
 * While an event is selected, `<link rel="canonical">` names its static page (events/<id>/, written by the build),
 * so a shared `?event=` link and the page are one document for search engines. Built through the DOM, not as HTML.
 */
export function useCanonicalLink(): void {
  const event = useSelectedEvent()
  const lang = useAppState((s) => s.lang)
  // An imported event ("Your data") has no static page: only curated events are named.
  const isYourData = useAppState((s) => s.yourData !== null)
  const id = isYourData ? null : (event?.id ?? null)
  useEffect(
    function nameCanonicalPage() {
      if (id === null) return
      const link = document.createElement('link')
      link.rel = 'canonical'
      link.href = new URL(eventPagePath(id, lang), document.baseURI).href
      document.head.append(link)
      return () => {
        link.remove()
      }
    },
    [id, lang],
  )
}
