/**
 * The reader and classroom bar under the header: a story picker or the open story, playback, and presentation mode.
 * Each part talks only to the store; the map, the timeline and the list follow from there.
 */
import { memo, useState } from 'react'
import { PlaybackControls } from '../playback/PlaybackControls'
import { PresentButton } from '../presentation/PresentButton'
import { useAppState } from '../state/store'
import { StoryControls } from '../story/StoryControls'
import { StoryPicker } from '../story/StoryPicker'
import { useStoryKeys } from '../story/useStoryKeys'

function ReaderBarComponent() {
  useStoryKeys()
  const isStoryOpen = useAppState((s) => s.storyId !== null)
  // Focus follows the reader's own Start and Exit (never a link's), so it is not lost when the panel swaps.
  const [lastAction, setLastAction] = useState<'start' | 'exit' | null>(null)
  if (isStoryOpen) {
    // A story is already a guided walk through time; playback is offered while none is open.
    return (
      <div className="reader-bar">
        <StoryControls
          focusOnOpen={lastAction === 'start'}
          onExit={() => {
            setLastAction('exit')
          }}
          tools={<PresentButton />}
        />
      </div>
    )
  }
  return (
    <div className="reader-bar">
      <StoryPicker
        focusOnShow={lastAction === 'exit'}
        onStart={() => {
          setLastAction('start')
        }}
      />
      <div className="reader-tools">
        <PlaybackControls />
        <PresentButton />
      </div>
    </div>
  )
}

/** Memoized: it reads what it needs from the store itself, so a parent's re-render (a selection) skips it. */
export const ReaderBar = memo(ReaderBarComponent)
