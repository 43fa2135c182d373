/**
 * The desktop header, one row at 1280 px in en/es/de: the title, the event count, the Stories menu, "Full time range" (only while the window is narrowed),
 * the Share menu (print, export, embed), language and theme (their labels visually hidden, named for screen readers).
 */
import { memo } from 'react'
import { useCountInWindow, useMessages, useVisibleEvents } from '../state/selectors'
import { StoriesMenu } from '../story/StoryList'
import { FullRangeButton } from '../timeline/FullRangeButton'
import { YourDataButton } from '../import/ui/YourDataButton'
import { PrintExportMenu } from './PrintExportMenu'
import { ThemePicker } from './ThemePicker'
import { LanguagePicker } from './ViewControls'

function AppHeaderComponent({ showStories = true }: { showStories?: boolean }) {
  const messages = useMessages()
  const total = useVisibleEvents().length
  const shown = useCountInWindow()
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{messages.appTitle}</h1>
        <p className="tagline visually-hidden">{messages.appTagline}</p>
      </div>
      <p className="event-count">{messages.eventCount(shown, total)}</p>
      <div className="header-tools">
        {showStories ? <StoriesMenu /> : null}
        <FullRangeButton className="fit-all" />
        <PrintExportMenu />
        <YourDataButton />
        <LanguagePicker className="language-picker" isLabelHidden />
        <ThemePicker />
      </div>
    </header>
  )
}

export const AppHeader = memo(AppHeaderComponent)
