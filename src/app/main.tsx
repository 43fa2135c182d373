/** Composition root: load the dataset → read the URL → create the store → render the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadDataset } from '../data/loadDataset'
import { createAppStore, AppStoreProvider } from '../state/store'
import { decodeUrlState, urlVocabulary } from '../state/urlState'
import { App } from './App'
import { useUrlSync } from './useUrlSync'
import type { AppStore } from '../state/store'
import '../ui/theme.css'

const DATASET_URL = new URL('data/frontera.json', document.baseURI).toString()

function Root({ store }: { store: AppStore }) {
  useUrlSync(store)
  return (
    <AppStoreProvider value={store}>
      <App />
    </AppStoreProvider>
  )
}

async function start(container: HTMLElement): Promise<void> {
  const { dataset, problems } = await loadDataset(DATASET_URL)
  const url = decodeUrlState(
    window.location.search,
    new Set(dataset.events.map((event) => event.id)),
    urlVocabulary(dataset),
  )
  const store = createAppStore(dataset, { ...url.state, problems: [...problems, ...url.problems] })
  createRoot(container).render(
    <StrictMode>
      <Root store={store} />
    </StrictMode>,
  )
}

const container = document.getElementById('root')
if (container) {
  start(container).catch((error: unknown) => {
    const message = document.createElement('p')
    message.className = 'load-error'
    message.setAttribute('role', 'alert')
    message.textContent = `The dataset could not be loaded. ${error instanceof Error ? error.message : String(error)}`
    container.replaceChildren(message)
  })
}
