/**
 * The colour theme the reader chose: follow the system (prefers-color-scheme), or always light or dark. The
 * choice lives here and in the URL (`theme=light|dark`); "system" is the default and is left out of links.
 */
import type { StateCreator } from 'zustand'
import type { AppState } from './store'

export const THEME_CHOICES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]
/** What is actually drawn once "system" is resolved. */
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>

export type ThemeSlice = {
  theme: ThemeChoice
  setTheme: (theme: ThemeChoice) => void
}

export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => {
    set({ theme })
  },
})

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
}

/** The theme to draw: the choice, or the system's preference when the choice is "system". */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ResolvedTheme {
  if (choice !== 'system') return choice
  return systemPrefersDark ? 'dark' : 'light'
}
