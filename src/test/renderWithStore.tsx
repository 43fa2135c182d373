import { render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { Dataset } from '../data/types'
import { AppStoreProvider, createAppStore, type AppStore, type InitialState } from '../state/store'
import { makeDataset } from './fixtures'

/** Renders `ui` inside a fresh, real store built from `dataset` (a one-event fixture by default). */
export function renderWithStore(
  ui: ReactNode,
  { dataset = makeDataset(), ...initial }: InitialState & { dataset?: Dataset } = {},
): RenderResult & { store: AppStore } {
  const store = createAppStore(dataset, initial)
  const result = render(<AppStoreProvider value={store}>{ui}</AppStoreProvider>)
  return { ...result, store }
}
