/**
 * The permalink and the APA, MLA and Chicago citations of one page (an event's, or the current view's), each with a
 * copy button.
 */
import { useState } from 'react'
import type { Lang } from '../data/types'
import type { Messages } from '../i18n/messages'
import { CITATION_STYLES, citationHtml, citationText, citeEvent, dayOf, type Citation } from './citations'

export function CitePanel({
  title,
  url,
  lang,
  messages,
}: {
  title: string
  url: string
  lang: Lang
  messages: Messages
}) {
  const [status, setStatus] = useState('')
  const accessed = dayOf(new Date())

  function copy(what: string, text: string, html?: string) {
    writeClipboard(text, html).then(
      () => {
        setStatus(messages.copied(what))
      },
      () => {
        setStatus(messages.copyFailed)
      },
    )
  }

  return (
    <div className="cite-panel">
      <p className="muted">{messages.citeHint}</p>
      <dl>
        <div className="cite-entry">
          <dt>{messages.permalink}</dt>
          <dd>
            <code className="cite-text">{url}</code>
            <CopyButton
              label={messages.copy}
              what={messages.permalink}
              onCopy={() => {
                copy(messages.permalink, url)
              }}
            />
          </dd>
        </div>
        {CITATION_STYLES.map((style) => {
          const citation = citeEvent(style, { title, url, accessed, lang })
          const name = messages.citationStyles[style]
          return (
            <div className="cite-entry" key={style} data-style={style}>
              <dt>{name}</dt>
              <dd>
                <CitationText citation={citation} />
                <CopyButton
                  label={messages.copy}
                  what={name}
                  onCopy={() => {
                    copy(name, citationText(citation), citationHtml(citation))
                  }}
                />
              </dd>
            </div>
          )
        })}
      </dl>
      <p className="cite-status" role="status">
        {status}
      </p>
    </div>
  )
}

function CitationText({ citation }: { citation: Citation }) {
  return (
    <span className="cite-text">
      {citation.map((segment, index) => (segment.italic ? <i key={index}>{segment.text}</i> : segment.text))}
    </span>
  )
}

function CopyButton({ label, what, onCopy }: { label: string; what: string; onCopy: () => void }) {
  return (
    <button type="button" className="cite-copy" onClick={onCopy}>
      {label}
      <span className="visually-hidden"> {what}</span>
    </button>
  )
}

/** Copies plain text, plus an HTML flavour (for italics in word processors) where the browser supports it. */
async function writeClipboard(text: string, html?: string): Promise<void> {
  // navigator.clipboard is missing outside secure contexts (plain http on another host).
  const clipboard = navigator.clipboard as Clipboard | undefined
  if (!clipboard) throw new Error('no clipboard')
  if (html !== undefined && typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ])
      return
    } catch {
      // Some browsers refuse text/html; plain text still works.
    }
  }
  await clipboard.writeText(text)
}
