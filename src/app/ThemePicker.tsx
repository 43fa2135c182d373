/** The header's theme control: follow the system, or always light or dark. */
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { isThemeChoice, THEME_CHOICES } from '../state/theme'
import { rememberTheme } from './documentTheme'

export function ThemePicker() {
  const store = useAppStore()
  const messages = useMessages()
  const theme = useAppState((s) => s.theme)
  return (
    <label className="theme-picker">
      <span className="visually-hidden">{messages.theme}</span>{' '}
      <select
        value={theme}
        onChange={(change) => {
          const choice = change.target.value
          if (!isThemeChoice(choice)) return
          rememberTheme(choice)
          store.getState().setTheme(choice)
        }}
      >
        {THEME_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {messages.themeChoice[choice]}
          </option>
        ))}
      </select>
    </label>
  )
}
