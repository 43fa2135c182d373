/** Where "Your data" and the curated dataset open: the same page, with or without `?dataset=yours` (and the language). */
import type { Lang } from '../../data/types'
import { pageHrefWith, YOUR_DATA } from '../../state/urlState'

export function datasetUrl(yours: boolean, lang: Lang): string {
  const params = new URLSearchParams()
  if (yours) params.set('dataset', YOUR_DATA)
  if (lang !== 'en') params.set('lang', lang)
  const query = params.toString()
  return pageHrefWith(window.location.href, query ? `?${query}` : '', false)
}
