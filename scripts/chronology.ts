/**
 * The chronology for readers without JavaScript, as HTML (pure: no file system): every event in order with its date,
 * category, claim status, summary, sources and a link to its own page (scripts/eventPage.ts). scripts/prerender.ts
 * writes it into index.html inside <noscript>, beside the explorer's prerendered first render; theme.css shows it
 * and hides the explorer when scripting is off. Every string from the dataset goes through scripts/html.ts as text.
 */
import { formatDateSpan } from '../src/data/formatDate'
import { DEFAULT_PAGE_LANG, eventPagePath } from '../src/data/eventPagePath'
import type { Dataset, Lang } from '../src/data/types'
import { ALL_MESSAGES } from '../src/i18n/allMessages'
import { claimBadge, sourceDate, sourceLink } from './eventPage'
import { h, render } from './html'

export function renderChronology(dataset: Dataset, lang: Lang = DEFAULT_PAGE_LANG): string {
  const messages = ALL_MESSAGES[lang]
  const categoryLabel = new Map(dataset.categories.map((category) => [category.id, category.label[lang]]))
  return render(
    h(
      'div',
      { class: 'static-chronology' },
      h(
        'header',
        {},
        h('h1', {}, messages.appTitle),
        h('p', { class: 'tagline' }, messages.appTagline),
        h('p', {}, messages.layouts.introText),
        h('p', { class: 'muted' }, messages.eventPage.noScript),
      ),
      h(
        'section',
        { 'aria-labelledby': 'chronology-heading' },
        h('h2', { id: 'chronology-heading' }, messages.eventPage.chronology),
        h(
          'ol',
          { class: 'static-chronology-events' },
          dataset.events.map((event) =>
            h(
              'li',
              { 'data-event-id': event.id },
              h(
                'article',
                { 'aria-labelledby': `chronology-${event.id}` },
                h(
                  'p',
                  { class: 'kicker' },
                  h('time', { datetime: event.when.start.iso }, formatDateSpan(event.when, lang)),
                  ` · ${categoryLabel.get(event.category) ?? event.category}`,
                ),
                h('h3', { id: `chronology-${event.id}` }, event.title[lang]),
                h('p', {}, claimBadge(event, messages)),
                h('p', {}, event.summary[lang]),
                h(
                  'p',
                  { class: 'static-chronology-sources-heading' },
                  `${messages.sources} (${event.sources.length})`,
                ),
                h(
                  'ol',
                  { class: 'static-chronology-sources' },
                  event.sources.map((source) =>
                    h(
                      'li',
                      {},
                      sourceLink(source.url, source.title),
                      h(
                        'span',
                        { class: 'muted' },
                        ` — ${source.publisher}, ${sourceDate(source.published, lang, messages)}`,
                      ),
                    ),
                  ),
                ),
                h('p', {}, h('a', { href: eventPagePath(event.id, lang) }, messages.eventPage.eventPageLink)),
              ),
            ),
          ),
        ),
      ),
    ),
  )
}
