// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../src/data/types'
import { validateDataset } from '../src/data/validateDataset'
import { de } from '../src/i18n/messages.de'
import { es } from '../src/i18n/messages.es'
import { renderChronology } from './chronology'
import { explorerFiles, injectPrerender, preludeScript, takeStartFiles } from './prerender'
import { readDataDir } from './readDataDir'

// The real bundled dataset, read and validated as build-data does.
const { dataset } = validateDataset(readDataDir(resolve('data')).input)

const THEME_CSS = readFileSync(resolve('src/ui/theme.css'), 'utf8')

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('the chronology for readers without JavaScript', () => {
  it('lists every event in order with its date, claim status, summary, sources and page', () => {
    const document = parse(renderChronology(dataset))
    const items = [...document.querySelectorAll('.static-chronology-events > li')]
    expect(items.map((item) => item.getAttribute('data-event-id'))).toEqual(
      dataset.events.map((event) => event.id),
    )
    const event = dataset.events[3]!
    const item = items[3]!
    expect(item.querySelector('h3')?.textContent).toBe(event.title.en)
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe(event.when.start.iso)
    expect(item.querySelector('.status-badge')?.className).toBe(`status-badge status-${event.claim.status}`)
    expect([...item.querySelectorAll('p')].map((p) => p.textContent)).toContain(event.summary.en)
    expect(
      [...item.querySelectorAll('.static-chronology-sources a')].map((a) => a.getAttribute('href')),
    ).toEqual(event.sources.map((source) => source.url))
    expect(item.querySelector('article > p:last-child > a')?.getAttribute('href')).toBe(`events/${event.id}/`)
  })

  it('writes hostile text as text and links only http(s) sources', () => {
    const first = dataset.events[0]!
    const hostile: Dataset = {
      ...dataset,
      events: [
        {
          ...first,
          title: { ...first.title, en: '<img src=x onerror=alert(1)>Title' },
          summary: { ...first.summary, en: '</noscript><script>alert(2)</script>' },
          sources: [{ ...first.sources[0]!, url: 'javascript:alert(3)', title: 'Bad link' }],
        },
      ],
    }
    const html = renderChronology(hostile)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('</noscript>')
    const document = parse(html)
    expect(document.querySelector('h3')?.textContent).toBe('<img src=x onerror=alert(1)>Title')
    expect(document.querySelector('.static-chronology-sources a')).toBeNull()
    expect(document.querySelector('.static-chronology-sources span')?.textContent).toBe('Bad link')
  })
})

describe('injectPrerender', () => {
  const index = readFileSync(resolve('index.html'), 'utf8')

  it('puts the app into #root, the chronology into <noscript> and the prelude into <head>', () => {
    const html = injectPrerender(index, {
      app: '<div class="app">app</div>',
      fingerprint: '122-abc',
      chronology: '<div class="static-chronology">chronology</div>',
      prelude: './assets/prelude-0123abcd.js',
      stylesheets: [],
    })
    const document = parse(html)
    const root = document.getElementById('root')!
    expect(root.getAttribute('data-prerendered')).toBe('explore')
    expect(root.getAttribute('data-dataset')).toBe('122-abc')
    expect(root.children).toHaveLength(1)
    expect(root.querySelector(':scope > .app')?.textContent).toBe('app')
    expect(document.querySelectorAll('noscript')).toHaveLength(1)
    expect(html).toContain('<noscript><div class="static-chronology">chronology</div></noscript>')
    expect(document.querySelector('head script:not([type])')?.getAttribute('src')).toBe(
      './assets/prelude-0123abcd.js',
    )
    expect(html).not.toContain('Loading the dataset')
  })

  it("links the explorer's stylesheets in <head>, after the entry's, and runs the prelude before any", () => {
    // As the build's index.html has them: the entry's own stylesheet and script (Vite writes both into <head>).
    const built = index.replace(
      '</head>',
      '<script type="module" crossorigin src="./assets/index.js"></script>\n' +
        '<link rel="stylesheet" crossorigin href="./assets/index.css">\n</head>',
    )
    const html = injectPrerender(built, {
      app: '',
      fingerprint: '',
      chronology: '',
      prelude: './assets/prelude.js',
      stylesheets: ['./assets/App.css', './assets/List.css'],
    })
    const head = parse(html).head
    const sheets = [...head.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
      link.getAttribute('href'),
    )
    expect(sheets).toEqual(['./assets/index.css', './assets/App.css', './assets/List.css'])
    // A classic script waits for the stylesheets above it: the prelude comes before all of them, so it never does.
    const order = [...head.querySelectorAll('script, link[rel="stylesheet"]')]
    expect(order[0]?.getAttribute('src')).toBe('./assets/prelude.js')
    // Links render-blocking by where they are: in <head>, not added by a script, not async.
    expect(
      head.querySelectorAll('link[rel="stylesheet"][media], link[rel="stylesheet"][disabled]'),
    ).toHaveLength(0)
  })

  it('refuses an index.html it does not recognise', () => {
    expect(() =>
      injectPrerender('<html><head></head><body></body></html>', {
        app: '',
        fingerprint: '',
        chronology: '',
        prelude: 'p.js',
        stylesheets: [],
      }),
    ).toThrow(/#root|root/u)
  })
})

describe('explorerFiles', () => {
  it('names the explorer chunk and what it imports, not what the entry loads already, with their stylesheets', () => {
    const chunk = (fileName: string, extra: object) => ({
      type: 'chunk',
      fileName,
      imports: [],
      isEntry: false,
      facadeModuleId: null,
      viteMetadata: { importedCss: new Set<string>(), importedAssets: new Set<string>() },
      ...extra,
    })
    const bundle = {
      'assets/index.js': chunk('assets/index.js', { isEntry: true, imports: ['assets/shared.js'] }),
      'assets/shared.js': chunk('assets/shared.js', {}),
      'assets/App.js': chunk('assets/App.js', {
        facadeModuleId: '/repo/src/app/App.tsx',
        imports: ['assets/shared.js', 'assets/List.js'],
        viteMetadata: { importedCss: new Set(['assets/App.css']), importedAssets: new Set() },
      }),
      'assets/List.js': chunk('assets/List.js', {
        viteMetadata: { importedCss: new Set(['assets/List.css']), importedAssets: new Set() },
      }),
      'assets/App.css': { type: 'asset', fileName: 'assets/App.css' },
    }
    expect(explorerFiles(bundle as never)).toEqual({
      scripts: ['assets/App.js', 'assets/List.js'],
      stylesheets: ['assets/App.css', 'assets/List.css'],
    })
  })
})

describe('takeStartFiles', () => {
  // What Vite and withModulePreloads write into the built index.html's <head>.
  const built = (extra = '') =>
    readFileSync(resolve('index.html'), 'utf8')
      .replace(/<script type="module" src="[^"]*"><\/script>/u, '')
      .replace('/data/frontera.json', './data/frontera.json')
      .replace(
        '</head>',
        '    <script type="module" crossorigin src="./assets/index-1.js"></script>\n' +
          '    <link rel="modulepreload" crossorigin href="./assets/vocabulary-2.js">\n' +
          '    <link rel="stylesheet" crossorigin href="./assets/index-3.css">\n' +
          '  <link rel="modulepreload" crossorigin href="./assets/streamDataset-4.js">\n' +
          `${extra}</head>`,
      )

  it('takes the entry, its modulepreloads and the dataset preload out of the page, for the prelude', () => {
    const { html, start } = takeStartFiles(built())
    expect(start).toEqual({
      entry: './assets/index-1.js',
      modules: ['./assets/vocabulary-2.js', './assets/streamDataset-4.js'],
      fetches: ['./data/frontera.json'],
    })
    const head = parse(html).head
    expect(head.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')).toHaveLength(0)
    // The rest of the page is as it was: the stylesheet stays a render-blocking link.
    expect(head.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('./assets/index-3.css')
    expect(html).toContain('<title>Frontera</title>')
  })

  it('refuses a page with no entry, two, or a preload it would leave behind', () => {
    expect(() => takeStartFiles('<html><head></head><body></body></html>')).toThrow(/0 module scripts/u)
    expect(() =>
      takeStartFiles(built('<script type="module" crossorigin src="./assets/other.js"></script>\n')),
    ).toThrow(/2 module scripts/u)
    expect(() => takeStartFiles(built('<link rel="preload" href="./x.json" as="fetch">\n'))).toThrow(
      /would not load/u,
    )
  })
})

describe('the prelude', () => {
  const START = {
    entry: './assets/index-1.js',
    modules: ['./assets/vocabulary-2.js'],
    fetches: ['./data/frontera.json'],
  }
  type Page = {
    document: Document
    /** Runs what is queued: the first frame, then the tasks after it. */
    frame: () => void
    /** Fires DOMContentLoaded (for a page still `loading`). */
    parsed: () => void
    /** The delays asked of setTimeout. */
    delays: number[]
  }

  /** Runs the prelude in a page in `readyState`; `frame: true` also runs its first frame and the tasks after it. */
  function open(
    search: string,
    {
      stored = null,
      dark = false,
      frame = true,
      readyState = 'complete',
      visibilityState = 'visible',
      stylesheet = 'none',
    }: {
      stored?: string | null
      dark?: boolean
      frame?: boolean
      readyState?: string
      visibilityState?: string
      stylesheet?: 'none' | 'loaded' | 'pending'
    } = {},
  ): Page {
    const document = parse('<!doctype html><html><head></head><body></body></html>')
    if (stylesheet !== 'none') {
      const sheet = document.createElement('link')
      sheet.rel = 'stylesheet'
      sheet.href = 'https://frontera.invalid/assets/index.css'
      // jsdom loads no stylesheet: `sheet` says whether this one is in, as a browser's does.
      Object.defineProperty(sheet, 'sheet', { value: stylesheet === 'loaded' ? {} : null })
      document.head.append(sheet)
    }
    const listeners: (() => void)[] = []
    const page = new Proxy(document, {
      get(target, key) {
        if (key === 'readyState') return readyState
        if (key === 'visibilityState') return visibilityState
        if (key === 'addEventListener')
          return (type: string, listener: () => void) => {
            if (type === 'DOMContentLoaded') listeners.push(listener)
          }
        const value = Reflect.get(target, key) as unknown
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      },
    })
    const source = preludeScript({ scripts: ['./assets/App.js'], start: START })
    const queued: (() => void)[] = []
    const delays: number[] = []
    const window = {
      location: { search },
      localStorage: { getItem: (key: string) => (key === 'frontera.theme' ? stored : null) },
      matchMedia: (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }),
      requestAnimationFrame: (callback: () => void) => queued.push(callback),
      setTimeout: (callback: () => void, delay: number) => {
        delays.push(delay)
        queued.push(callback)
      },
      addEventListener() {},
    }
    runInNewContext(source, { window, document: page, URL, URLSearchParams })
    const run = () => {
      while (queued.length > 0) queued.shift()?.()
    }
    if (frame) run()
    return {
      document,
      frame: run,
      parsed: () => {
        readyState = 'interactive'
        listeners.forEach((listener) => {
          listener()
        })
      },
      delays,
    }
  }
  const run = (search: string, options: Parameters<typeof open>[1] = {}) => open(search, options).document
  const hrefs = (document: Document, selector: string) =>
    [...document.querySelectorAll(selector)].map((element) =>
      new URL(element.getAttribute('href') ?? element.getAttribute('src') ?? '').pathname.split('/').pop(),
    )

  it('sets the theme before the first paint: the link, else the remembered choice, else the system', () => {
    expect(run('').documentElement.getAttribute('data-theme')).toBe('light')
    expect(run('', { dark: true }).documentElement.getAttribute('data-theme')).toBe('dark')
    expect(run('', { stored: 'dark' }).documentElement.getAttribute('data-theme')).toBe('dark')
    expect(run('?theme=light', { stored: 'dark' }).documentElement.getAttribute('data-theme')).toBe('light')
    expect(
      run('?theme=system', { stored: 'light', dark: true }).documentElement.getAttribute('data-theme'),
    ).toBe('dark')
    expect(run('?theme=<b>', { stored: 'nonsense' }).documentElement.getAttribute('data-theme')).toBe('light')
  })

  it("starts the app and preloads the explorer's modules once the first frame is painted", () => {
    const before = run('?event=x', { frame: false })
    expect(before.querySelectorAll('link, script')).toHaveLength(0)
    const document = run('?event=x')
    expect(hrefs(document, 'link[rel="preload"]')).toEqual(['frontera.json'])
    expect(document.querySelector('link[rel="preload"]')?.getAttribute('as')).toBe('fetch')
    expect(hrefs(document, 'link[rel="modulepreload"]')).toEqual(['index-1.js', 'vocabulary-2.js', 'App.js'])
    // Credentials as the page's own module script and main.tsx's fetch ask (same origin), so the preloads are used.
    for (const element of document.querySelectorAll('link, script'))
      expect(element.getAttribute('crossorigin')).toBe('anonymous')
    expect(hrefs(document, 'script[type="module"]')).toEqual(['index-1.js'])
    expect(document.documentElement.hasAttribute('data-prerendered-hidden')).toBe(false)
  })

  it('runs the entry as a deferred module script would: once the page is parsed and its stylesheets are in', () => {
    const loading = open('', { readyState: 'loading', stylesheet: 'pending' })
    // The downloads have started; the entry waits.
    expect(hrefs(loading.document, 'link[rel="modulepreload"]')).toContain('index-1.js')
    expect(loading.document.querySelector('script')).toBeNull()
    loading.parsed()
    expect(loading.document.querySelector('script')).toBeNull() // the stylesheet is not in yet
    loading.document.querySelector('link[rel="stylesheet"]')?.dispatchEvent(new Event('load'))
    expect(hrefs(loading.document, 'script[type="module"]')).toEqual(['index-1.js'])

    const styled = open('', { readyState: 'loading', stylesheet: 'loaded' })
    expect(styled.document.querySelector('script')).toBeNull()
    styled.parsed()
    expect(hrefs(styled.document, 'script[type="module"]')).toEqual(['index-1.js'])
  })

  it('starts at once in a hidden tab (which paints no frame), and half a second after at most otherwise', () => {
    const hidden = run('', { frame: false, visibilityState: 'hidden' })
    expect(hrefs(hidden, 'script[type="module"]')).toEqual(['index-1.js'])
    const visible = open('', { frame: false })
    expect(visible.delays).toEqual([500])
    visible.frame()
    // The frame's task and the fallback: the app starts once.
    expect(hrefs(visible.document, 'script[type="module"]')).toEqual(['index-1.js'])
    expect(hrefs(visible.document, 'link[rel="modulepreload"]')).toEqual([
      'index-1.js',
      'vocabulary-2.js',
      'App.js',
    ])
  })

  it.each([
    ['?lang=es', 'es'],
    ['?event=x&lang=de', 'de'],
  ])(
    'in %s, hides the English page behind a loading line in the language, and still loads the explorer',
    (search, lang) => {
      const document = run(search)
      expect(document.documentElement.getAttribute('lang')).toBe(lang)
      expect(document.documentElement.getAttribute('data-prerendered-hidden')).toBe(lang)
      expect(hrefs(document, 'link[rel="modulepreload"]')).toContain('App.js')
      // The line theme.css shows is the app's own loading message in that language.
      const messages = { es, de }[lang as 'es' | 'de']
      expect(THEME_CSS).toContain(
        `html[data-prerendered-hidden='${lang}'] #root[data-prerendered]::before {\n  content: '${messages.loading}';`,
      )
    },
  )

  it.each(['?lang=en', '?lang=fr', '?lang=<b>', ''])('shows the English page in %s', (search) => {
    const document = run(search)
    expect(document.documentElement.hasAttribute('data-prerendered-hidden')).toBe(false)
    expect(document.documentElement.hasAttribute('lang')).toBe(false)
  })

  it.each(['?embed=1', '?view=map&embed=1', '?presenter=1', '?presenter=1&lang=es'])(
    "starts the app in %s without the explorer's modules, and hides the explorer",
    (search) => {
      const document = run(search)
      expect(hrefs(document, 'link[rel="modulepreload"]')).toEqual(['index-1.js', 'vocabulary-2.js'])
      expect(hrefs(document, 'script[type="module"]')).toEqual(['index-1.js'])
      expect(document.documentElement.getAttribute('data-prerendered-hidden')).toBe('')
    },
  )
})
