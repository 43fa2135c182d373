/** Choose a guided story and open it at its first step. Shown while no story is open. */
import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'

export function StoryPicker({
  focusOnShow = false,
  onStart,
}: {
  focusOnShow?: boolean
  onStart?: () => void
}) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const stories = useAppState((s) => s.dataset.stories)
  const [chosenId, setChosenId] = useState<string | null>(null)
  const selectRef = useRef<HTMLSelectElement>(null)
  useEffect(
    function focusPickerWhenShown() {
      if (focusOnShow) selectRef.current?.focus()
    },
    [focusOnShow],
  )
  const first = stories[0]
  if (!first) return null
  const storyId = chosenId !== null && stories.some((story) => story.id === chosenId) ? chosenId : first.id
  const text = messages.story

  return (
    <form
      className="story-picker"
      aria-label={text.stories}
      onSubmit={(submit) => {
        submit.preventDefault()
        store.getState().startStory(storyId)
        onStart?.()
      }}
    >
      <label>
        <span className="story-picker-label">{text.stories}</span>{' '}
        <select
          ref={selectRef}
          value={storyId}
          onChange={(change) => {
            setChosenId(change.target.value)
          }}
        >
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title[lang]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{text.start}</button>
    </form>
  )
}
