/**
 * "Cite this event" in the detail panel and "Cite this view" in the Share menu: a disclosure whose contents (the
 * citation code) load when it is opened. What it cites is read when it opens, so a view's link is the current one.
 */
import { lazy, Suspense, useState } from 'react'
import type { Lang } from '../data/types'
import type { Messages } from '../i18n/messages'

const CitePanel = lazy(() => import('./CitePanel').then((module) => ({ default: module.CitePanel })))

export function CiteDisclosure({
  className = 'cite-event',
  summary,
  cite,
  lang,
  messages,
}: {
  className?: string
  summary: string
  /** The title and the link to cite, read when the disclosure opens. */
  cite: () => { title: string; url: string }
  lang: Lang
  messages: Messages
}) {
  const [subject, setSubject] = useState<{ title: string; url: string } | null>(null)
  return (
    <details
      className={className}
      onToggle={(toggle) => {
        setSubject(toggle.currentTarget.open ? cite() : null)
      }}
    >
      <summary>{summary}</summary>
      {subject ? (
        <Suspense fallback={<p className="muted">{messages.loading}</p>}>
          <CitePanel title={subject.title} url={subject.url} lang={lang} messages={messages} />
        </Suspense>
      ) : null}
    </details>
  )
}
