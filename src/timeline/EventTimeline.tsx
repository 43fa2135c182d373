/** The timeline panel: the vis-timeline widget (through its adapter), the lane switch, and keyboard access. */
import './timeline.css'
import { type KeyboardEvent, memo, useState } from 'react'
import { lanesShown, useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { handleViewKey } from '../state/viewKeys'
import type { LaneMode } from '../state/view'
import { STAGED_MOUNT_MIN_EVENTS, useStagedMount } from '../ui/useStagedMount'
import { StripCaption } from './StripCaption'
import { useVisTimeline } from './useVisTimeline'

const LANE_MODES: readonly LaneMode[] = ['category', 'country', 'group']

/** `singleLane`: the strip of the present and phone layouts (one lane of events, no lane switch). */
function EventTimelineComponent({ singleLane = false }: { singleLane?: boolean }) {
  const store = useAppStore()
  const messages = useMessages()
  const shownMode = useAppState(lanesShown)
  // Lanes by group are offered only for data with groups (an imported file's "Group" column).
  const hasGroups = useAppState((s) => s.defaultLaneMode === 'group')
  const laneModes = hasGroups ? LANE_MODES : LANE_MODES.filter((mode) => mode !== 'group')
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  // A large dataset's timeline is created in a task of its own, after the list and the map's layers.
  const isLarge = useAppState((s) => s.dataset.events.length >= STAGED_MOUNT_MIN_EVENTS)
  const shown = useStagedMount(isLarge)
  useVisTimeline(shown ? container : null, singleLane)

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const zoom = (direction: 'in' | 'out') => {
      zoomWindow(direction === 'in' ? 0.5 : 2)
    }
    if (handleViewKey(event.key, store.getState(), zoom)) event.preventDefault()
  }

  function zoomWindow(factor: number) {
    const state = store.getState()
    const events = state.dataset.events
    const current = state.timeWindow ?? {
      startMs: events[0]?.when.startMs ?? 0,
      endMs: events.at(-1)?.when.endMs ?? 1,
    }
    const center = (current.startMs + current.endMs) / 2
    const half = ((current.endMs - current.startMs) * factor) / 2
    state.setTimeWindow({ startMs: center - half, endMs: center + half })
  }

  return (
    <div className="timeline-wrapper">
      {singleLane ? null : (
        <fieldset className="lane-switch">
          <legend>{messages.lanes}</legend>
          {laneModes.map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="lane-mode"
                value={mode}
                checked={shownMode === mode}
                onChange={() => {
                  store.getState().setLaneMode(mode)
                }}
              />{' '}
              {mode === 'category'
                ? messages.lanesByCategory
                : mode === 'country'
                  ? messages.lanesByCountry
                  : messages.lanesByGroup}
            </label>
          ))}
        </fieldset>
      )}
      <p id="timeline-help" className="visually-hidden">
        {messages.timelineHelp}
      </p>
      <div
        ref={setContainer}
        className={singleLane ? 'timeline-canvas is-strip' : 'timeline-canvas'}
        role="application"
        tabIndex={0}
        aria-label={messages.timeline}
        aria-describedby="timeline-help"
        onKeyDown={handleKeyDown}
      />
      {singleLane ? <StripCaption /> : null}
    </div>
  )
}

/** Memoized: it reads what it needs from the store itself, so a parent's re-render (a selection) skips it. */
export const EventTimeline = memo(EventTimelineComponent)
