/**
 * Where the build writes an event's static page (scripts/eventPages.ts), from the site root: "events/<id>/" in
 * English, "events/<id>/es/" and "events/<id>/de/" in the other languages. Shared by the build and the app (which
 * names the page as its canonical URL while an event is selected).
 */
import type { Lang } from './types'

export const DEFAULT_PAGE_LANG: Lang = 'en'
/** Event ids are checked by the schema; this is checked again before an id becomes a path. */
const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

export function eventPagePath(id: string, lang: Lang): string {
  if (!SAFE_ID.test(id)) throw new Error(`event page: unsafe event id ${JSON.stringify(id)}`)
  return lang === DEFAULT_PAGE_LANG ? `events/${id}/` : `events/${id}/${lang}/`
}
