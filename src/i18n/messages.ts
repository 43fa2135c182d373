/**
 * Every UI string, in English here; Spanish and German in messages.es.ts and messages.de.ts, each its own chunk that
 * loads on first use (a reader downloads one language, not three). Content (event text) is in the dataset.
 */
import type { Lang } from '../data/types'

const en = {
  filtersTitle: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Names, places, words…',
  facet: { categories: 'Category', actors: 'Actor', countries: 'Country', statuses: 'Claim status' },
  dateRange: 'Date range',
  dateFrom: 'From',
  dateTo: 'To',
  visibleCount: (shown: number, total: number) => `${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
  clearFilters: 'Clear all filters',
  bothCountries: 'Both countries',
  legendHalo: 'Dashed ring: the place is known only to a state, region or country',
  legendRoute: 'Curved line: route from origin to destination (prisoner transfers)',
  legendUncertain:
    'Hatched bar on the timeline: only the month or year is known; dotted outline: an approximate date (circa, before, after)',
  appTitle: 'Frontera',
  appTagline: 'US–Mexico security policy, sourced, on a map and a timeline',
  skipToList: 'Skip to the event list',
  skipMap: 'Skip the map',
  language: 'Language',
  loading: 'Loading the dataset…',
  linkProblemsTitle: (n: number) =>
    n === 1 ? '1 part of this link was ignored' : `${n} parts of this link were ignored`,
  skippedTitle: (n: number) => (n === 1 ? '1 problem in the dataset' : `${n} problems in the dataset`),
  skippedExplain: 'Events with errors are not shown; the rest are. Details:',
  events: 'Events',
  eventList: 'Event list',
  eventCount: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'event' : 'events'}`
      : `${shown} of ${total} ${total === 1 ? 'event' : 'events'} in the time window`,
  map: 'Map',
  timeline: 'Timeline',
  list: 'List',
  details: 'Details',
  close: 'Close',
  fitAll: 'Show all',
  dimmedHint: 'Events outside the timeline’s time window are faded on the map.',
  routesHidden: (n: number, max: number) =>
    `${n.toLocaleString('en')} routes in this time window: the map draws routes when there are ${max} or fewer (zoom the timeline in), and always the selected event’s.`,
  lanes: 'Timeline lanes',
  lanesByCategory: 'By category',
  lanesByCountry: 'By country',
  lanesByGroup: 'By group',
  noGroup: 'No group',
  legend: 'Legend',
  places: 'Places',
  actors: 'Actors',
  sources: 'Sources',
  corrections: 'Corrections',
  related: 'Related events',
  claimStatus: 'Status',
  said: 'Said',
  correct: 'Correct',
  fromSeed: 'seed article',
  fromReporting: 'common reporting',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  opensInNewTab: '(opens in a new tab)',
  selected: (title: string, date: string) => `Selected: ${title}, ${date}`,
  noSelection: 'Select an event on the map, the timeline or in the list to see its details and sources.',
  listHelp: 'Arrow keys move through events, Enter opens the details, Escape clears the selection.',
  mapHelp: 'Map of events. Arrow keys move the selection to the previous or next event; plus and minus zoom.',
  stripHint: 'Select an event to see its title here.',
  timelineHelp:
    'Timeline of events. Left and right arrows move the selection; plus and minus zoom the time axis.',
  markerCluster: (n: number) => `${n} events here`,
  published: 'published',
  undated: 'no date shown',
  tags: 'Tags',
  mexico: 'Mexico',
  unitedStates: 'United States',
  /** A lane's name where the timeline is narrow. */
  unitedStatesShort: 'US',
  mexicoShort: 'MX',
  other: 'Other',
  presidencies: 'Presidencies',
  eras: 'Eras',
  status: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    alleged: 'Alleged',
    disputed: 'Disputed',
    denied: 'Denied',
    'not-assessed': 'Not assessed',
  },
  precision: { point: 'exact point', city: 'city', state: 'state', country: 'country', region: 'region' },
  role: {
    announced: 'announced',
    applies: 'applies',
    occurred: 'occurred',
    origin: 'origin',
    destination: 'destination',
  },
  relation: {
    'responds-to': { out: 'Responds to', in: 'Answered by' },
    'part-of': { out: 'Part of', in: 'Includes' },
    'follows-from': { out: 'Follows from', in: 'Led to' },
  },
  sourceKind: { primary: 'primary document', official: 'official statement', press: 'press', other: 'other' },
  /** An event of "Your data" (an imported file): what the file gives beyond the curated fields. */
  imported: {
    notOnMap: 'not on the map (no place in the file)',
    notOnTimeline: 'Not on the timeline: the file gives no usable date.',
    fromFile: 'From your file',
    dataset: 'Dataset',
    credit: 'Credit (as the file asks)',
    row: 'Row',
    fileDate: 'Date as the file writes it',
    time: 'Time of day (as written; it never moves the date)',
    utc: 'The file gave an instant in UTC: the date is its UTC day.',
    placePrecision: 'precision in the file',
    links: 'Links in the file',
    media: 'Media',
    namedSources: 'Sources the file names without a link',
    noSources: 'The file names no source for this row.',
    group: 'Group',
    otherColumns: 'Other columns',
    notAssessed: 'Not checked by Frontera: this is what the file says.',
  },
  embed: {
    views: 'Views',
    openFullView: 'Open full view',
    frameTitle: 'Frontera: US–Mexico security events on a map, a timeline and a list',
    button: 'Embed',
    buttonHint: 'Get the code to show this view in an article',
    dialogTitle: 'Embed this view',
    dialogIntro:
      'Paste this code into an article. It shows the current selection, time window and filters. The embed keeps the height you choose while readers click; the optional script sets the frame to it.',
    view: 'View',
    height: 'Height in pixels (before the script adjusts it)',
    language: 'Language',
    theme: 'Theme',
    embedId: 'Embed id (letters, digits, - and _; sent with every message to the page)',
    code: 'Embed code',
    copy: 'Copy code',
    copied: 'Code copied',
    copyFailed: 'Could not copy. Select the code and copy it yourself.',
    preview: 'Preview',
    close: 'Close',
  },
  // Issue 10 (embeds that behave inside an article): compact card, vertical chronology, height options, AMP.
  embedCompact: {
    sourcesCount: (n: number) => `Sources (${n})`,
    correctionsCount: (n: number) => `Corrections (${n})`,
    openInFullView: 'Open in full view',
    closeCard: 'Close the event card',
    chronology: 'Chronology',
    chronologyHelp: 'Up and down arrow keys move between events; Enter selects one.',
    outsideWindow: 'outside the time window',
    chronologyMore: (shown: number, total: number) =>
      `${shown} of ${total} events shown here; the list has all of them.`,
    backToStep: 'Back to the story step',
    heightChoice: 'Height',
    heightAuto: 'Follow the content (auto)',
    heightPx: 'Height in pixels',
    heightHelp:
      'The embed lays itself out inside this height and keeps it while readers click, so the article never jumps. "Auto" follows the content instead (up to 1,200 px).',
    previewWidth: 'Preview width',
    previewFull: 'Full width',
    snippetKind: 'Code',
    snippetIframe: 'iframe only',
    snippetScript: 'iframe + embed.js',
    snippetAmp: 'AMP',
    ampShowMore: 'Show more',
  },
  // Print, cite, export, themes (classroom features)
  theme: 'Theme',
  themeChoice: { system: 'System', light: 'Light', dark: 'Dark' },
  printHandout: 'Print handout',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  exportScope: (n: number, total: number) =>
    n === total
      ? `All ${total} events.`
      : n === 1
        ? 'The 1 event that passes the filters.'
        : `The ${n} events that pass the filters.`,
  exportDone: (file: string) => `Downloaded ${file}`,
  exportFailed: 'The file could not be prepared. Check the connection and try again.',
  printFailed: 'The handout could not be prepared. Check the connection and try again.',
  citeEvent: 'Cite this event',
  citeView: 'Cite this view',
  permalink: 'Permanent link',
  citationStyles: { apa: 'APA (7th ed.)', mla: 'MLA (9th ed.)', chicago: 'Chicago (17th ed.)' },
  copy: 'Copy',
  copied: (what: string) => `Copied: ${what}`,
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  citeHint: 'Accessed today. Check the date and the link before handing work in.',
  handoutTitle: 'Handout',
  handoutSummary: (n: number, printed: string) =>
    `${n === 1 ? '1 event' : `${n} events`}, printed ${printed}.`,
  handoutView: 'This view online:',
  handoutTruncated: (shown: number, total: number) =>
    `Only the first ${shown} of ${total} events are printed. Narrow the filters to print the rest.`,
  handoutMap: 'Map of the events',
  handoutMapCaption:
    'Numbers refer to the chronology. A filled dot is a city or exact place; a dashed ring a place known only to a state, region or country.',
  handoutMapMissing: 'The map could not be drawn; the places are listed in the chronology.',
  chronology: 'Chronology',
  sourceList: 'Sources',
  sourceRefs: 'Sources',
  // Guided stories, presentation mode and playback
  story: {
    stories: 'Guided stories',
    choose: 'Story',
    start: 'Start',
    previous: 'Previous',
    next: 'Next',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    exit: 'Exit story',
    help: 'Left and right arrow keys move through the steps while this panel has focus; Page Up and Page Down work anywhere while a story is open.',
    hideLater: 'Hide events after this step',
  },
  presentation: {
    present: 'Present',
    presentHint: 'Full screen, large type and high contrast for a projector',
    fullscreenUnavailable:
      'Full screen is not available here, so the presentation fills the window. The browser’s own full-screen key (often F11) may still work.',
  },
  playback: {
    label: 'Playback',
    play: 'Play',
    stepBack: 'Back to the previous date with events',
    stepForward: 'Forward to the next date with events',
    stop: 'Stop playback and show every event',
    speed: 'Speed',
    speeds: {
      7: '1 week per second',
      30: '1 month per second',
      91: '3 months per second',
      365: '1 year per second',
    },
    playhead: (date: string) => `Up to ${date}`,
    off: 'All dates',
  },
  // Static event pages (scripts/eventPage.ts, issue 14)
  eventPage: {
    noScript:
      'The map and the timeline need JavaScript. Here is every event in order, with its claim status, its summary and its sources; each has a page of its own.',
    chronology: 'Chronology',
    eventPageLink: 'Event page',
    openInApp: 'Open in the map and timeline',
    otherLanguages: 'This page in other languages',
    languageNames: { en: 'English', es: 'Español', de: 'Deutsch' },
    category: 'Category',
    aboutPage: 'One event of Frontera, a sourced chronology of US–Mexico security policy.',
    allEvents: 'All events on the map and timeline',
    cardAlt: (category: string, places: string) => `Map of ${places}, marked as ${category}`,
  },
  // Layouts: story, present, phone, explore intro (issue 9, layout helper)
  layouts: {
    stories: 'Stories',
    storiesHint: 'Guided stories through the events, step by step',
    startStory: (title: string) => `Start the story: ${title}`,
    start: 'Start',
    steps: (n: number) => `${n} steps`,
    introTitle: 'What this is',
    introText:
      'A hand-curated, sourced record of US–Mexico security policy: designations, deployments, transfers, strikes and the disputes around them. Select an event on the map, the timeline or in the list; every claim links to its sources.',
    introCounts: (events: number, sources: number, stories: number) =>
      `${events} events · ${sources} sources · ${stories} guided stories`,
    introStart: 'Start a story',
    share: 'Share',
    shareHint: 'Print, export, embed',
    menu: 'Menu',
    more: 'More about this step',
    details: 'Event details',
    list: 'Event list',
    hide: 'Hide',
    timeWindow: 'Time window',
    presenterWindow: 'Presenter window',
    presenterWindowHint: 'Opens the notes, the next step and a timer in a second window',
    presenterBlocked: 'The browser blocked the presenter window. Allow pop-ups for this site and try again.',
    exitPresentation: 'Exit presentation',
    exitPresentationHint: 'Escape also leaves the presentation',
    presenterTitle: 'Presenter view',
    notes: 'Notes',
    noNote: 'This step has no presenter note.',
    nextStep: 'Next step',
    lastStep: 'This is the last step.',
    elapsed: 'Elapsed',
    noStory: 'No story is open in the presentation.',
    waiting: 'Waiting for the presentation window…',
    stepBar: (n: number, total: number) => `${n} of ${total}`,
    expand: 'Show more',
    collapse: 'Show less',
    pickStory: 'Pick a story to present',
  },
  // --- issue 11 / issue 9 (mapsearch): counts, honest geography, time windows, search, filter drawer ---
  mapSearch: {
    outsideEarlier: (n: number) => `${n} earlier ${n === 1 ? 'event' : 'events'} outside the time window`,
    outsideLater: (n: number) => `${n} later ${n === 1 ? 'event' : 'events'} outside the time window`,
    outsideMatches: (n: number) => `${n} more ${n === 1 ? 'match' : 'matches'} outside the time window`,
    showGroup: 'Show',
    hideGroup: 'Hide',
    matchedIn: {
      title: 'Title',
      who: 'Places, actors',
      summary: 'Summary',
      tags: 'Tags',
      sources: 'Source',
    } as Record<'title' | 'who' | 'summary' | 'tags' | 'sources', string>,
    langName: { en: 'English', es: 'Spanish', de: 'German' } as Record<Lang, string>,
    noResults: (query: string) => (query ? `No events match “${query}”.` : 'No events match these filters.'),
    clearSearch: 'Clear the search',
    trySuggestion: (query: string, n: number) => `Try “${query}” (${n} ${n === 1 ? 'event' : 'events'})`,
    eventsHere: (inWindow: number, outside: number) =>
      outside === 0
        ? `${inWindow} ${inWindow === 1 ? 'event' : 'events'} here`
        : inWindow === 0
          ? `${outside} ${outside === 1 ? 'event' : 'events'} here, outside the time window`
          : `${inWindow} ${inWindow === 1 ? 'event' : 'events'} here, and ${outside} outside the time window`,
    nationwide: (place: string, n: number) => `${place}, nationwide: ${n} ${n === 1 ? 'event' : 'events'}`,
    placing: (n: number) => `Placing ${n.toLocaleString('en')} events on the map…`,
    nationwideShort: 'nationwide',
    legendCounts:
      'Numbers count events, not places: an event counts once per circle. Grey circles and the small “+N” count events outside the time window.',
    legendNationwide:
      'Badge on a country or shaded area: an event that applies to the whole country, a state or a sea region',
    legendSelected: 'Thick red outline: the selected event, on the map and the timeline',
    dimmedHint: 'Events outside the timeline’s time window are grey on the map and gathered in the list.',
    fullTimeRange: 'Full time range',
    fullTimeRangeHint: 'Widen the timeline to every event (filters stay as they are)',
    zoomToResults: 'Zoom to results',
    zoomToResultsHint: 'Fit the map and the timeline to the events that pass the filters',
    showEvents: (n: number) => `Show ${n} ${n === 1 ? 'event' : 'events'}`,
    activeFilters: 'Active filters',
    removeFilter: (label: string) => `Remove filter: ${label}`,
    searchChip: (text: string) => `Search: “${text}”`,
    fromChip: (date: string) => `From ${date}`,
    toChip: (date: string) => `To ${date}`,
  },
}

export type Messages = typeof en

/**
 * The UI strings per language. Spanish and German are English until loadMessages() has loaded them: the app loads the
 * reader's language before it first renders, and the store switches language only once it is loaded (view.ts), so
 * the placeholder is a safety net, never what a reader sees.
 */
export const MESSAGES: Record<Lang, Messages> = { en, es: en, de: en }

const loaded = new Set<Lang>(['en'])
const loading = new Map<Lang, Promise<void>>()

/** Whether a language's strings are loaded (English always is). */
export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang)
}

/** Loads a language's strings into MESSAGES (once; a failed load may be tried again). */
export function loadMessages(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve()
  let pending = loading.get(lang)
  if (!pending) {
    const chunk =
      lang === 'es'
        ? import('./messages.es').then((module) => module.es)
        : import('./messages.de').then((module) => module.de)
    pending = chunk.then(
      (messages) => {
        MESSAGES[lang] = messages
        loaded.add(lang)
        loading.delete(lang)
      },
      (error: unknown) => {
        loading.delete(lang)
        throw error
      },
    )
    loading.set(lang, pending)
  }
  return pending
}
