/** The React tree every page renders: the store, the page's theme and the chosen layout (main.tsx and prerender.tsx). */
import type { EmbedConfig } from '../embed/embedConfig'
import { AppStoreProvider, type AppStore } from '../state/store'
import { useDocumentTheme } from './documentTheme'
import type { LayoutComponent, Mode } from './mode'

export function Root({
  store,
  mode,
  embed,
  Layout,
}: {
  store: AppStore
  mode: Mode
  embed: EmbedConfig | null
  Layout: LayoutComponent
}) {
  useDocumentTheme(store)
  return (
    <AppStoreProvider value={store}>
      <Layout mode={mode} {...(embed ? { embed } : {})} />
    </AppStoreProvider>
  )
}
