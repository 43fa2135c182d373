/**
 * sitemap.xml and robots.txt for the deployed site (pure). A sitemap needs absolute URLs, so it is written only when
 * the build knows the site's address (SITE_URL); robots.txt is always written and names the sitemap when there is one.
 * Each event page is listed in every language, with xhtml:link alternates for the others and x-default.
 */
import type { EventRecord } from '../src/data/types'
import { DEFAULT_LANG, eventPagePath, PAGE_LANGS } from './eventPage'
import { escapeAttribute, escapeText } from './html'

export function renderSitemap(
  events: readonly EventRecord[],
  siteUrl: string,
  lastModified?: string,
): string {
  const lastmod = lastModified && /^\d{4}-\d{2}-\d{2}$/u.test(lastModified) ? lastModified : undefined
  const entry = (path: string, alternates: readonly [string, string][]) =>
    [
      '  <url>',
      `    <loc>${escapeText(siteUrl + path)}</loc>`,
      ...alternates.map(
        ([hreflang, href]) =>
          `    <xhtml:link rel="alternate" hreflang="${escapeAttribute(hreflang)}" href="${escapeAttribute(siteUrl + href)}"/>`,
      ),
      ...(lastmod ? [`    <lastmod>${lastmod}</lastmod>`] : []),
      '  </url>',
    ].join('\n')
  const urls = [entry('', [])]
  for (const event of events) {
    const alternates: [string, string][] = [
      ...PAGE_LANGS.map((lang): [string, string] => [lang, eventPagePath(event.id, lang)]),
      ['x-default', eventPagePath(event.id, DEFAULT_LANG)],
    ]
    for (const lang of PAGE_LANGS) urls.push(entry(eventPagePath(event.id, lang), alternates))
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

export function renderRobots(siteUrl: string | undefined): string {
  return [
    'User-agent: *',
    'Allow: /',
    siteUrl
      ? `Sitemap: ${siteUrl}sitemap.xml`
      : '# No sitemap: build with SITE_URL=https://… (the site address) to write sitemap.xml and name it here.',
    '',
  ].join('\n')
}
