/** One correction of an event: what was said (struck through, with where it came from), what is correct, and its source. */
import type { EventRecord, Lang } from '../data/types'
import type { Messages } from '../i18n/messages'
import { SafeLink } from './SafeLink'

export function CorrectionEntry({
  correction,
  lang,
  messages,
}: {
  correction: EventRecord['corrections'][number]
  lang: Lang
  messages: Messages
}) {
  return (
    <li>
      <p>
        <strong>{messages.said}</strong> (
        {correction.origin === 'seed' ? messages.fromSeed : messages.fromReporting}):{' '}
        <s>{correction.said[lang]}</s>
      </p>
      <p>
        <strong>{messages.correct}:</strong> {correction.correct[lang]}{' '}
        <SafeLink href={correction.sourceUrl} newTabLabel={messages.opensInNewTab}>
          [{messages.sources}]
        </SafeLink>
      </p>
    </li>
  )
}
