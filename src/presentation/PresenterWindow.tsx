/**
 * The presenter window (`?presenter=1`, opened from the present layout): the current step, its presenter notes (or
 * that it has none), the next step and a timer, kept in step with the projected window over a BroadcastChannel.
 * The notes exist only here: the projected window never renders them.
 */
import { useEffect, useRef, useState } from 'react'
import { formatDateSpan } from '../data/formatDate'
import type { Lang } from '../data/types'
import { LANGS } from '../data/vocabulary'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectStory } from '../state/story'
import { openChannel, readPresenterMessage } from './presenterChannel'
import { useDocumentLang } from '../app/useDocumentLang'

export function PresenterWindow() {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const story = useAppState(selectStory)
  const stepIndex = useAppState((s) => s.stepIndex)
  const eventsById = useAppState((s) => s.eventsById)
  const [isConnected, setConnected] = useState(false)
  const channelRef = useRef<BroadcastChannel | null>(null)
  const text = messages.layouts
  useDocumentLang(lang, `${text.presenterTitle} — ${messages.appTitle}`)

  useEffect(
    function followProjectedWindow() {
      const channel = openChannel()
      channelRef.current = channel
      if (!channel) return
      channel.onmessage = (event: MessageEvent) => {
        const message = readPresenterMessage(event.data)
        if (message?.type !== 'frontera:presenter-state') return
        const known = store.getState().dataset.stories.some((candidate) => candidate.id === message.storyId)
        store.setState({
          storyId: known ? message.storyId : null,
          stepIndex: message.stepIndex,
        })
        // The projected window's language, once its strings are loaded.
        if ((LANGS as readonly string[]).includes(message.lang))
          store.getState().setLang(message.lang as Lang)
        setConnected(true)
      }
      channel.postMessage({ type: 'frontera:presenter-hello' })
      return function stopFollowing() {
        channel.close()
        channelRef.current = null
      }
    },
    [store],
  )

  const go = (index: number) => {
    if (!story) return
    const clamped = Math.min(Math.max(0, index), story.steps.length - 1)
    store.setState({ stepIndex: clamped })
    channelRef.current?.postMessage({ type: 'frontera:presenter-go', stepIndex: clamped })
  }

  useEffect(function stepWithKeysAndClickers() {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const { stepIndex: current } = store.getState()
      if (event.key === 'PageDown' || event.key === 'ArrowRight') go(current + 1)
      else if (event.key === 'PageUp' || event.key === 'ArrowLeft') go(current - 1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => {
      window.removeEventListener('keydown', handleKeyDown)
    }
  })

  const step = story?.steps[stepIndex]
  const next = story?.steps[stepIndex + 1]
  const event = step?.eventId ? eventsById.get(step.eventId) : undefined
  const nextEvent = next?.eventId ? eventsById.get(next.eventId) : undefined

  return (
    <main className="presenter-window" data-testid="presenter-window">
      <header className="presenter-header">
        <h1>{text.presenterTitle}</h1>
        <Timer label={text.elapsed} />
      </header>
      {!story || !step ? (
        <p className="presenter-waiting">{isConnected ? text.noStory : text.waiting}</p>
      ) : (
        <>
          <section className="presenter-current" aria-labelledby="presenter-step">
            <p className="presenter-story">{story.title[lang]}</p>
            <h2 id="presenter-step" data-step={stepIndex + 1}>
              {messages.story.stepOf(stepIndex + 1, story.steps.length)}
              {event ? `: ${event.title[lang]}` : ''}
            </h2>
            {event ? <p className="muted">{formatDateSpan(event.when, lang)}</p> : null}
            <p>{step.note[lang]}</p>
          </section>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title">{text.notes}</h2>
            {step.presenterNote ? (
              <p className="presenter-note-text">{step.presenterNote[lang]}</p>
            ) : (
              <p className="presenter-no-note">{text.noNote}</p>
            )}
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title">{text.nextStep}</h2>
            {next ? <p>{nextEvent ? nextEvent.title[lang] : next.note[lang]}</p> : <p>{text.lastStep}</p>}
          </section>
          <div className="story-nav presenter-nav">
            <button
              type="button"
              aria-disabled={stepIndex === 0}
              onClick={() => {
                go(stepIndex - 1)
              }}
            >
              <span aria-hidden="true">← </span>
              {messages.story.previous}
            </button>
            <button
              type="button"
              aria-disabled={stepIndex >= story.steps.length - 1}
              onClick={() => {
                go(stepIndex + 1)
              }}
            >
              {messages.story.next}
              <span aria-hidden="true"> →</span>
            </button>
          </div>
        </>
      )}
    </main>
  )
}

function Timer({ label }: { label: string }) {
  const [startedAt] = useState(() => Date.now())
  const [now, setNow] = useState(startedAt)
  useEffect(() => {
    const id = window.setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      window.clearInterval(id)
    }
  }, [])
  const seconds = Math.floor((now - startedAt) / 1000)
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
  return (
    <p className="presenter-timer">
      {label}: <time dateTime={`PT${seconds}S`}>{clock}</time>
    </p>
  )
}
