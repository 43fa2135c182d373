import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { createAppStore } from './store'
import { isThemeChoice, resolveTheme } from './theme'

describe('the theme slice', () => {
  it('follows the system by default and remembers a choice', () => {
    const store = createAppStore(makeDataset())
    expect(store.getState().theme).toBe('system')
    store.getState().setTheme('dark')
    expect(store.getState().theme).toBe('dark')
  })

  it('resolves "system" with the system preference and keeps an explicit choice', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('accepts only the three choices', () => {
    expect(['system', 'light', 'dark', 'Dark', '', null].map(isThemeChoice)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })
})
