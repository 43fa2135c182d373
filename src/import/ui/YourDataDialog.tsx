/**
 * "Your data": open a file (picker, drop, paste), import it in a worker with a progress bar and cancel, show the
 * summary and the report, and keep it in this browser until removed. The imported dataset is kept apart from the
 * curated one (never mixed); the dialog links back to it. Loaded on first use, like the embed dialog.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { Lang } from '../../data/types'
import { downloadBlob } from '../../export/exportSelection'
import {
  fetchAllowed,
  IMPORT_ORIGINS_FILE,
  MAX_URL_BYTES,
  originsFromFile,
  planUrlImport,
  UrlImportError,
} from '../fromUrl'
import { importedDatasetFileSchema } from '../profile'
import type { ColumnMapping, ImportResult } from '../types'
import { ColumnMappingForm } from './ColumnMappingForm'
import { IMPORT_MESSAGES } from './messages'
import { ReportTable } from './ReportTable'
import { ImportCancelled, runInWorker, type RunningImport } from './runInWorker'
import { datasetUrl } from './links'
import { loadImport, loadImportSummary, removeImport, saveImport } from '../storage'
import './YourData.css'

type Status =
  | { kind: 'idle' }
  | { kind: 'fetching'; origin: string; done: number | undefined; abort: AbortController }
  | { kind: 'running'; name: string; done: number; job: RunningImport }
  | { kind: 'message'; text: string; hint?: string }

/** A report restored from storage is input like any file: its column list is used only if it is a list of text. */
function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/**
 * The origins this build lets "Your data" load from (import-origins.json, same origin), checked again here; none when
 * the file is missing or unreadable. The server's Content-Security-Policy enforces the same list.
 */
async function loadAllowedOrigins(): Promise<string[]> {
  const response = await fetch(new URL(IMPORT_ORIGINS_FILE, document.baseURI), { cache: 'no-cache' })
  if (!response.ok) return []
  return originsFromFile(await response.json())
}

export function YourDataDialog({
  lang,
  onClose,
  initialFile,
  isShown = false,
}: {
  lang: Lang
  onClose: () => void
  initialFile?: File | undefined
  /** The app is showing the saved import now (?dataset=yours): removing it or going back reloads the curated data. */
  isShown?: boolean
}) {
  const messages = IMPORT_MESSAGES[lang]
  const ids = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [result, setResult] = useState<ImportResult | undefined>()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [pasted, setPasted] = useState('')
  const [isOver, setIsOver] = useState(false)
  const started = useRef(false)
  /** The last file read (a copy: the bytes handed to the worker are transferred), for switching the date order. */
  const lastFile = useRef<{ bytes: Uint8Array; name: string; sourceUrl?: string } | undefined>(undefined)
  /** The origins a web address may be on (undefined until known). */
  const [allowedOrigins, setAllowedOrigins] = useState<string[] | undefined>()
  const [address, setAddress] = useState('')
  const [sheetNote, setSheetNote] = useState<string | undefined>()
  const [hasFile, setHasFile] = useState(false)
  /** Saved in this browser (what "Show" opens); a new import is shown only once it is saved. */
  const [isSaved, setSaved] = useState(false)

  useEffect(function openAsModal() {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [])

  useEffect(function readAllowedOrigins() {
    let live = true
    loadAllowedOrigins()
      .catch(() => [])
      .then((origins) => {
        if (live) setAllowedOrigins(origins)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  useEffect(function restoreSaved() {
    let live = true
    // The summary only (the dataset without its events): opening the dialog never reads 100,000 events.
    loadImportSummary()
      .then((saved) => {
        // What comes back from storage is checked like any file before it is shown.
        if (live && saved && importedDatasetFileSchema.safeParse(saved.dataset).success) {
          setResult((current) => current ?? { dataset: saved.dataset, report: saved.report })
          setSaved(true)
        }
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  function stopCurrent() {
    if (status.kind === 'running') status.job.cancel()
    if (status.kind === 'fetching') status.abort.abort()
  }

  function start(
    bytes: Uint8Array,
    name: string,
    again: { dayMonthOrder?: 'dmy' | 'mdy'; mapping?: ColumnMapping } = {},
    sourceUrl?: string,
  ) {
    stopCurrent()
    lastFile.current = { bytes: bytes.slice(), name, ...(sourceUrl ? { sourceUrl } : {}) }
    setHasFile(true)
    const job = runInWorker(
      {
        bytes,
        fileName: name,
        ...(again.dayMonthOrder ? { dayMonthOrder: again.dayMonthOrder } : {}),
        ...(again.mapping ? { mapping: again.mapping, format: 'csv' as const } : {}),
        ...(sourceUrl ? { sourceUrl } : {}),
      },
      (done) => {
        setStatus((current) =>
          current.kind === 'running' && current.job === job ? { ...current, done } : current,
        )
      },
    )
    setStatus({ kind: 'running', name, done: 0, job })
    job.result
      .then(async ({ result: imported, saved: savedByWorker }) => {
        setResult(imported)
        setSaved(savedByWorker)
        setStatus({ kind: 'idle' })
        if (savedByWorker) return
        // The worker could not save it (a browser without IndexedDB in workers): the page tries.
        const saved = await saveImport(imported).then(
          () => true,
          () => false,
        )
        setSaved(saved)
      })
      .catch((error: unknown) => {
        setStatus({
          kind: 'message',
          text:
            error instanceof ImportCancelled
              ? messages.cancelled
              : messages.failed(error instanceof Error ? error.message : String(error)),
        })
      })
  }

  async function startFile(file: File) {
    setSheetNote(undefined)
    start(new Uint8Array(await file.arrayBuffer()), file.name)
  }

  /** Downloads an allowed web address (a Google Sheets link as its CSV), then imports it like a file. */
  async function startAddress(text: string, origins: readonly string[]) {
    stopCurrent()
    setSheetNote(undefined)
    const plan = planUrlImport(text, origins)
    if (plan.kind === 'invalid') {
      setStatus({ kind: 'message', text: messages.urlInvalid(plan.value.slice(0, 200)) })
      return
    }
    if (plan.kind === 'not-allowed') {
      setStatus({ kind: 'message', text: messages.urlNotAllowed(plan.origin, origins.join(', ')) })
      return
    }
    if (plan.sheet) setSheetNote(messages.urlSheetRead(plan.url.href))
    const abort = new AbortController()
    const origin = plan.url.origin
    setStatus({ kind: 'fetching', origin, done: undefined, abort })
    try {
      const bytes = await fetchAllowed(plan.url, origins, {
        signal: abort.signal,
        onProgress: (done) => {
          setStatus((current) =>
            current.kind === 'fetching' && current.abort === abort ? { ...current, done } : current,
          )
        },
      })
      if (abort.signal.aborted) return
      start(bytes, plan.fileName, {}, plan.url.href)
    } catch (error) {
      if (abort.signal.aborted) {
        setStatus((current) =>
          current.kind === 'fetching' && current.abort === abort
            ? { kind: 'message', text: messages.cancelled }
            : current,
        )
        return
      }
      const failure = error instanceof UrlImportError ? error.failure : { kind: 'network' as const }
      const text =
        failure.kind === 'status'
          ? messages.urlStatus(origin, failure.status)
          : failure.kind === 'redirected'
            ? messages.urlRedirected(failure.origin)
            : failure.kind === 'too-large'
              ? messages.urlTooLarge(MAX_URL_BYTES / 1024 / 1024)
              : messages.urlNetwork(origin)
      setStatus({ kind: 'message', text, ...(plan.sheet ? { hint: messages.urlSheetHint } : {}) })
    }
  }

  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true
      void startFile(initialFile)
    }
  })

  function close() {
    stopCurrent()
    const dialog = dialogRef.current
    if (dialog && typeof dialog.close === 'function') dialog.close()
    else onClose()
  }

  const dataset = result?.dataset
  const report = result?.report
  return (
    <dialog ref={dialogRef} className="your-data-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <div className="your-data-head">
        <h2 id={`${ids}-title`}>{messages.title}</h2>
        <button type="button" onClick={close}>
          {messages.close}
        </button>
      </div>
      <p>{messages.intro}</p>
      <p>{messages.xlsx}</p>
      <div
        className={`your-data-drop${isOver ? ' is-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setIsOver(true)
        }}
        onDragLeave={() => {
          setIsOver(false)
        }}
        onDrop={(event) => {
          event.preventDefault()
          setIsOver(false)
          const file = event.dataTransfer.files[0]
          if (file) void startFile(file)
        }}
      >
        <label className="your-data-file">
          {messages.chooseFile}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,.geojson,.kml,.xml"
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (file) void startFile(file)
              event.target.value = ''
            }}
          />
        </label>
        <span>{messages.dropHere}</span>
      </div>
      <label className="your-data-paste" htmlFor={`${ids}-paste`}>
        {messages.pasteLabel}
      </label>
      <textarea
        id={`${ids}-paste`}
        rows={3}
        value={pasted}
        onChange={(event) => {
          setPasted(event.target.value)
        }}
      />
      <button
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => {
          start(new TextEncoder().encode(pasted), 'pasted.txt')
        }}
      >
        {messages.pasteButton}
      </button>
      {allowedOrigins === undefined ? null : allowedOrigins.length === 0 ? (
        <p className="your-data-url-off">{messages.urlOff}</p>
      ) : (
        <form
          className="your-data-url"
          onSubmit={(event) => {
            event.preventDefault()
            void startAddress(address, allowedOrigins)
          }}
        >
          <label htmlFor={`${ids}-url`}>{messages.urlLabel}</label>
          <div className="your-data-url-row">
            <input
              id={`${ids}-url`}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              aria-describedby={`${ids}-url-allowed`}
              value={address}
              onChange={(event) => {
                setAddress(event.target.value)
              }}
            />
            <button type="submit" disabled={address.trim() === ''}>
              {messages.urlButton}
            </button>
          </div>
          <p id={`${ids}-url-allowed`} className="your-data-url-allowed">
            {messages.urlAllowed(allowedOrigins.join(', '))}
          </p>
        </form>
      )}
      <div aria-live="polite" className="your-data-status">
        {sheetNote ? <p className="your-data-sheet-note">{sheetNote}</p> : null}
        {status.kind === 'fetching' || status.kind === 'running' ? (
          <div className="your-data-progress">
            <span id={`${ids}-progress`}>
              {status.kind === 'fetching'
                ? messages.urlFetching(status.origin)
                : messages.importing(status.name)}
            </span>
            {status.done === undefined ? (
              <progress aria-labelledby={`${ids}-progress`} />
            ) : (
              <progress aria-labelledby={`${ids}-progress`} max={1} value={status.done} />
            )}
            <button type="button" onClick={stopCurrent}>
              {messages.cancel}
            </button>
          </div>
        ) : status.kind === 'message' ? (
          <div role="alert">
            <p>{status.text}</p>
            {status.hint ? <p>{status.hint}</p> : null}
          </div>
        ) : null}
      </div>
      {dataset && report ? (
        <section className="your-data-result" aria-labelledby={`${ids}-banner`}>
          <h3 id={`${ids}-banner`}>{messages.banner(dataset.title)}</h3>
          <p className="your-data-summary">{messages.summary(report.summary)}</p>
          <p>
            {messages.attribution}: {dataset.attribution}
            {dataset.licence ? ` (${dataset.licence})` : ''}
          </p>
          <p>{messages.detected(report.file.format, report.file.encoding ?? '')}</p>
          {report.file.dateOrder?.map((order) => (
            <p key={order.column}>
              {messages.dateOrder(order.column, order.order, order.ambiguous)}{' '}
              {hasFile ? (
                <button
                  type="button"
                  disabled={status.kind === 'running'}
                  onClick={() => {
                    restart({ dayMonthOrder: order.order === 'dmy' ? 'mdy' : 'dmy' })
                  }}
                >
                  {messages.switchOrder}
                </button>
              ) : null}
            </p>
          ))}
          {hasFile && report.file.format === 'csv' && isTextList(report.file.columns) ? (
            <ColumnMappingForm
              key={`${report.file.name} ${JSON.stringify(report.file.mapping ?? {})}`}
              columns={report.file.columns}
              mapping={report.file.mapping ?? {}}
              messages={messages}
              isOpen={report.summary.imported === 0}
              disabled={status.kind === 'running'}
              onApply={(mapping) => {
                restart({ mapping })
              }}
            />
          ) : null}
          <p>
            {messages.keptNote} {messages.curatedNote}
          </p>
          <div className="your-data-actions">
            {report.summary.imported > 0 ? (
              <button
                type="button"
                className="your-data-show"
                disabled={!isSaved || status.kind === 'running'}
                onClick={() => {
                  window.location.assign(datasetUrl(true, lang))
                }}
              >
                {messages.show}
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => {
                // A saved import's events are in storage, not in the dialog: read them for the file.
                const whole = isSaved
                  ? loadImport().then((saved) => saved?.dataset ?? dataset)
                  : Promise.resolve(dataset)
                void whole.then((full) => {
                  downloadBlob(
                    new Blob([JSON.stringify(full, null, 1)], { type: 'application/json' }),
                    `${dataset.name}.json`,
                  )
                })
              }}
            >
              {messages.downloadDataset}
            </button>
            <button
              type="button"
              onClick={() => {
                setResult(undefined)
                setSaved(false)
                void removeImport()
                  .catch(() => undefined)
                  .then(() => {
                    if (isShown) window.location.assign(datasetUrl(false, lang))
                  })
              }}
            >
              {messages.remove}
            </button>
            {isShown ? (
              <a href={datasetUrl(false, lang)}>{messages.curatedLink}</a>
            ) : (
              <button type="button" onClick={close}>
                {messages.curatedLink}
              </button>
            )}
          </div>
          <ReportTable report={report} messages={messages} baseName={dataset.name} />
        </section>
      ) : null}
    </dialog>
  )

  /** Imports the last file again, with the other day/month order or another column mapping. */
  function restart(again: { dayMonthOrder?: 'dmy' | 'mdy'; mapping?: ColumnMapping }) {
    const file = lastFile.current
    if (!file) return
    const mapping = again.mapping ?? report?.file.mapping
    start(file.bytes.slice(), file.name, { ...again, ...(mapping ? { mapping } : {}) }, file.sourceUrl)
  }
}
