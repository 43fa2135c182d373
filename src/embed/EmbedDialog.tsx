/**
 * The embed code generator: a modal <dialog> (the browser makes the page behind it inert, Escape closes it, and the
 * opener gets focus back) that builds the code for the current state with the chosen view, height (fixed, with a
 * default per view, or auto), language, theme and embed id: the iframe alone, the iframe with embed.js, or AMP's
 * amp-iframe. It shows the code as text in a read-only textarea, copies it, and previews the embed live at 320 px,
 * 600 px or the full width, beside the options so that the preview is on screen without scrolling.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { DEFAULT_HEIGHT, MAX_FIXED_HEIGHT, MIN_FIXED_HEIGHT, type EmbedHeight } from './embedHeight'
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
  buildAmpSnippet,
  buildEmbedSnippet,
  buildEmbedUrl,
  clampEmbedHeight,
  SANDBOX_TOKENS,
} from './embedSnippet'
import { clampHeight, isEmbedId } from './protocol'
import './EmbedDialog.css'

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', de: 'Deutsch' }
const VIEWS: readonly PanelView[] = ['map', 'timeline', 'list']
type SnippetKind = 'iframe' | 'script' | 'amp'
const SNIPPET_KINDS: readonly SnippetKind[] = ['script', 'iframe', 'amp']
type PreviewWidth = '320' | '600' | 'full'
const PREVIEW_WIDTHS: readonly PreviewWidth[] = ['320', '600', 'full']

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore()
  const messages = useMessages()
  const ids = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [initial] = useState(() => store.getState())
  const [view, setView] = useState<PanelView>(initial.view)
  const [lang, setLang] = useState<Lang>(initial.lang)
  const [theme, setTheme] = useState<ThemeChoice>(initial.theme)
  const isStory = initial.storyId !== null
  const defaultHeight = (forView: PanelView) => DEFAULT_HEIGHT[isStory ? 'story' : forView]
  const [height, setHeight] = useState(String(defaultHeight(initial.view)))
  const [isAuto, setIsAuto] = useState(false)
  const [eid, setEid] = useState('frontera')
  const [kind, setKind] = useState<SnippetKind>('script')
  const [previewWidth, setPreviewWidth] = useState<PreviewWidth>('600')
  /** The height the auto preview last reported, for the URL it was reporting for. */
  const [reported, setReported] = useState<{ src: string; height: number } | null>(null)
  const previewRef = useRef<HTMLIFrameElement>(null)
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const textareaRef = useRef<HTMLTextAreaElement>(null)

  const eidIsValid = isEmbedId(eid)
  const fixedPx = Math.min(MAX_FIXED_HEIGHT, Math.max(MIN_FIXED_HEIGHT, clampEmbedHeight(Number(height))))
  const chosenHeight: EmbedHeight = isAuto ? 'auto' : fixedPx
  // An auto embed starts at its view's default; embed.js (or AMP) then follows what it reports.
  const heightPx = isAuto ? defaultHeight(view) : fixedPx
  const base = appBaseUrl(window.location.href)
  const src = useMemo(
    () =>
      buildEmbedUrl(
        base,
        encodeUrlState({ ...store.getState(), view, lang, theme }),
        eidIsValid ? eid : null,
        chosenHeight,
      ),
    [base, store, view, lang, theme, eid, eidIsValid, chosenHeight],
  )
  const title = MESSAGES[lang].embed.frameTitle
  const snippet =
    kind === 'amp'
      ? buildAmpSnippet({ src, title, height: heightPx, showMore: MESSAGES[lang].embedCompact.ampShowMore })
      : buildEmbedSnippet({
          src,
          title,
          height: heightPx,
          scriptSrc: kind === 'script' ? new URL('embed.js', base).toString() : null,
        })
  const text = messages.embedCompact

  useEffect(
    function followAutoPreview() {
      // The preview of an auto embed follows the height it reports, as embed.js would (same checks: its window,
      // our origin, a number, clamped).
      if (!isAuto) return
      const listen = (event: MessageEvent<unknown>) => {
        if (event.source !== previewRef.current?.contentWindow || event.origin !== window.location.origin)
          return
        const data = event.data as { type?: unknown; version?: unknown; height?: unknown } | null
        if (data?.type === 'frontera:resize' && data.version === 1 && typeof data.height === 'number')
          setReported({ src, height: clampHeight(data.height) })
      }
      window.addEventListener('message', listen)
      return () => {
        window.removeEventListener('message', listen)
      }
    },
    [isAuto, src],
  )

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
      onKeyDown={(key) => {
        // Escape closes this dialog (the browser does that); it must not also reach a menu the Embed button sits in,
        // which would close and take the button, where focus returns, out of view.
        if (key.key === 'Escape') key.stopPropagation()
      }}
    >
      <div className="embed-dialog-head">
        <h2 id={`${ids}-title`}>{messages.embed.dialogTitle}</h2>
        <button type="button" onClick={close}>
          {messages.embed.close}
        </button>
      </div>
      <p id={`${ids}-intro`}>{messages.embed.dialogIntro}</p>
      <div className="embed-dialog-body">
        <div className="embed-dialog-settings">
          <div className="embed-options">
            <label>
              <span>{messages.embed.view}</span>
              <select
                value={view}
                onChange={(change) => {
                  const next = change.target.value as PanelView
                  setView(next)
                  setHeight(String(defaultHeight(next)))
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
            <fieldset className="embed-height">
              <legend>{text.heightChoice}</legend>
              <label>
                <span className="visually-hidden">{text.heightPx}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={MIN_FIXED_HEIGHT}
                  max={MAX_FIXED_HEIGHT}
                  step={10}
                  value={height}
                  disabled={isAuto}
                  aria-describedby={`${ids}-height-help`}
                  onChange={(change) => {
                    setHeight(change.target.value)
                  }}
                />{' '}
                px
              </label>
              <label className="embed-option-check">
                <input
                  type="checkbox"
                  checked={isAuto}
                  onChange={(change) => {
                    setIsAuto(change.target.checked)
                  }}
                />{' '}
                {text.heightAuto}
              </label>
              <p id={`${ids}-height-help`} className="embed-help">
                {text.heightHelp}
              </p>
            </fieldset>
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
          </div>
          <fieldset className="embed-kind">
            <legend>{text.snippetKind}</legend>
            {SNIPPET_KINDS.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  value={option}
                  checked={kind === option}
                  onChange={() => {
                    setKind(option)
                    setCopyStatus('idle')
                  }}
                />{' '}
                {option === 'iframe'
                  ? text.snippetIframe
                  : option === 'script'
                    ? text.snippetScript
                    : text.snippetAmp}
              </label>
            ))}
          </fieldset>
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
        </div>
        <section className="embed-preview-column" aria-labelledby={`${ids}-preview`}>
          <div className="embed-preview-head">
            <h3 id={`${ids}-preview`} className="embed-preview-heading">
              {messages.embed.preview}
            </h3>
            <fieldset className="embed-preview-widths">
              <legend className="visually-hidden">{text.previewWidth}</legend>
              {PREVIEW_WIDTHS.map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${ids}-width`}
                    value={option}
                    checked={previewWidth === option}
                    onChange={() => {
                      setPreviewWidth(option)
                    }}
                  />{' '}
                  {option === 'full' ? text.previewFull : `${option} px`}
                </label>
              ))}
            </fieldset>
          </div>
          <div className="embed-preview-stage">
            {/* Inert: a look, not a second app to tab through; keeps focus, and Escape, in the dialog. */}
            <iframe
              ref={previewRef}
              className={`embed-preview width-${previewWidth}`}
              inert
              src={src}
              title={title}
              {...(previewWidth === 'full' ? {} : { width: previewWidth })}
              height={isAuto && reported?.src === src ? reported.height : heightPx}
              sandbox={SANDBOX_TOKENS}
              referrerPolicy="strict-origin-when-cross-origin"
            />
          </div>
        </section>
      </div>
    </dialog>
  )
}
