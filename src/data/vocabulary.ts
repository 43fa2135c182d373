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
  const text = value === undefined ? '(missing)' : preview(value, 0)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * JSON for small values; for big ones only what a message shows: strings cut to 80 characters, at most 10 items or
 * keys per level and 3 levels. A 20 MB string or a 20,000-deep array costs no more than a small value, and nothing
 * (a cycle, a getter) can throw.
 */
function preview(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? value.slice(0, 80) : value)
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value !== 'object') return typeof value
  const isArray = Array.isArray(value)
  if (depth >= 3) return isArray ? '[…]' : '{…}'
  try {
    const keys = isArray ? [] : Object.keys(value)
    const count = isArray ? value.length : keys.length
    const parts: string[] = []
    for (let index = 0; index < Math.min(count, 10); index++) {
      if (isArray) parts.push(preview(value[index], depth + 1))
      else {
        const key = keys[index] ?? ''
        parts.push(`${JSON.stringify(key)}:${preview((value as Record<string, unknown>)[key], depth + 1)}`)
      }
    }
    if (count > 10) parts.push('…')
    return isArray ? `[${parts.join(',')}]` : `{${parts.join(',')}}`
  } catch {
    return isArray ? '[…]' : '{…}'
  }
}
