/**
 * Vite plugin (vite.config.ts): after the build, writes the content into index.html, so a reader sees the
 * chronology before any script runs, and with scripts off (issue 14):
 * - inside #root, the explorer's first render on the curated dataset (src/app/prerender.tsx, React's
 *   renderToString), which main.tsx hydrates when the page opens in that state, taking over the same nodes;
 * - in <noscript>, the whole chronology with summaries and sources (scripts/chronology.ts), which theme.css shows
 *   instead of the explorer when scripting is off;
 * - the explorer chunk's stylesheets as links in <head>, so that the first paint is styled, and a prelude script
 *   (preludeScript), first in <head>, that sets the theme and, once the first frame is painted, starts the app (the
 *   entry, its modules and the dataset, which index.html no longer asks for itself: takeStartFiles) and, in the
 *   explorer only, preloads the chunk's modules.
 *
 * The app's modules are loaded through Vite's SSR loader in this process, with a jsdom window as the global one for
 * the time of the render (Leaflet reads `window` when imported); nothing of the app runs but its render.
 * It also writes embed.html: index.html as it was, for embeds (src/embed/embedSnippet.ts), which need neither.
 * Runs before the service-worker and precompression plugins, so their closeBundle hooks see the final index.html.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer, type Alias, type Plugin, type Rollup } from 'vite'
import { datasetFingerprint } from '../src/data/fingerprint'
import { EMBED_PAGE } from '../src/embed/embedUrl'
import type { Dataset } from '../src/data/types'
import { renderChronology } from './chronology'
import { readBuiltDataset } from './eventPages'
import { escapeAttribute } from './html'

const ROOT_PLACEHOLDER = /<div id="root">[\s\S]*?<\/div>\s*<noscript\s*>[\s\S]*?<\/noscript\s*>/u
const HEAD_END = '</head>'
const TITLE_END = /<\/title>/u
const APP_MODULE = 'src/app/App.tsx'
/** The dataset's reader and validator (src/data/loadDataset.ts imports it while the data downloads). */
const DATASET_MODULE = 'src/data/streamDataset.ts'

export type Prerendered = {
  /** The explorer's first render (HTML from React). */
  app: string
  /** The dataset it was rendered from (src/data/fingerprint.ts), which main.tsx compares with the one it loads. */
  fingerprint: string
  /** The chronology for readers without JavaScript (HTML from scripts/chronology.ts). */
  chronology: string
  /** The prelude script's URL, relative to the page (the build's base). */
  prelude: string
  /** The explorer chunk's stylesheets, relative to the page (the build's base). */
  stylesheets: readonly string[]
}

/** index.html with the prerendered content in place of its loading message and noscript note. */
export function injectPrerender(
  indexHtml: string,
  { app, fingerprint, chronology, prelude, stylesheets }: Prerendered,
): string {
  if (!ROOT_PLACEHOLDER.test(indexHtml))
    throw new Error('prerender: index.html has no <div id="root">…</div> followed by <noscript>…</noscript>')
  if (!indexHtml.includes(HEAD_END)) throw new Error('prerender: index.html has no </head>')
  if (!TITLE_END.test(indexHtml)) throw new Error('prerender: index.html has no </title>')
  // Render-blocking links in the page itself: they download at once, beside the entry, instead of once the prelude
  // has run (about 90 ms sooner to the first paint here, stop 28's note). After the entry's own stylesheet, as the
  // prelude used to append them, so the cascade is the same. An embed or a presenter window opened from index.html
  // loads them too (about 3 kB gzip; every rule in them is scoped to the explorer's own classes).
  const links = stylesheets
    .map((file) => `  <link rel="stylesheet" crossorigin href="${escapeAttribute(file)}">\n`)
    .join('')
  return (
    indexHtml
      .replace(HEAD_END, () => `${links}  ${HEAD_END}`)
      // Before every stylesheet: a classic script waits for the stylesheets above it before it runs.
      .replace(TITLE_END, (title) => `${title}\n    <script src="${escapeAttribute(prelude)}"></script>`)
      .replace(
        ROOT_PLACEHOLDER,
        () =>
          `<div id="root" data-prerendered="explore" data-dataset="${escapeAttribute(fingerprint)}">${app}</div>` +
          `\n    <noscript>${chronology}</noscript>`,
      )
  )
}

/** What index.html itself asked for at once, and the prelude now asks for after the first frame. */
export type StartFiles = {
  /** The entry module (Vite's `<script type="module">`), relative to the page. */
  entry: string
  /** Its modulepreloads (the entry's static imports, the dataset's reader), relative to the page. */
  modules: string[]
  /** Fetch preloads (the dataset), relative to the page. */
  fetches: string[]
}

const ENTRY_SCRIPT = /[ \t]*<script type="module" crossorigin src="([^"<>]+)"><\/script>\n?/gu
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"<>]+)">\n?/gu
const FETCH_PRELOAD = /[ \t]*<link rel="preload" href="([^"<>]+)" as="fetch" crossorigin="anonymous" \/>\n?/gu

/**
 * index.html without its entry script, modulepreloads and dataset preload, and those files, for the prelude to ask
 * for once the first frame is painted. Fetched and compiled at once, beside the page, the entry (466 kB) and the
 * dataset delayed that first paint on two cores: interleaved, 11 loads each, first contentful paint 440 -> 316 ms and
 * the map and the timeline painted 89 ms sooner (paired median); with 10k events 596 -> 404 ms. embed.html keeps
 * them: an embed has no prerendered page to show.
 */
export function takeStartFiles(html: string): { html: string; start: StartFiles } {
  const urls = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '')
  const [entry, ...more] = urls(ENTRY_SCRIPT)
  if (entry === undefined || more.length > 0)
    throw new Error(
      `prerender: index.html has ${more.length + (entry ? 1 : 0)} module scripts, expected the entry alone`,
    )
  const modules = urls(MODULE_PRELOAD)
  const fetches = urls(FETCH_PRELOAD)
  const rest = html.replace(ENTRY_SCRIPT, '').replace(MODULE_PRELOAD, '').replace(FETCH_PRELOAD, '')
  if (/<script type="module"|rel="(module)?preload"/u.test(rest))
    throw new Error('prerender: index.html has a module script or preload that the prelude would not load')
  return { html: rest, start: { entry, modules, fetches } }
}

/**
 * The prelude: a small classic script index.html runs before its first paint (external, so the strict CSP's
 * script-src 'self' holds). It sets the page's theme first. Then, once the first frame is painted, it starts the app:
 * the dataset's and the entry's downloads (what index.html used to ask for at once, see takeStartFiles) and, in the
 * explorer, the explorer chunk's modules; the entry runs once the page is parsed and styled, as a deferred module
 * script would have. An embed or a presenter window (the same test as src/app/mode.ts) does not preload the explorer,
 * and marks the page so that theme.css hides the prerendered explorer until its own layout replaces it; so does a
 * link in another language than the prerendered English (it still loads the explorer's files). (The chunk's
 * stylesheets are links in the page: see injectPrerender.) `scripts`: the explorer chunk's modules, relative to the
 * page like every file in `start`.
 */
export function preludeScript({ scripts, start }: { scripts: readonly string[]; start: StartFiles }): string {
  return `// Frontera: written by scripts/prerender.ts at build time.
;(function () {
  var query = new URLSearchParams(window.location.search)
  // The theme before the first paint, as src/app/documentTheme.ts decides it (the link's, else the remembered
  // choice, else the system's), so a dark reader's prerendered page never flashes light.
  var choice = query.get('theme')
  if (['light', 'dark', 'system'].indexOf(choice) < 0) {
    try {
      choice = window.localStorage.getItem('frontera.theme')
    } catch (error) {
      choice = null
    }
  }
  if (choice !== 'light' && choice !== 'dark')
    choice = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  document.documentElement.setAttribute('data-theme', choice)
  var explorer = !(query.get('embed') === '1' || query.get('presenter') === '1')
  if (!explorer) document.documentElement.setAttribute('data-prerendered-hidden', '')
  // A link in Spanish or German: the prerendered page is English, so it is hidden behind a loading line in the
  // reader's language (theme.css) until the app draws itself in it, instead of an English page that then changes.
  var lang = query.get('lang')
  if (explorer && (lang === 'es' || lang === 'de')) {
    document.documentElement.setAttribute('lang', lang)
    document.documentElement.setAttribute('data-prerendered-hidden', lang)
  }
  var start = ${JSON.stringify(start)};
  // Every file relative to the page, as index.html names them.
  var modules = [start.entry].concat(start.modules, explorer ? ${JSON.stringify(scripts)} : []);
  var link = function (rel, href) {
    var element = document.createElement('link')
    element.rel = rel
    if (rel === 'preload') element.setAttribute('as', 'fetch')
    element.crossOrigin = 'anonymous'
    element.href = href
    document.head.appendChild(element)
  };
  // As a deferred module script runs: once the page is parsed and its stylesheets are in (or, if one never comes,
  // once the page has loaded).
  var whenReady = function (callback) {
    var called = false
    var once = function () {
      if (!called) {
        called = true
        callback()
      }
    };
    var styled = function () {
      var pending = [].filter.call(document.querySelectorAll('link[rel="stylesheet"]'), function (sheet) {
        return !sheet.sheet
      })
      var left = pending.length
      if (left === 0) return once()
      pending.forEach(function (sheet) {
        sheet.addEventListener('load', function () {
          left -= 1
          if (left === 0) once()
        })
      })
      window.addEventListener('load', once)
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', styled)
    else styled()
  };
  var started = false
  var go = function () {
    if (started) return
    started = true
    start.fetches.forEach(function (file) {
      link('preload', new URL(file, document.baseURI).href)
    })
    modules.forEach(function (file) {
      link('modulepreload', new URL(file, document.baseURI).href)
    })
    whenReady(function () {
      var entry = document.createElement('script')
      entry.type = 'module'
      entry.crossOrigin = 'anonymous'
      entry.src = new URL(start.entry, document.baseURI).href
      document.head.appendChild(entry)
    })
  };
  // After the first frame: fetched and compiled at once, the app's code and the dataset competed with the first
  // paint of the page (takeStartFiles). A hidden tab paints no frame: it starts at once; a frame that is slow to come
  // (a slow network's stylesheet) holds the start back half a second at most.
  if (typeof window.requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') go()
  else {
    window.requestAnimationFrame(function () {
      window.setTimeout(go, 0)
    })
    window.setTimeout(go, 500)
  }
})();
`
}

/** The explorer chunk (App.tsx, loaded by main.tsx with import()) and every chunk it imports: their JS and CSS. */
export function explorerFiles(bundle: Rollup.OutputBundle): { scripts: string[]; stylesheets: string[] } {
  return chunkFiles(bundle, APP_MODULE)
}

/**
 * The chunks every page needs at once but loads with import() (the dataset's reader and validator), which index.html
 * and embed.html name as modulepreloads: they then download and compile beside the entry, instead of being asked for
 * only once the entry has run.
 */
export function datasetFiles(bundle: Rollup.OutputBundle): string[] {
  return chunkFiles(bundle, DATASET_MODULE).scripts
}

/** The chunk of the module ending in `moduleSuffix`, and every chunk it imports that the entry does not load already. */
function chunkFiles(
  bundle: Rollup.OutputBundle,
  moduleSuffix: string,
): { scripts: string[]; stylesheets: string[] } {
  const chunks = new Map(
    Object.values(bundle)
      .filter((output): output is Rollup.OutputChunk => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  )
  const root = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix))
  if (!root) throw new Error(`prerender: no chunk for ${moduleSuffix}`)
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry)
  // The entry and what it imports statically are loaded by index.html already.
  const loaded = new Set([entry?.fileName, ...(entry?.imports ?? [])])
  const scripts: string[] = []
  const stylesheets = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName)
    if (!chunk || scripts.includes(fileName) || loaded.has(fileName)) return
    scripts.push(fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) stylesheets.add(css)
    chunk.imports.forEach(visit)
  }
  visit(root.fileName)
  return { scripts, stylesheets: [...stylesheets] }
}

/** The page with a modulepreload link for each of `files` (paths in the build, relative to the page). */
export function withModulePreloads(html: string, files: readonly string[], base: string): string {
  if (!html.includes(HEAD_END)) throw new Error('prerender: the page has no </head>')
  const links = files
    .map((file) => `  <link rel="modulepreload" crossorigin href="${escapeAttribute(`${base}${file}`)}">\n`)
    .join('')
  return html.replace(HEAD_END, () => `${links}  ${HEAD_END}`)
}

/** The app's own render, with a jsdom window as `window`, `document` and `navigator` while it runs. */
async function renderExplorer(root: string, alias: Alias[], dataset: Dataset): Promise<string> {
  const { JSDOM } = await import('jsdom')
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'https://frontera.invalid/',
  })
  const view = dom.window as unknown as Record<string, unknown>
  // No media query matches: the desktop layout, light, with motion (what main.tsx hydrates with useSyncExternalStore's
  // server snapshots).
  view.matchMedia = () => ({ matches: false, addEventListener() {}, removeEventListener() {} })
  const names = [
    'window',
    'document',
    'navigator',
    'Node',
    'Element',
    'HTMLElement',
    'SVGElement',
    'getComputedStyle',
  ]
  const before = new Map(names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]))
  for (const name of names)
    Object.defineProperty(globalThis, name, { value: view[name], configurable: true, writable: true })
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    // The build's own aliases (vite.config.ts: vis-timeline's HTML filter), so the render imports what the app does.
    resolve: { alias },
  })
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      prerenderExplorer: (dataset: Dataset) => string
    }
    return module.prerenderExplorer(dataset)
  } finally {
    await server.close()
    for (const name of names) {
      const descriptor = before.get(name)
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else Reflect.deleteProperty(globalThis, name)
    }
    dom.window.close()
  }
}

export function prerender(): Plugin {
  let root = process.cwd()
  let outDir = 'dist'
  let base = './'
  let alias: Alias[] = []
  let files: { scripts: string[]; stylesheets: string[] } = { scripts: [], stylesheets: [] }
  let datasetChunks: string[] = []
  return {
    name: 'frontera:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      base = config.base
      alias = config.resolve.alias
    },
    writeBundle(_options, bundle) {
      files = explorerFiles(bundle)
      datasetChunks = datasetFiles(bundle)
    },
    // closeBundle: index.html and the public/ copy (data/frontera.json) are written by then.
    async closeBundle() {
      const { dataset } = readBuiltDataset(outDir)
      const indexPath = join(outDir, 'index.html')
      const plain = withModulePreloads(readFileSync(indexPath, 'utf8'), datasetChunks, base)
      // The page embeds load (src/embed/embedSnippet.ts): the same app, without the explorer's first render and the
      // chronology, which an article's readers would otherwise download with every embed.
      writeFileSync(join(outDir, EMBED_PAGE), plain)
      const { html: started, start } = takeStartFiles(plain)
      const source = preludeScript({ scripts: files.scripts.map((file) => `${base}${file}`), start })
      const prelude = `assets/prelude-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`
      writeFileSync(join(outDir, prelude), source)
      const html = injectPrerender(started, {
        app: await renderExplorer(root, alias, dataset),
        fingerprint: datasetFingerprint(dataset),
        chronology: renderChronology(dataset),
        prelude: `${base}${prelude}`,
        stylesheets: files.stylesheets.map((file) => `${base}${file}`),
      })
      writeFileSync(indexPath, html)
      this.info(
        `prerender: index.html holds the explorer's first render and the chronology of ${dataset.events.length} events` +
          ` (${Math.round(html.length / 1024)} KiB) and links ${files.stylesheets.length} stylesheets; ${prelude}` +
          ` starts the entry, ${start.modules.length + files.scripts.length} modules and ${start.fetches.length} fetch after the first frame`,
      )
    },
  }
}
