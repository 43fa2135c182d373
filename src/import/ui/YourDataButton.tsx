/**
 * The entry to "Your data": a header button, and a file dropped anywhere on the page. The dialog and the import code
 * load on first use (their own chunks), so the app's first script does not carry them.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useAppState } from '../../state/store'
import { IMPORT_MESSAGES } from './messages'

const YourDataDialog = lazy(() =>
  import('./YourDataDialog').then((module) => ({ default: module.YourDataDialog })),
)

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

export function YourDataButton() {
  const lang = useAppState((s) => s.lang)
  const isShown = useAppState((s) => s.yourData?.kind === 'yours')
  const messages = IMPORT_MESSAGES[lang]
  const [open, setOpen] = useState<{ file?: File } | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(function dropAnywhere() {
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0]
      if (!file) return
      event.preventDefault()
      setOpen((current) => current ?? { file })
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="your-data-button"
        aria-haspopup="dialog"
        title={messages.buttonHint}
        onClick={() => {
          setOpen({})
        }}
      >
        {messages.button}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <YourDataDialog
            lang={lang}
            initialFile={open.file}
            isShown={isShown}
            onClose={() => {
              setOpen(null)
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
    </>
  )
}
