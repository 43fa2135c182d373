/** Controls shared by the full app and the embed: the language picker and the map / timeline / list switch. */
import type { Lang } from '../data/types'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import type { PanelView } from '../state/view'

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', de: 'Deutsch' }
const PANEL_VIEWS: readonly PanelView[] = ['map', 'timeline', 'list']

export function LanguagePicker({
  className,
  isLabelHidden = false,
}: {
  className: string
  isLabelHidden?: boolean
}) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  return (
    <label className={className}>
      <span className={isLabelHidden ? 'visually-hidden' : undefined}>{messages.language}</span>{' '}
      <select
        value={lang}
        onChange={(change) => {
          store.getState().setLang(change.target.value as Lang)
        }}
      >
        {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  )
}

export function ViewTabs({ className, label }: { className: string; label: string }) {
  const store = useAppStore()
  const messages = useMessages()
  const view = useAppState((s) => s.view)
  return (
    <nav className={className} aria-label={label}>
      {PANEL_VIEWS.map((panel) => (
        <button
          key={panel}
          type="button"
          aria-pressed={view === panel}
          onClick={() => {
            store.getState().setView(panel)
          }}
        >
          {messages[panel]}
        </button>
      ))}
    </nav>
  )
}
