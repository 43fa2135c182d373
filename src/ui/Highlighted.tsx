import { highlightParts } from '../data/matchesFilters'

/** The text with search matches wrapped in <mark>, built as React text nodes (never HTML). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  if (query.trim() === '') return text
  return highlightParts(text, query).map((part, index) =>
    part.isMatch ? <mark key={index}>{part.text}</mark> : part.text,
  )
}
