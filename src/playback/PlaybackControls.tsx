/** Play through time: play/pause, single steps between dates with events, stop, a speed and the playhead's date. */
import { formatCalendarDate } from '../data/formatDate'
import type { CalendarDate } from '../data/calendarDate'
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../state/playback'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { usePlaybackTimer } from './usePlaybackTimer'

const ICONS = {
  back: 'M3 3h2v10H3zM14 3v10L6 8z',
  play: 'M4 2.5v11L13.5 8z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  forward: 'M11 3h2v10h-2zM2 3v10l8-5z',
  stop: 'M3 3h10v10H3z',
} as const

export function PlaybackControls() {
  usePlaybackTimer()
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const isPlaying = useAppState((s) => s.isPlaying)
  const speed = useAppState((s) => s.speed)
  const playheadMs = useAppState((s) => s.playheadMs)
  const text = messages.playback

  return (
    <div className="playback-controls" role="group" aria-label={text.label} data-testid="playback-controls">
      <IconButton
        label={text.stepBack}
        icon={ICONS.back}
        onClick={() => {
          store.getState().stepPlayback(-1)
        }}
      />
      <button
        type="button"
        className="icon-button playback-play"
        aria-label={text.play}
        aria-pressed={isPlaying}
        title={text.play}
        onClick={() => {
          const state = store.getState()
          if (state.isPlaying) state.pause()
          else state.play()
        }}
      >
        <Icon path={isPlaying ? ICONS.pause : ICONS.play} />
      </button>
      <IconButton
        label={text.stepForward}
        icon={ICONS.forward}
        onClick={() => {
          store.getState().stepPlayback(1)
        }}
      />
      <IconButton
        label={text.stop}
        icon={ICONS.stop}
        disabled={playheadMs === null}
        onClick={() => {
          store.getState().stopPlayback()
        }}
      />
      <label className="playback-speed">
        <span className="visually-hidden">{text.speed}</span>
        <select
          value={speed}
          onChange={(change) => {
            store.getState().setSpeed(Number(change.target.value) as PlaybackSpeed)
          }}
        >
          {PLAYBACK_SPEEDS.map((option) => (
            <option key={option} value={option}>
              {text.speeds[option]}
            </option>
          ))}
        </select>
      </label>
      <span className="playback-playhead" data-testid="playhead">
        {playheadMs === null ? text.off : text.playhead(formatCalendarDate(dayOf(playheadMs), lang))}
      </span>
    </div>
  )
}

function IconButton({
  label,
  icon,
  disabled = false,
  onClick,
}: {
  label: string
  icon: string
  disabled?: boolean
  onClick: () => void
}) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon path={icon} />
    </button>
  )
}

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  )
}

/** The UTC calendar day a moment falls on. */
function dayOf(ms: number): CalendarDate {
  const date = new Date(ms)
  return {
    iso: date.toISOString().slice(0, 10),
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    precision: 'day',
  }
}
