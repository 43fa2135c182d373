/** Composition root: load the dataset → read the URL → create the store → render the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadDataset } from '../data/loadDataset'
import { createAppStore, AppStoreProvider } from '../state/store'
import { decodeUrlState, urlVocabulary } from '../state/urlState'
import { readEmbedConfig, type EmbedConfig } from '../embed/embedConfig'
import { applyDocumentTheme, initialTheme, useDocumentTheme } from './documentTheme'
import { registerServiceWorker } from './registerServiceWorker'
import { readMode, type LayoutComponent, type Mode } from './mode'
import { useUrlSync } from './useUrlSync'
import type { AppStore } from '../state/store'
// The embed's layout is in the main bundle (an embed needs nothing else, and one file less); the explorer's layouts,
// menus and classroom tools load as their own chunk, so an embed never downloads them (README "Weight").
import { EmbedRoot } from './EmbedLayout'
import '../ui/theme.css'

const DATASET_URL = new URL('data/frontera.json', document.baseURI).toString()

const MODE: Mode = readMode(window.location.href)

function Root({
  store,
  embed,
  Layout,
}: {
  store: AppStore
  embed: EmbedConfig | null
  Layout: LayoutComponent
}) {
  useDocumentTheme(store)
  return (
    <AppStoreProvider value={store}>
      {embed || MODE === 'presenter' ? null : <UrlSync store={store} />}
      <Layout mode={MODE} {...(embed ? { embed } : {})} />
    </AppStoreProvider>
  )
}

/** The explorer mirrors its state into the address bar; an embed does not, as its history entries would become the
 * host article's Back button steps. */
function UrlSync({ store }: { store: AppStore }) {
  useUrlSync(store)
  return null
}

async function start(container: HTMLElement): Promise<void> {
  const theme = initialTheme(window.location.search)
  applyDocumentTheme(theme) // before the dataset arrives, so a dark page never flashes light
  const layoutLoading: Promise<LayoutComponent> = // in parallel with the dataset
    MODE === 'embed' ? Promise.resolve(EmbedRoot) : import('./App').then((module) => module.App)
  const { dataset, problems } = await loadDataset(DATASET_URL)
  const url = decodeUrlState(
    window.location.search,
    new Set(dataset.events.map((event) => event.id)),
    urlVocabulary(dataset),
  )
  const store = createAppStore(dataset, { theme, ...url.state, problems: [...problems, ...url.problems] })
  if (url.state.storyId) {
    // A story link opens at its step; an event or window the link also names wins over the step's own.
    store.getState().goToStep(url.state.stepIndex ?? 0)
    if (url.state.selectedId) store.getState().selectEvent(url.state.selectedId)
    if (url.state.timeWindow) store.getState().setTimeWindow(url.state.timeWindow)
  }
  const embed = MODE === 'embed' ? readEmbedConfig(window.location.search) : null
  // Bad embed-only parameters concern the publisher, not the reader: reported here instead of in the notice.
  for (const problem of embed?.problems ?? [])
    console.warn(`Frontera embed: ${problem.field}=${problem.value} ${problem.message}`)
  const Layout = await layoutLoading
  createRoot(container).render(
    <StrictMode>
      <Root store={store} embed={embed?.config ?? null} Layout={Layout} />
    </StrictMode>,
  )
}

// Not in embeds: installing the worker precaches the whole app again (bypassing the HTTP cache), which would double
// what every reader of an article downloads for an embed.
if (MODE !== 'embed') registerServiceWorker()

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
