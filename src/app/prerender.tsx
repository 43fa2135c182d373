/**
 * Build time (scripts/prerender.ts): the explorer's first render on the curated dataset, in English, with nothing
 * chosen, as HTML for index.html, so the chronology is readable before any script runs. main.tsx hydrates it when
 * the page opens in that same state (see canHydrate), so the app takes over these very nodes.
 */
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import type { Dataset } from '../data/types'
import { createAppStore } from '../state/store'
import { App } from './App'
import { Root } from './Root'

export function prerenderExplorer(dataset: Dataset): string {
  const store = createAppStore(dataset, { theme: 'system' })
  return renderToString(
    <StrictMode>
      <Root store={store} mode="explore" embed={null} Layout={App} prerendered />
    </StrictMode>,
  )
}
