/**
 * What the shapes, colours, numbers and badges on the map and timeline mean, in words. A popover over the map's
 * corner: opening it never takes the map's height. Open, it ends above whatever the layout lays over the map's
 * foot (a phone's bottom sheet: the layout's insets), and scrolls within that.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import { useMessages } from '../state/selectors'
import { useAppState } from '../state/store'
import { CategoryIcon } from '../ui/CategoryIcon'

/** Space kept between the open list and the sheet under it, in px; and the least height it is ever given. */
const GAP_PX = 8
const MIN_HEIGHT_PX = 96

export function Legend() {
  const categories = useAppState((s) => s.dataset.categories)
  const lang = useAppState((s) => s.lang)
  const coveredBelow = useAppState((s) => s.frameInsets.bottom)
  const messages = useMessages()
  const [isOpen, setOpen] = useState(false)
  const [room, setRoom] = useState<number | null>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useLayoutEffect(
    function fitAboveTheSheet() {
      const list = listRef.current
      const map = list?.closest('.map-wrapper')?.querySelector('.map-canvas')
      if (!isOpen || !list || !map) return
      const fit = () => {
        const bottom = map.getBoundingClientRect().bottom - coveredBelow - GAP_PX
        setRoom(Math.max(MIN_HEIGHT_PX, Math.floor(bottom - list.getBoundingClientRect().top)))
      }
      fit()
      // A turned phone or a resized window moves the map's foot (a sheet's change comes as new insets).
      window.addEventListener('resize', fit)
      return function stopFitting() {
        window.removeEventListener('resize', fit)
      }
    },
    [isOpen, coveredBelow],
  )

  return (
    <details
      className="legend"
      onToggle={(event) => {
        setOpen(event.currentTarget.open)
      }}
    >
      <summary>{messages.legend}</summary>
      {/* Focusable: on a short map the list scrolls, and keyboard users must reach all of it. */}
      <ul
        ref={listRef}
        tabIndex={0}
        aria-label={messages.legend}
        style={isOpen && room !== null ? { maxHeight: `min(50vh, ${room}px)` } : undefined}
      >
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
