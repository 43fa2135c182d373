/**
 * Checks that an audit of the dataset asked for (issue 12), run by the validator on every event: a claim status
 * stronger than its own note, relations that form a circle, sources without a publication date and without an
 * explicit `"undated": true`, and sources on rewrite sites. (A correction whose `sourceUrl` is not among the event's
 * sources is already an error in validateDataset.ts.) Each problem names the row, the field, the value and a hint.
 */
import type { RawEvent } from './schema'
import type { Problem } from './types'
import { problem } from './validateDataset'
import type { CLAIM_STATUSES } from './vocabulary'

type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/**
 * Sites that rewrite agency copy (often with machine help) instead of reprinting it: a source there warns, because the
 * wording may not be the agency's. To add a site, add its domain here (subdomains match too).
 */
export const REWRITE_SITES: readonly string[] = ['devdiscourse.com']

/** How much a claim status asserts, from most to least: a note may lower it, never raise it. */
export const CLAIM_STRENGTH: Readonly<Record<ClaimStatus, number>> = {
  confirmed: 4,
  reported: 3,
  alleged: 2,
  disputed: 1,
  denied: 1,
}

/**
 * The rule for "a claim status stronger than its note": the English note is searched for phrases that say what the
 * event rests on, and each phrase caps the status.
 * - The note says the claim is unverified, unconfirmed or rests on anonymous or unnamed sources: at most `reported`.
 * - The note says the claim rests on one party's account (an account "alone", "only" one side's): at most `alleged`.
 * A note that hedges only a detail should say so without these phrases, or the status should follow the note.
 */
export const NOTE_LIMITS: readonly { pattern: RegExp; atMost: ClaimStatus }[] = [
  { pattern: /\b(?:unverified|unconfirmed|anonymous|unnamed)\b/i, atMost: 'reported' },
  { pattern: /\b(?:could|can|cannot|can't) ?(?:not )?be (?:verified|checked|confirmed)\b/i, atMost: 'reported' },
  { pattern: /\b(?:not (?:been )?confirmed|no official confirmation|neither confirmed nor denied)\b/i, atMost: 'reported' },
  { pattern: /\brests? on [^.;]*\b(?:account|word|claim)s?\b/i, atMost: 'alleged' },
  { pattern: /\b(?:account|word|claim)s? alone\b|\bonly (?:on )?(?:one side|one party)/i, atMost: 'alleged' },
]

/** The per-event checks: claim against note, undated sources, rewrite sites. */
export function auditEvent(event: RawEvent, row: string, rewriteSites: readonly string[] = REWRITE_SITES): Problem[] {
  const problems: Problem[] = []
  const limit = claimLimit(event)
  if (limit) {
    problems.push(
      problem(
        'warning',
        row,
        'claim.status',
        event.claim.status,
        `is stronger than its note, which says "${limit.phrase}" (at most "${limit.atMost}")`,
        `use "${limit.atMost}" or a weaker status, or reword the note if the phrase concerns only a detail (rule: NOTE_LIMITS in src/data/auditChecks.ts)`,
      ),
    )
  }
  event.sources.forEach((source, index) => {
    const field = `sources[${index}]`
    if (source.published === undefined && source.undated !== true) {
      problems.push(
        problem(
          'warning',
          row,
          `${field}.published`,
          source.url,
          'has no publication date',
          'add it if the page shows one; if it shows none, set "undated": true',
        ),
      )
    }
    if (source.published !== undefined && source.undated === true) {
      problems.push(
        problem('error', row, `${field}.undated`, source.published, 'contradicts the "published" date given', 'keep one of the two'),
      )
    }
    const site = rewriteSiteOf(source.url, rewriteSites)
    if (site) {
      problems.push(
        problem(
          'warning',
          row,
          `${field}.url`,
          source.url,
          `is on a rewrite site (${site})`,
          "cite the agency's own text or a faithful reprint instead (list: REWRITE_SITES in src/data/auditChecks.ts)",
        ),
      )
    }
  })
  return problems
}

/** The first phrase in the event's English note that caps its status below the status given, if any. */
export function claimLimit(event: Pick<RawEvent, 'claim'>): { phrase: string; atMost: ClaimStatus } | undefined {
  const note = event.claim.note?.en
  if (note === undefined) return undefined
  for (const { pattern, atMost } of NOTE_LIMITS) {
    const match = pattern.exec(note)
    if (match && CLAIM_STRENGTH[event.claim.status] > CLAIM_STRENGTH[atMost]) return { phrase: match[0], atMost }
  }
  return undefined
}

/** The rewrite site a URL is on (its host is the domain or a subdomain of it), if any. */
export function rewriteSiteOf(url: string, sites: readonly string[] = REWRITE_SITES): string | undefined {
  // The host by pattern, not by building a URL object: this runs for every source the app loads.
  const host = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase()
  if (host === undefined) return undefined
  return sites.find((site) => host === site || host.endsWith(`.${site}`))
}

type Related = { relations: readonly { id: string }[] }

/**
 * Relations that form a circle (a follows from b, b from a; or longer). Each circle is reported once, at the relation
 * that closes it, as an error: one event of it must stop pointing back. Nothing is dropped.
 */
export function relationCircles(events: ReadonlyMap<string, Related>): Problem[] {
  const problems: Problem[] = []
  const state = new Map<string, 'open' | 'done'>()
  // Depth-first, with an explicit stack (a chain of 100,000 relations must not overflow the call stack).
  for (const [root, related] of events) {
    // An event with no relation closes no circle (most have none): it needs no walk and no mark. Reached later as a
    // relation's target, it is walked then, in one step.
    if (related.relations.length === 0 || state.has(root)) continue
    const path: { id: string; next: number }[] = [{ id: root, next: 0 }]
    state.set(root, 'open')
    for (let top = path.at(-1); top !== undefined; top = path.at(-1)) {
      const index = top.next++
      const target = events.get(top.id)?.relations[index]?.id
      if (target === undefined) {
        state.set(top.id, 'done')
        path.pop()
        continue
      }
      if (!events.has(target) || target === top.id) continue // reported by validateDataset
      const seen = state.get(target)
      if (seen === 'open') {
        const from = path.findIndex((step) => step.id === target)
        const ids = [...path.slice(from).map((step) => step.id), target]
        // A long circle is named by its ends, so the message stays readable.
        const circle = ids.length > 8 ? [...ids.slice(0, 4), `… (${ids.length - 7} more)`, ...ids.slice(-3)] : ids
        problems.push(
          problem(
            'error',
            `event "${top.id}"`,
            `relations[${index}].id`,
            target,
            `closes a circle of relations: ${circle.join(' → ')}`,
            'keep one direction: remove the relation on one of these events',
          ),
        )
      } else if (seen === undefined) {
        state.set(target, 'open')
        path.push({ id: target, next: 0 })
      }
    }
  }
  return problems
}
