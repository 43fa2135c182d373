/** Composition root: load the dataset → read the URL → create the store → render the app. */
// First, so that an embed starts loading its panes before the rest of this chunk is evaluated (embedPanes.ts).
import { embedPanesLoading } from './embedPanes'
import { StrictMode, startTransition, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { datasetFingerprint } from '../data/fingerprint'
import { loadDataset } from '../data/loadDataset'
import { nextTask } from '../data/nextTask'
import { LANGS } from '../data/vocabulary'
import type { Lang } from '../data/types'
import { hasMessages, loadMessages } from '../i18n/messages'
import { PHONE_QUERY } from '../state/layout'
import { loadBasemap } from '../map/basemapData'
import { indexEvents } from '../data/queries'
import { createAppStore } from '../state/store'
import type { ThemeChoice } from '../state/theme'
import { Root } from './Root'
import { decodeUrlState, urlVocabulary, YOUR_DATA } from '../state/urlState'
import { showValue } from '../data/vocabulary'
import { assignCategoryStyles } from '../ui/categoryStyle'
import type { Dataset, EventRecord, Problem, YourDataInfo } from '../data/types'
import { readEmbedConfig } from '../embed/embedConfig'
import { applyDocumentTheme, initialTheme } from './documentTheme'
import { readMode, type LayoutComponent, type Mode } from './mode'
// The embed's layout is in the main bundle (an embed needs nothing else, and one file less); the explorer's layouts,
// menus and classroom tools load as their own chunk, so an embed never downloads them (README "Weight").
import { EmbedRoot } from './EmbedLayout'
import '../ui/theme.css'

const DATASET_URL = new URL('data/frontera.json', document.baseURI).toString()

const MODE: Mode = readMode(window.location.href)

async function start(container: HTMLElement): Promise<void> {
  const appLoading = MODE === 'embed' ? null : import('./App') // in parallel with the dataset
  const theme = initialTheme(window.location.search)
  applyDocumentTheme(theme) // before the dataset arrives, so a dark page never flashes light
  const layoutLoading: Promise<LayoutComponent> =
    appLoading === null
      ? // With the panes it shows first, so that its first render draws them (src/ui/preloadable.tsx).
        embedPanesLoading.then(() => EmbedRoot)
      : appLoading.then((module) => module.App)
  // The reader's language, in parallel with the dataset, so the first render is in it (the URL is checked properly
  // below; a bad value loads nothing extra and falls back to English there).
  const asked = new URLSearchParams(window.location.search).get('lang')
  const askedLang = (LANGS as readonly string[]).includes(asked ?? '') ? (asked as Lang) : null
  const messagesLoading = askedLang ? loadMessages(askedLang).catch(() => undefined) : Promise.resolve()
  // The explorer's map boundaries, beside the dataset rather than after the first render (the map asks for them as
  // it mounts). Not on a phone whose link opens another view than the map (a phone shows one view at a time); an
  // embed asks for them itself (embedPanes.ts).
  const linkView = new URLSearchParams(window.location.search).get('view')
  if (MODE === 'explore' && (linkView === null || linkView === 'map' || !matchesQuery(PHONE_QUERY)))
    loadBasemap().catch(() => undefined)
  const { dataset, problems, yourData, eventsById: indexed } = await loadChosenDataset(window.location.search)
  // The link's and the prerendered page's checks, and the first render, in tasks of their own, not on top of the
  // dataset's last checks (at 100,000 events those were about 50 ms, the checks 35 and the render's first slice more;
  // issue 14: no task over 100 ms while loading). So is the index by id where it is made here (about 60 ms).
  await nextTask()
  // The validator's own index of the curated dataset, or one made here (an imported or published file).
  const eventsById = indexed ?? indexEvents(dataset.events)
  if (!indexed) await nextTask()
  // An imported file's categories get the palette's colour-and-shape pairs (the curated ones have their own).
  if (yourData) assignCategoryStyles(dataset.categories.map((category) => category.id))
  const url = decodeUrlState(window.location.search, eventsById, urlVocabulary(dataset))
  await messagesLoading
  // Strings that could not load (offline, never cached): English rather than a page that says it is German.
  if (url.state.lang && !hasMessages(url.state.lang)) delete url.state.lang
  // A phone's layout is not the prerendered one (src/layouts/PhoneLayout.tsx): drawn afresh, replacing the static
  // page (the title, the count and the list) at once, rather than hydrating the desktop's and then replacing it.
  const isPhone = matchesQuery(PHONE_QUERY)
  const hydrate = !isPhone && canHydrate(container, { dataset, theme, yourData, problems, url })
  await nextTask()
  const store = createAppStore(
    dataset,
    {
      theme,
      ...url.state,
      problems: [...problems, ...url.problems],
      yourData,
    },
    eventsById,
  )
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
  const tree = (
    <StrictMode>
      <Root store={store} mode={MODE} embed={embed?.config ?? null} Layout={Layout} prerendered={hydrate} />
      <Started container={container} />
    </StrictMode>
  )
  // No longer the static page's layout (theme.css shows the list instead of the map on narrow screens until now):
  // the app's own panels, map included, are laid out as themselves from its first render. A phone's layout is
  // unaffected by those rules, so its static page stays as it is until replaced.
  if (container.dataset.prerendered && !isPhone) container.dataset.prerendered = 'starting'
  // The first render as a transition: React renders it in slices of a few milliseconds and lets the page paint and
  // answer input in between, where a plain render (or hydration) is one task (about 0.2 s here on the bundled data,
  // more at 100,000 events; issue 14: no task over 100 ms while loading). The commit is still one task.
  if (hydrate) {
    // The page holds the explorer's first render (src/app/prerender.tsx) for exactly this state: take over its nodes.
    startTransition(() => {
      hydrateRoot(container, tree, {
        onRecoverableError(error) {
          // A mismatch: React draws the page afresh, which works but moves it. Said, so that tests and people see it.
          document.documentElement.dataset.hydration = 'redrawn'
          console.warn('Frontera: the prerendered page did not match; redrawn.', error)
        },
      })
    })
  } else {
    // Another state (a link's event, a language, a story, Your data, an embed): drawn afresh, replacing the
    // prerendered page when React first commits, so it stays readable until then.
    const root = createRoot(container)
    startTransition(() => {
      root.render(tree)
    })
  }
  // Offline use, once the page is drawn and quiet. Not in embeds: installing the worker stores every file of the app,
  // most of which an embed never loads, and would add them to what every reader of an article downloads.
  appLoading
    ?.then((module) => {
      module.registerServiceWorker()
    })
    .catch(() => undefined)
}

function matchesQuery(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches
}

/**
 * Once the app has committed its first render (hydrated or drawn afresh), the page is no longer the prerendered one:
 * `data-prerendered` goes, which is also how a test knows that the app, not the static page, is there.
 */
function Started({ container }: { container: HTMLElement }) {
  useEffect(() => {
    container.removeAttribute('data-prerendered')
  }, [container])
  return null
}

/**
 * Whether this page opens in the state the build prerendered: the explorer, the very dataset it was rendered from
 * with no problem, nothing in the link (no event, filter, window, language or story) and the system theme.
 */
function canHydrate(
  container: HTMLElement,
  {
    dataset,
    theme,
    yourData,
    problems,
    url,
  }: {
    dataset: Dataset
    theme: ThemeChoice
    yourData: YourDataInfo | null
    problems: readonly Problem[]
    url: { state: object; problems: readonly Problem[] }
  },
): boolean {
  return (
    container.dataset.prerendered === 'explore' &&
    MODE === 'explore' &&
    theme === 'system' &&
    yourData === null &&
    problems.length === 0 &&
    url.problems.length === 0 &&
    Object.keys(url.state).length === 0 &&
    // Last: it reads every event's id (about 20 ms at 100,000 events).
    container.dataset.dataset === datasetFingerprint(dataset)
  )
}

/**
 * The curated dataset, or with `?dataset=yours` the file imported in this browser ("Your data"; embeds never). Only
 * those two names exist: any other value, or "yours" with nothing kept, opens the curated dataset with a notice.
 */
async function loadChosenDataset(search: string): Promise<{
  dataset: Dataset
  problems: Problem[]
  yourData: YourDataInfo | null
  eventsById?: ReadonlyMap<string, EventRecord>
}> {
  const asked = new URLSearchParams(search).get('dataset')
  const notice: Problem[] = []
  if (asked === YOUR_DATA && MODE !== 'embed') {
    const { loadYourData } = await import('../import/ui/loadYourData')
    const yours = await loadYourData()
    if (yours) return { dataset: yours.dataset, problems: yours.problems, yourData: yours.info }
    notice.push({
      severity: 'warning',
      row: 'link',
      field: 'dataset',
      value: showValue(asked),
      message: 'names your imported data, but this browser keeps none; the curated dataset is shown',
    })
  } else if (asked !== null && asked !== YOUR_DATA) {
    const { loadPublished } = await import('../import/published')
    const published = await loadPublished(asked, document.baseURI).catch(() => null)
    if (published)
      return { dataset: published.dataset, problems: published.problems, yourData: published.info }
    notice.push({
      severity: 'warning',
      row: 'link',
      field: 'dataset',
      value: showValue(asked),
      message: 'names no dataset this site has; the curated dataset is shown',
    })
  }
  const curated = await loadDataset(DATASET_URL)
  return {
    dataset: curated.dataset,
    problems: [...curated.problems, ...notice],
    yourData: null,
    ...(curated.eventsById ? { eventsById: curated.eventsById } : {}),
  }
}

const container = document.getElementById('root')
if (container) {
  start(container).catch((error: unknown) => {
    const message = document.createElement('p')
    message.className = 'load-error'
    message.setAttribute('role', 'alert')
    message.textContent = `The dataset could not be loaded. ${error instanceof Error ? error.message : String(error)}`
    container.replaceChildren(message)
    container.removeAttribute('data-prerendered')
  })
}
