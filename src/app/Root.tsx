/** The React tree every page renders: the store, the page's theme and the chosen layout (main.tsx and prerender.tsx). */
import type { EmbedConfig } from '../embed/embedConfig'
import { AppStoreProvider, type AppStore } from '../state/store'
import { PrerenderedContext } from '../ui/prerendered'
import { useDocumentTheme } from './documentTheme'
import type { LayoutComponent, Mode } from './mode'

export function Root({
  store,
  mode,
  embed,
  Layout,
  prerendered = false,
}: {
  store: AppStore
  mode: Mode
  embed: EmbedConfig | null
  Layout: LayoutComponent
  /** The render is (prerender.tsx) or hydrates (main.tsx) index.html's prerendered page: see ui/prerendered.ts. */
  prerendered?: boolean
}) {
  useDocumentTheme(store)
  return (
    <AppStoreProvider value={store}>
      <PrerenderedContext.Provider value={prerendered}>
        <Layout mode={mode} {...(embed ? { embed } : {})} />
      </PrerenderedContext.Provider>
    </AppStoreProvider>
  )
}
