/**
 * Event ids as vis-timeline item ids. vis-timeline keeps its items in a plain object keyed by item id, so an item
 * named after an Object.prototype member ("constructor", which the id pattern allows) would find the prototype's
 * function instead of an item and break the timeline ("e.hide is not a function", issue 15). Such an event id gets a
 * prefix as an item id; every other id is used as it is. Event ids never contain ":", so no prefixed item id can be
 * another event's id.
 */
const PREFIX = 'event:'

export function itemIdOf(eventId: string): string {
  return eventId in Object.prototype || eventId.startsWith(PREFIX) ? `${PREFIX}${eventId}` : eventId
}

export function eventIdOf(itemId: string): string {
  return itemId.startsWith(PREFIX) ? itemId.slice(PREFIX.length) : itemId
}
