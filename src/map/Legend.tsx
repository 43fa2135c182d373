/**
 * What the shapes, colours, numbers and badges on the map and timeline mean, in words. A popover over the map's
 * corner: opening it never takes the map's height.
 */
import { useMessages } from '../state/selectors'
import { useAppState } from '../state/store'
import { CategoryIcon } from '../ui/CategoryIcon'

export function Legend() {
  const categories = useAppState((s) => s.dataset.categories)
  const lang = useAppState((s) => s.lang)
  const messages = useMessages()
  return (
    <details className="legend">
      <summary>{messages.legend}</summary>
      {/* Focusable: on a short map the list scrolls, and keyboard users must reach all of it. */}
      <ul tabIndex={0} aria-label={messages.legend}>
        <li>
          <span className="legend-cluster" aria-hidden="true">
            5
          </span>{' '}
          {messages.mapSearch.legendCounts}
        </li>
        <li>
          <span className="legend-area" aria-hidden="true" /> {messages.mapSearch.legendNationwide}
        </li>
        <li>
          <span className="legend-selected" aria-hidden="true" /> {messages.mapSearch.legendSelected}
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <CategoryIcon categoryId={category.id} /> {category.label[lang]}
          </li>
        ))}
        <li>
          <span className="legend-halo" aria-hidden="true" /> {messages.legendHalo}
        </li>
        <li>
          <span className="legend-route" aria-hidden="true" /> {messages.legendRoute}
        </li>
        <li>
          <span className="legend-uncertain" aria-hidden="true" /> {messages.legendUncertain}
        </li>
      </ul>
    </details>
  )
}
