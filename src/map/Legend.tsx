/** What the shapes, colours and halos on the map and timeline mean, in words. */
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
      <ul>
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
