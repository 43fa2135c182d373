/**
 * Events back in the dataset's own file format (the merged data/frontera.json shape), so an export can be read
 * again by `npm run validate-data` or the app itself. Categories and actors are those the events refer to, and a
 * relation to an event outside the export is left out (the validator would reject it as pointing nowhere).
 */
import type { Dataset, EventRecord } from '../data/types'
import type { RawEvent } from '../data/schema'

export type DatasetFile = {
  generated: string
  categories: Dataset['categories']
  actors: Dataset['actors']
  events: ExportedEvent[]
}

/** A row of the dataset file; an imported event's claim is "not-assessed", which only the imported profile allows. */
export type ExportedEvent = Omit<RawEvent, 'claim'> & { claim: EventRecord['claim'] }

/** An event as a row of the dataset file: `date` instead of the computed `when`, every other field unchanged. */
export function toRawEvent(event: EventRecord): ExportedEvent {
  const { when, ...rest } = event
  return {
    id: rest.id,
    date: {
      start: when.start.iso,
      ...(when.end ? { end: when.end.iso } : {}),
      ...(when.qualifier ? { qualifier: when.qualifier } : {}),
    },
    title: rest.title,
    summary: rest.summary,
    category: rest.category,
    places: rest.places,
    actors: rest.actors,
    tags: rest.tags,
    claim: rest.claim,
    sources: rest.sources,
    corrections: rest.corrections,
    relations: rest.relations,
  }
}

export function toDatasetFile(
  events: readonly EventRecord[],
  dataset: Pick<Dataset, 'categories' | 'actors'>,
  generated: Date,
): DatasetFile {
  const categoryIds = new Set(events.map((event) => event.category))
  const actorIds = new Set(events.flatMap((event) => event.actors))
  const exported = new Set(events.map((event) => event.id))
  return {
    generated: generated.toISOString(),
    categories: dataset.categories.filter((category) => categoryIds.has(category.id)),
    actors: dataset.actors.filter((actor) => actorIds.has(actor.id)),
    events: events.map((event) => {
      const raw = toRawEvent(event)
      return { ...raw, relations: raw.relations.filter((relation) => exported.has(relation.id)) }
    }),
  }
}
