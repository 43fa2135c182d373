/**
 * The dataset's fixed vocabularies, and value display for messages, without zod: the URL decoder, the filters and the
 * embed use them at start-up, while the schema and the validator load only with the data.
 */
export const LANGS = ['en', 'es', 'de'] as const
export const PLACE_PRECISIONS = ['point', 'city', 'state', 'country', 'region'] as const
export const PLACE_ROLES = ['announced', 'applies', 'occurred', 'origin', 'destination'] as const
export const CLAIM_STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'] as const
export const RELATION_TYPES = ['responds-to', 'part-of', 'follows-from'] as const
export const ACTOR_KINDS = ['person', 'government', 'agency', 'criminal-group', 'organization', 'media'] as const

/** A short, single-line rendering of any value, for messages. */
export function showValue(value: unknown): string {
  let text: string
  try {
    text = value === undefined ? '(missing)' : JSON.stringify(value)
  } catch {
    text = String(value)
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
