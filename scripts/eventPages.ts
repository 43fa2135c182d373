/**
 * Vite plugin (vite.config.ts): after the build, writes a static page per event and language, a social card per
 * event, the pages' stylesheet, robots.txt and (with SITE_URL) sitemap.xml into the output folder. See
 * scripts/eventPage.ts for the layout of the pages. It reads the dataset the app serves (data/frontera.json in the
 * output, written by build-data) and the bundled basemap (basemap.json), so the pages always match the app.
 *
 * SITE_URL (the deployed site's address, e.g. https://example.org/frontera/) makes canonical, og:url, og:image,
 * hreflang and the sitemap absolute. Without it the links are relative and no sitemap is written.
 *
 * Runs before the service-worker and precompression plugins (their closeBundle hooks follow in plugin order), so
 * the pages get their .gz twins; the service worker leaves events/ out of its precache (scripts/serviceWorkerBuild.ts).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem } from '../src/data/formatProblem'
import { parseJsonSafely } from '../src/data/forbiddenKeys'
import type { Dataset } from '../src/data/types'
import { validateDataset } from '../src/data/validateDataset'
import {
  cardPath,
  eventPagePath,
  ICON_PATH,
  ICON_SVG,
  normalizeSiteUrl,
  PAGE_LANGS,
  renderEventPage,
  type Site,
} from './eventPage'
import { renderRobots, renderSitemap } from './sitemap'
import { cardSvg, renderCardPng, type Basemap } from './socialCard'

const STYLESHEET_SOURCE = resolve(import.meta.dirname, 'eventPage.css')

export type BuiltDataset = { dataset: Dataset; generated?: string | undefined }

/** The dataset as the app will load it from `outDir`; throws on any error (build-data never writes one). */
export function readBuiltDataset(outDir: string): BuiltDataset {
  const name = 'data/frontera.json'
  const { value, problems } = parseJsonSafely(readFileSync(join(outDir, name), 'utf8'), name)
  const result = validateDataset(value)
  const errors = [...problems, ...result.problems].filter((problem) => problem.severity === 'error')
  if (errors.length > 0)
    throw new Error(`event pages: ${name} has errors:\n${errors.map(formatProblem).join('\n')}`)
  const generated = (value as { generated?: unknown }).generated
  return { dataset: result.dataset, generated: typeof generated === 'string' ? generated : undefined }
}

export type WrittenPages = { pages: string[]; cards: string[]; stylesheet: string; sitemap: boolean }

export function writeEventPages(
  outDir: string,
  { dataset, generated }: BuiltDataset,
  basemap: Basemap,
  siteUrl: string | undefined,
): WrittenPages {
  const css = readFileSync(STYLESHEET_SOURCE)
  // Content-hashed, like Vite's own assets: it may be cached for a year.
  const stylesheet = `assets/event-page-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`
  write(outDir, stylesheet, css)
  write(outDir, ICON_PATH, ICON_SVG)
  const site: Site = { siteUrl, stylesheet, generated }
  const pages: string[] = []
  const cards: string[] = []
  for (const event of dataset.events) {
    for (const lang of PAGE_LANGS) {
      const path = `${eventPagePath(event.id, lang)}index.html`
      write(outDir, path, renderEventPage(event, dataset, lang, site))
      pages.push(path)
    }
    const card = cardPath(event.id)
    write(outDir, card, renderCardPng(cardSvg(event, basemap)))
    cards.push(card)
  }
  write(outDir, 'robots.txt', renderRobots(siteUrl))
  if (siteUrl) write(outDir, 'sitemap.xml', renderSitemap(dataset.events, siteUrl, generated))
  return { pages, cards, stylesheet, sitemap: siteUrl !== undefined }
}

function write(outDir: string, path: string, content: string | Buffer): void {
  const target = join(outDir, path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, content)
}

export function eventPages(): Plugin {
  let outDir = 'dist'
  return {
    name: 'frontera:event-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // closeBundle: the public/ copy (data/frontera.json, basemap.json) is written by then.
    closeBundle() {
      const siteUrl = normalizeSiteUrl(process.env.SITE_URL)
      const basemap = JSON.parse(readFileSync(join(outDir, 'basemap.json'), 'utf8')) as Basemap
      const written = writeEventPages(outDir, readBuiltDataset(outDir), basemap, siteUrl)
      this.info(
        `event pages: ${written.pages.length} pages, ${written.cards.length} social cards` +
          (siteUrl
            ? `, sitemap.xml for ${siteUrl}`
            : '; SITE_URL is not set: relative links and no sitemap.xml'),
      )
    },
  }
}
