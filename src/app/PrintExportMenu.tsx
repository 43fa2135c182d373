/**
 * The header's "Share" menu: a printed handout, CSV and JSON of the events that pass the current filters, and the
 * embed code generator (its dialog keeps the menu open, so focus returns to its button when it closes), and the
 * citation of the current view (its link carries the selection, filters and time window).
 * The handout and the exporters are loaded only when asked for (dynamic import), so the first load stays small.
 * Once loaded, the handout stays in the page, hidden, so any later print (menu, Ctrl+P) prints it.
 */
import { type ComponentType, memo, useEffect, useEffectEvent, useRef, useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import type { ExportFormat } from '../export/exportSelection'
import { useMessages, useVisibleEvents } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectVisibleEvents } from '../state/visibleEvents'
import { EmbedButton } from '../embed/EmbedButton'
import { IMPORT_MESSAGES } from '../import/ui/messages'
import { CiteDisclosure } from '../cite/CiteDisclosure'
import { encodeUrlState, pageHrefWith } from '../state/urlState'

let handoutLoading: Promise<ComponentType> | null = null

function loadHandout(): Promise<ComponentType> {
  handoutLoading ??= import('../print/PrintHandout').then(
    async (module) => {
      await module.prepareHandout()
      return module.PrintHandout
    },
    (error: unknown) => {
      handoutLoading = null // a failed load (offline, new deployment) can be tried again
      throw error
    },
  )
  return handoutLoading
}

function PrintExportMenuComponent() {
  const store = useAppStore()
  const messages = useMessages()
  const count = useVisibleEvents().length
  const total = useAppState((s) => s.dataset.events.length)
  const lang = useAppState((s) => s.lang)
  const yourData = useAppState((s) => s.yourData)
  const [Handout, setHandout] = useState<ComponentType | null>(null)
  const [status, setStatus] = useState('')
  const menuRef = useRef<HTMLDetailsElement>(null)
  const isHandoutReady = Handout !== null

  async function printHandout() {
    setStatus('')
    try {
      const loaded = await loadHandout()
      flushSync(() => {
        setHandout(() => loaded)
      })
    } catch {
      setStatus(messages.printFailed)
    }
    window.print()
  }

  async function download(format: ExportFormat) {
    setStatus('')
    try {
      const { exportFileName, exportSelection } = await import('../export/exportSelection')
      const state = store.getState()
      const now = new Date()
      exportSelection(format, selectVisibleEvents(state), state.dataset, state.lang, now)
      setStatus(messages.exportDone(exportFileName(format, now)))
    } catch {
      setStatus(messages.exportFailed)
    }
  }

  const printHandoutFromKeyboard = useEffectEvent(() => {
    void printHandout()
  })
  useEffect(
    function printHandoutOnCtrlP() {
      if (isHandoutReady) return // the handout is in the page: the browser's own print shows it
      const handleKeyDown = (event: KeyboardEvent) => {
        if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey) return
        event.preventDefault()
        printHandoutFromKeyboard()
      }
      window.addEventListener('keydown', handleKeyDown)
      return function stopWatchingCtrlP() {
        window.removeEventListener('keydown', handleKeyDown)
      }
    },
    [isHandoutReady],
  )

  return (
    <>
      <details
        className="tools-menu"
        ref={menuRef}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !menuRef.current?.open) return
          menuRef.current.open = false
          menuRef.current.querySelector('summary')?.focus()
        }}
      >
        <summary title={messages.layouts.shareHint}>{messages.layouts.share}</summary>
        <div className="tools-menu-body">
          <p className="tools-menu-scope">{messages.exportScope(count, total)}</p>
          <button type="button" onClick={() => void printHandout()}>
            {messages.printHandout}
          </button>
          <button type="button" onClick={() => void download('csv')}>
            {messages.downloadCsv}
          </button>
          {yourData ? (
            // An imported dataset is not in the curated file format: its own JSON (with the report) comes from the
            // Your data dialog or the site's datasets/ folder. The menu gives the credit the file asks for.
            <p className="tools-menu-credit">
              {IMPORT_MESSAGES[lang].attribution}: <bdi>{yourData.attribution}</bdi>
            </p>
          ) : (
            <button type="button" onClick={() => void download('json')}>
              {messages.downloadJson}
            </button>
          )}
          {/* "Your data" lives in this browser: no embed or citation link can reach it. A published one can. */}
          {yourData?.kind === 'yours' ? null : <EmbedButton />}
          {yourData?.kind === 'yours' ? null : (
            <CiteDisclosure
              className="cite-view"
              summary={messages.citeView}
              cite={() => {
                const state = store.getState()
                const event = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
                return {
                  title: event ? event.title[state.lang] : messages.embed.frameTitle,
                  // The view's address from the state: useUrlSync writes the address bar after the next paint.
                  url: pageHrefWith(window.location.href, encodeUrlState(state)),
                }
              }}
              lang={lang}
              messages={messages}
            />
          )}
          <p className="tools-menu-status" role="status">
            {status}
          </p>
        </div>
      </details>
      {Handout ? createPortal(<Handout />, document.body) : null}
    </>
  )
}

/** Memoized: it reads what it needs from the store itself, so a parent's re-render (a selection) skips it. */
export const PrintExportMenu = memo(PrintExportMenuComponent)
