/**
 * The embed code generator: a modal <dialog> (the browser makes the page behind it inert, Escape closes it, and the
 * opener gets focus back) that builds the iframe code for the current state with the chosen view, height, language,
 * theme and embed id, shows it as text in a read-only textarea, copies it, and previews the embed live.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { LANGS } from '../data/vocabulary'
import type { Lang } from '../data/types'
import { MESSAGES } from '../i18n/messages'
import { useMessages } from '../state/selectors'
import { useAppStore } from '../state/store'
import { isThemeChoice, THEME_CHOICES, type ThemeChoice } from '../state/theme'
import { encodeUrlState } from '../state/urlState'
import type { PanelView } from '../state/view'
import {
  appBaseUrl,
  buildEmbedSnippet,
  buildEmbedUrl,
  clampEmbedHeight,
  SANDBOX_TOKENS,
} from './embedSnippet'
import { isEmbedId } from './protocol'
import './EmbedDialog.css'

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', de: 'Deutsch' }
const VIEWS: readonly PanelView[] = ['map', 'timeline', 'list']
/** Heights of each embed view at about 600 px wide with nothing selected; embed.js then follows the content. */
export const SUGGESTED_HEIGHT: Record<PanelView, number> = { map: 700, timeline: 480, list: 460 }

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore()
  const messages = useMessages()
  const ids = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [initial] = useState(() => store.getState())
  const [view, setView] = useState<PanelView>(initial.view)
  const [lang, setLang] = useState<Lang>(initial.lang)
  const [theme, setTheme] = useState<ThemeChoice>(initial.theme)
  const [height, setHeight] = useState(String(SUGGESTED_HEIGHT[initial.view]))
  const [eid, setEid] = useState('frontera')
  const [withScript, setWithScript] = useState(true)
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const textareaRef = useRef<HTMLTextAreaElement>(null)

  const eidIsValid = isEmbedId(eid)
  const heightPx = clampEmbedHeight(Number(height))
  const base = appBaseUrl(window.location.href)
  const src = useMemo(
    () =>
      buildEmbedUrl(
        base,
        encodeUrlState({ ...store.getState(), view, lang, theme }),
        eidIsValid ? eid : null,
      ),
    [base, store, view, lang, theme, eid, eidIsValid],
  )
  const title = MESSAGES[lang].embed.frameTitle
  const snippet = buildEmbedSnippet({
    src,
    title,
    height: heightPx,
    scriptSrc: withScript ? new URL('embed.js', base).toString() : null,
  })

  useEffect(function openAsModal() {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    // jsdom has no showModal(); browsers do.
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [])

  function close() {
    const dialog = dialogRef.current
    // close() fires the dialog's close event, which calls onClose; jsdom has no close().
    if (dialog && typeof dialog.close === 'function') dialog.close()
    else onClose()
  }

  function copy() {
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (!clipboard) {
      textareaRef.current?.select()
      setCopyStatus('failed')
      return
    }
    clipboard.writeText(snippet).then(
      () => {
        setCopyStatus('copied')
      },
      () => {
        textareaRef.current?.select()
        setCopyStatus('failed')
      },
    )
  }

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onClose={onClose}
    >
      <div className="embed-dialog-head">
        <h2 id={`${ids}-title`}>{messages.embed.dialogTitle}</h2>
        <button type="button" onClick={close}>
          {messages.embed.close}
        </button>
      </div>
      <p id={`${ids}-intro`}>{messages.embed.dialogIntro}</p>
      <div className="embed-options">
        <label>
          <span>{messages.embed.view}</span>
          <select
            value={view}
            onChange={(change) => {
              const next = change.target.value as PanelView
              setView(next)
              setHeight(String(SUGGESTED_HEIGHT[next]))
            }}
          >
            {VIEWS.map((option) => (
              <option key={option} value={option}>
                {messages[option]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{messages.embed.language}</span>
          <select
            value={lang}
            onChange={(change) => {
              setLang(change.target.value as Lang)
            }}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{messages.embed.theme}</span>
          <select
            value={theme}
            onChange={(change) => {
              if (isThemeChoice(change.target.value)) setTheme(change.target.value)
            }}
          >
            {THEME_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {messages.themeChoice[choice]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{messages.embed.height}</span>
          <input
            type="number"
            inputMode="numeric"
            min={150}
            max={5000}
            step={10}
            value={height}
            onChange={(change) => {
              setHeight(change.target.value)
            }}
          />
        </label>
        <label className="embed-option-wide">
          <span>{messages.embed.embedId}</span>
          <input
            type="text"
            value={eid}
            maxLength={64}
            spellCheck={false}
            aria-invalid={!eidIsValid}
            onChange={(change) => {
              setEid(change.target.value)
            }}
          />
        </label>
        <label className="embed-option-check">
          <input
            type="checkbox"
            checked={withScript}
            onChange={(change) => {
              setWithScript(change.target.checked)
            }}
          />{' '}
          {messages.embed.withScript}
        </label>
      </div>
      <label className="embed-code" htmlFor={`${ids}-code`}>
        {messages.embed.code}
      </label>
      <textarea
        id={`${ids}-code`}
        ref={textareaRef}
        className="embed-code-text"
        readOnly
        rows={9}
        value={snippet}
        spellCheck={false}
        onFocus={(focus) => {
          focus.currentTarget.select()
        }}
      />
      <div className="embed-copy">
        <button type="button" onClick={copy}>
          {messages.embed.copy}
        </button>
        <span role="status" className="embed-copy-status">
          {copyStatus === 'copied'
            ? messages.embed.copied
            : copyStatus === 'failed'
              ? messages.embed.copyFailed
              : ''}
        </span>
      </div>
      <h3 className="embed-preview-heading">{messages.embed.preview}</h3>
      {/* Inert: a look, not a second app to tab through; keeps focus, and Escape, in the dialog. */}
      <iframe
        className="embed-preview"
        inert
        src={src}
        title={title}
        height={heightPx}
        sandbox={SANDBOX_TOKENS}
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </dialog>
  )
}
