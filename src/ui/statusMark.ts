import type { EventRecord } from '../data/types'

/** The symbol shown before each claim status, so the status never depends on colour alone. */
export const STATUS_MARK: Record<EventRecord['claim']['status'], string> = {
  confirmed: '✓',
  reported: '◐',
  alleged: '?',
  disputed: '⚠',
  denied: '✕',
  'not-assessed': '○',
}
