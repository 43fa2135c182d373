/**
 * Turns presentation mode on and off. Full screen is asked for on the click itself (browsers allow it only on a
 * user action); where it is refused or missing, the presentation fills the window instead and says so.
 */
import { useState } from 'react'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'

export function PresentButton() {
  const store = useAppStore()
  const messages = useMessages()
  const isPresenting = useAppState((s) => s.isPresenting)
  const [isFullscreenRefused, setFullscreenRefused] = useState(false)
  const text = messages.presentation

  async function togglePresenting() {
    const state = store.getState()
    if (state.isPresenting) {
      state.setPresenting(false)
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
      return
    }
    state.setPresenting(true)
    setFullscreenRefused(false)
    const root = document.documentElement
    if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
      setFullscreenRefused(true)
      return
    }
    try {
      await root.requestFullscreen({ navigationUI: 'hide' })
    } catch {
      setFullscreenRefused(true)
    }
  }

  return (
    <>
      <button
        type="button"
        className="present-button"
        aria-pressed={isPresenting}
        title={text.presentHint}
        onClick={() => {
          void togglePresenting()
        }}
      >
        {text.present}
      </button>
      {isPresenting && isFullscreenRefused ? (
        <p className="present-notice" role="status">
          {text.fullscreenUnavailable}
        </p>
      ) : null}
    </>
  )
}
