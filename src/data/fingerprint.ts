import type { Dataset } from './types'

/**
 * A short fingerprint of a dataset's events (their number and ids, FNV-1a): the prerendered index.html names the
 * dataset it was rendered from (scripts/prerender.ts), and main.tsx hydrates it only for that same dataset. A page
 * whose data/frontera.json was replaced after the build (a test's or a benchmark's copy) is drawn afresh instead.
 */
export function datasetFingerprint(dataset: Pick<Dataset, 'events'>): string {
  let hash = 0x811c9dc5
  for (const event of dataset.events) {
    for (let index = 0; index < event.id.length; index++) {
      hash ^= event.id.charCodeAt(index)
      hash = Math.imul(hash, 0x01000193)
    }
    hash ^= 0x0a // between ids, so ["ab", "c"] and ["a", "bc"] differ
    hash = Math.imul(hash, 0x01000193)
  }
  return `${dataset.events.length}-${(hash >>> 0).toString(36)}`
}
