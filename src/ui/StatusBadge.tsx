import type { EventRecord } from '../data/types'
import type { Messages } from '../i18n/messages'
import { STATUS_MARK } from './statusMark'

/** The claim status as text plus a symbol, never colour alone. */
export function StatusBadge({
  status,
  messages,
}: {
  status: EventRecord['claim']['status']
  messages: Messages
}) {
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{STATUS_MARK[status]} </span>
      {messages.status[status]}
    </span>
  )
}
