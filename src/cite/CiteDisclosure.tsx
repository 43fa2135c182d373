/** "Cite this event" in the detail panel: a disclosure whose contents (the citation code) load when it is opened. */
import { lazy, Suspense, useState } from 'react'
import type { EventRecord, Lang } from '../data/types'
import type { Messages } from '../i18n/messages'

const CitePanel = lazy(() => import('./CitePanel').then((module) => ({ default: module.CitePanel })))

export function CiteDisclosure({
  event,
  lang,
  messages,
}: {
  event: EventRecord
  lang: Lang
  messages: Messages
}) {
  const [isOpen, setOpen] = useState(false)
  return (
    <details
      className="cite-event"
      onToggle={(toggle) => {
        setOpen(toggle.currentTarget.open)
      }}
    >
      <summary>{messages.citeEvent}</summary>
      {isOpen ? (
        <Suspense fallback={<p className="muted">{messages.loading}</p>}>
          <CitePanel event={event} lang={lang} messages={messages} />
        </Suspense>
      ) : null}
    </details>
  )
}
