import type { Lang, LocalizedText } from './types'

export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang]
}

/** The event's place names joined for display: "Mexico City; Washington". */
export function placeNames(places: readonly { name: LocalizedText }[], lang: Lang): string {
  return places.map((place) => place.name[lang]).join('; ')
}
