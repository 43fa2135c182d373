/** The embed's list view: the filters and the event list, as one chunk that only a list view loads. */
import { FilterPanel } from '../filters/FilterPanel'
import { EventList } from '../list/EventList'

export function EmbedListPane({ onOpenDetail }: { onOpenDetail: () => void }) {
  return (
    <>
      <FilterPanel />
      <EventList onOpenDetail={onOpenDetail} />
    </>
  )
}
