/**
 * While "Your data" is shown (?dataset=yours): a line under the header that says so, with the file's title and
 * attribution and the way back to the curated dataset, and the card the explorer shows before a selection, with the
 * counts and the import report. File text is shown as text, isolated (<bdi>) from the words around it.
 */
import { lazy, Suspense, useRef, useState } from 'react'
import type { YourDataInfo } from '../../data/types'
import { useAppState } from '../../state/store'
import { datasetUrl } from './links'
import { IMPORT_MESSAGES } from './messages'
import './YourDataBanner.css'
import { Credit } from '../../ui/Credit'
import { SafeLink } from '../../ui/SafeLink'
import { useMessages } from '../../state/selectors'

const YourDataDialog = lazy(() =>
  import('./YourDataDialog').then((module) => ({ default: module.YourDataDialog })),
)

/** The one-line flag; nothing while the curated dataset is shown. */
export function YourDataFlag() {
  const info = useAppState((s) => s.yourData)
  const lang = useAppState((s) => s.lang)
  if (!info) return null
  const messages = IMPORT_MESSAGES[lang]
  return (
    <p className="your-data-flag">
      <strong>{info.kind === 'yours' ? messages.shownBanner : messages.publishedBanner}:</strong>{' '}
      <bdi>{info.title}</bdi>
      <span aria-hidden="true"> · </span>
      <span className="your-data-flag-attribution">
        <Credit attribution={info.attribution} licence={info.licence} />
      </span>
      <span aria-hidden="true"> · </span>
      <a href={datasetUrl(false, lang)}>{messages.curatedLink}</a>
    </p>
  )
}

/** The card before a selection: what was imported, what is not on the map or the timeline, and the report. */
export function YourDataCard({ info }: { info: YourDataInfo }) {
  const lang = useAppState((s) => s.lang)
  const messages = IMPORT_MESSAGES[lang]
  const newTabLabel = useMessages().opensInNewTab
  const [isOpen, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <section className="intro-card your-data-card" aria-labelledby="intro-title">
      <h2 id="intro-title">
        {info.kind === 'yours' ? messages.shownBanner : messages.publishedBanner}: <bdi>{info.title}</bdi>
      </h2>
      <p>
        {messages.attribution}: <Credit attribution={info.attribution} licence={info.licence} />
      </p>
      {info.intro ? (
        <>
          {info.intro.text ? (
            <p className="your-data-intro">
              <bdi>{info.intro.text}</bdi>
            </p>
          ) : null}
          {info.intro.links.length > 0 ? (
            <ul className="your-data-intro-links">
              {info.intro.links.map((link, index) => (
                <li key={index}>
                  <SafeLink href={link.url} newTabLabel={newTabLabel}>
                    {link.label ?? link.url}
                  </SafeLink>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <p className="intro-counts">
        {messages.counts(info.imported, info.notOnMap, info.notOnTimeline, info.skipped)}
      </p>
      <p className="muted">
        {messages.fileLabel}: <bdi>{info.fileName}</bdi> ({info.format}).{' '}
        {info.kind === 'yours' ? messages.readHere : messages.publishedNote}
      </p>
      <p className="your-data-actions">
        {info.kind === 'yours' ? (
          <button
            ref={buttonRef}
            type="button"
            aria-haspopup="dialog"
            onClick={() => {
              setOpen(true)
            }}
          >
            {messages.openReport}
          </button>
        ) : null}{' '}
        <a href={datasetUrl(false, lang)}>{messages.curatedLink}</a>
      </p>
      {isOpen ? (
        <Suspense fallback={null}>
          <YourDataDialog
            lang={lang}
            isShown
            onClose={() => {
              setOpen(false)
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
    </section>
  )
}
