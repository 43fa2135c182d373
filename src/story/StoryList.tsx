/**
 * Every guided story with its title, summary and length, each with its own Start button: the visible "Stories"
 * entry (the explore intro card, the header's Stories menu, the phone menu and the present layout).
 */
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'

export function StoryList({ onStart, headingLevel = 3 }: { onStart?: () => void; headingLevel?: 3 | 4 }) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const stories = useAppState((s) => s.dataset.stories)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.id} className="story-list-item" data-story-id={story.id}>
          <Heading className="story-list-title">{story.title[lang]}</Heading>
          <p className="story-list-summary">{story.summary[lang]}</p>
          <p className="story-list-start">
            <button
              type="button"
              aria-label={messages.layouts.startStory(story.title[lang])}
              onClick={() => {
                store.getState().startStory(story.id)
                onStart?.()
              }}
            >
              {messages.layouts.start}
            </button>{' '}
            <span className="muted">{messages.layouts.steps(story.steps.length)}</span>
          </p>
        </li>
      ))}
    </ul>
  )
}

/** The header's "Stories" menu: the same list in a disclosure. */
export function StoriesMenu() {
  const messages = useMessages()
  // An imported file ("Your data") has no stories: no menu that would open empty.
  const hasStories = useAppState((s) => s.dataset.stories.length > 0)
  if (!hasStories) return null
  return (
    <details
      className="stories-menu header-menu"
      onKeyDown={(event) => {
        const menu = event.currentTarget
        if (event.key !== 'Escape' || !menu.open) return
        menu.open = false
        menu.querySelector('summary')?.focus()
      }}
    >
      <summary title={messages.layouts.storiesHint}>{messages.layouts.stories}</summary>
      <div className="header-menu-body stories-menu-body">
        <StoryList
          onStart={() => {
            document.querySelector<HTMLDetailsElement>('.stories-menu')?.removeAttribute('open')
          }}
        />
      </div>
    </details>
  )
}
