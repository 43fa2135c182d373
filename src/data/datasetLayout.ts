/**
 * The layout the build writes data/frontera.json in: ordinary JSON, with the events last and one event per line,
 *
 *   {"generated":"…","categories":[…],"actors":[…],"periods":[…],"stories":[…],"events":[
 *   {…first event…},
 *   {…last event…}
 *   ]}
 *
 * so the app can read, check and validate events while the file is still downloading (streamDataset.ts). Any JSON
 * file works; a file in another layout is read whole instead.
 */
export const EVENTS_OPENING = '"events":['
export const EVENTS_CLOSING = ']}'

export function serializeDataset(file: { events: readonly unknown[] } & Record<string, unknown>): string {
  const { events, ...header } = file
  const head = JSON.stringify(header)
  const opening = head === '{}' ? `{${EVENTS_OPENING}` : `${head.slice(0, -1)},${EVENTS_OPENING}`
  const body = events.map((event) => JSON.stringify(event)).join(',\n')
  return events.length === 0 ? `${opening}\n${EVENTS_CLOSING}\n` : `${opening}\n${body}\n${EVENTS_CLOSING}\n`
}
