/**
 * What an event of "Your data" keeps from its file beyond the curated fields (src/import/toDataset.ts): the row it came
 * from, the file's own wording of the date and its time of day, its links, media and the sources it names without a
 * link, its group and other columns. Every value is file text, shown as text (links only http/https, via SafeLink).
 */
import type { ImportedDetails as Details } from '../data/types'
import type { Messages } from '../i18n/messages'
import { useAppState } from '../state/store'
import { SafeLink } from '../ui/SafeLink'
import { Credit } from '../ui/Credit'

export function ImportedDetails({ details, messages }: { details: Details; messages: Messages }) {
  const text = messages.imported
  const extra = Object.entries(details.extra ?? {})
  const yourData = useAppState((s) => s.yourData)
  return (
    <section aria-labelledby="detail-imported" className="detail-imported">
      <h3 id="detail-imported">{text.fromFile}</h3>
      <dl>
        {yourData ? (
          <>
            <dt>{text.credit}</dt>
            <dd>
              <Credit attribution={yourData.attribution} licence={yourData.licence} />
            </dd>
          </>
        ) : null}
        <dt>{text.row}</dt>
        <dd>
          <bdi>{details.locator}</bdi>
        </dd>
        {details.display ? (
          <>
            <dt>{text.fileDate}</dt>
            <dd>
              <bdi>{details.display}</bdi>
            </dd>
          </>
        ) : null}
        {details.time ? (
          <>
            <dt>{text.time}</dt>
            <dd>
              <bdi>{details.time}</bdi>
              {details.endTime ? (
                <>
                  {' – '}
                  <bdi>{details.endTime}</bdi>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {details.group ? (
          <>
            <dt>{text.group}</dt>
            <dd>
              <bdi>{details.group}</bdi>
            </dd>
          </>
        ) : null}
      </dl>
      {details.utc ? <p className="muted">{text.utc}</p> : null}
      {details.undated ? <p className="muted">{text.notOnTimeline}</p> : null}
      {details.media ? (
        <p>
          {text.media}:{' '}
          <SafeLink href={details.media.url} newTabLabel={messages.opensInNewTab}>
            {hostOf(details.media.url)}
          </SafeLink>
          {details.media.caption ? (
            <>
              {' — '}
              <bdi>{details.media.caption}</bdi>
            </>
          ) : null}
          {details.media.credit ? (
            <>
              {' ('}
              <bdi>{details.media.credit}</bdi>
              {')'}
            </>
          ) : null}
        </p>
      ) : null}
      {details.links.length > 0 ? (
        <>
          <h4>{text.links}</h4>
          <ul>
            {details.links.map((link, index) => (
              <li key={index}>
                <SafeLink href={link.url} newTabLabel={messages.opensInNewTab}>
                  {link.label ?? link.url}
                </SafeLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {details.sourceNames.length > 0 ? (
        <>
          <h4>{text.namedSources}</h4>
          <ul>
            {details.sourceNames.map((name, index) => (
              <li key={index}>
                <bdi>{name}</bdi>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {extra.length > 0 ? (
        <>
          <h4>{text.otherColumns}</h4>
          <dl>
            {extra.map(([key, value]) => (
              <div key={key}>
                <dt>
                  <bdi>{key}</bdi>
                </dt>
                <dd>
                  <bdi>{value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  )
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}
