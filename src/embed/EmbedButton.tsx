/**
 * The explorer's "Embed" button. The generator dialog is loaded on first use (a separate chunk), so the initial
 * bundle, which embeds also load, does not carry it. Focus returns to this button when the dialog closes.
 */
import { lazy, Suspense, useRef, useState } from 'react'
import { useMessages } from '../state/selectors'

const EmbedDialog = lazy(() => import('./EmbedDialog').then((module) => ({ default: module.EmbedDialog })))

export function EmbedButton() {
  const messages = useMessages()
  const [isOpen, setIsOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        title={messages.embed.buttonHint}
        onClick={() => {
          setIsOpen(true)
        }}
      >
        {messages.embed.button}
      </button>
      {isOpen ? (
        <Suspense fallback={null}>
          <EmbedDialog
            onClose={() => {
              setIsOpen(false)
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
    </>
  )
}
