/**
 * Draws the chosen theme: `<html data-theme="light|dark">`, which theme.css reads, with "system" resolved through
 * prefers-color-scheme and followed when it changes. A choice made in the header is remembered in localStorage.
 */
import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { AppStore } from '../state/store'
import { isThemeChoice, resolveTheme, type ThemeChoice } from '../state/theme'

const STORAGE_KEY = 'frontera.theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
}

export function applyDocumentTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice, systemPrefersDark())
}

/** The theme before the store exists: the link's `theme=`, else the remembered choice, else the system's. */
export function initialTheme(search: string): ThemeChoice {
  const fromLink = new URLSearchParams(search).get('theme')
  if (isThemeChoice(fromLink)) return fromLink
  return storedTheme() ?? 'system'
}

export function storedTheme(): ThemeChoice | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isThemeChoice(value) ? value : null
  } catch {
    return null // storage can be disabled (private modes, blocked cookies)
  }
}

export function rememberTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, choice)
  } catch {
    // Not remembered; the choice still applies to this page and its link.
  }
}

/** Keeps the page's theme in step with the store (mounted once, at the root, so every mode gets it). */
export function useDocumentTheme(store: AppStore): void {
  const choice = useStore(store, (state) => state.theme)
  useEffect(
    function drawTheme() {
      applyDocumentTheme(choice)
      if (choice !== 'system' || typeof window.matchMedia !== 'function') return
      const query = window.matchMedia(DARK_QUERY)
      const followSystem = () => {
        applyDocumentTheme('system')
      }
      query.addEventListener('change', followSystem)
      return function stopFollowingSystem() {
        query.removeEventListener('change', followSystem)
      }
    },
    [choice],
  )
}
