/**
 * Synthetic datasets for benchmarks and load tests: `generateSyntheticDataset(n, seed, base)` is pure and seeded
 * (mulberry32), so the same arguments always give the same dataset, and every dataset it returns passes the app's
 * validator. It returns the merged-file shape the app fetches (`data/frontera.json`).
 *
 * CLI: npx tsx scripts/generateSynthetic.ts <n> <out.json> [seed]
 * (the CLI reads the real data/categories.json, data/actors.json and data/periods.json and passes them in).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

type Text = { en: string; es: string; de: string }
type Country = 'US' | 'MX'

/** What the generator reuses from the real dataset: only ids (and actor countries) matter to it. */
export type BaseData = {
  categories: readonly { id: string }[]
  actors: readonly { id: string; country?: string }[]
  periods: readonly unknown[]
}

export type SyntheticPlace = {
  name: Text
  lat: number
  lon: number
  precision: 'point' | 'city' | 'state' | 'country'
  role: 'announced' | 'applies' | 'occurred' | 'origin' | 'destination'
}

export type SyntheticEvent = {
  id: string
  date: { start: string; end?: string; qualifier?: 'circa' | 'before' | 'after' }
  title: Text
  summary: Text
  category: string
  places: SyntheticPlace[]
  actors: string[]
  tags: string[]
  claim: { status: 'confirmed' | 'reported' | 'alleged' | 'disputed' | 'denied'; note?: Text }
  sources: {
    publisher: string
    title: string
    url: string
    published: string
    language: string
    kind: 'primary' | 'official' | 'press' | 'other'
  }[]
  relations: { type: 'responds-to' | 'part-of' | 'follows-from'; id: string }[]
}

export type SyntheticDataset = {
  generated: string
  categories: readonly unknown[]
  actors: readonly unknown[]
  periods: readonly unknown[]
  events: SyntheticEvent[]
}

const BUILTIN_ACTORS = [
  {
    id: 'us-government',
    name: { en: 'US government', es: 'Gobierno de EE. UU.', de: 'US-Regierung' },
    kind: 'government',
    country: 'US',
  },
  {
    id: 'mexican-government',
    name: { en: 'Government of Mexico', es: 'Gobierno de México', de: 'Regierung von Mexiko' },
    kind: 'government',
    country: 'MX',
  },
  {
    id: 'us-justice-department',
    name: {
      en: 'US Department of Justice',
      es: 'Departamento de Justicia de EE. UU.',
      de: 'US-Justizministerium',
    },
    kind: 'agency',
    country: 'US',
  },
  {
    id: 'mx-security-ministry',
    name: {
      en: 'Mexican Security Ministry (SSPC)',
      es: 'Secretaría de Seguridad y Protección Ciudadana (SSPC)',
      de: 'Mexikanisches Sicherheitsministerium (SSPC)',
    },
    kind: 'agency',
    country: 'MX',
  },
  {
    id: 'sinaloa-cartel',
    name: { en: 'Sinaloa Cartel', es: 'Cártel de Sinaloa', de: 'Sinaloa-Kartell' },
    kind: 'criminal-group',
    country: 'MX',
  },
] satisfies readonly { id: string; name: Text; kind: string; country: Country }[]

/** A small stand-in for the real files, used when no base is passed (self-consistent, valid, no periods). */
export const BUILTIN_BASE: BaseData & { categories: { id: string; label: Text }[] } = {
  categories: [
    'designation',
    'military',
    'surveillance',
    'deployment',
    'transfer',
    'trade',
    'diplomacy',
    'statement',
    'law-enforcement',
  ].map((id) => ({ id, label: { en: id, es: id, de: id } })),
  actors: BUILTIN_ACTORS,
  periods: [],
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type City = {
  name: Text
  lat: number
  lon: number
  state: Text
  country: Country
  weight: number
}

const same = (text: string): Text => ({ en: text, es: text, de: text })
const city = (
  name: string | Text,
  lat: number,
  lon: number,
  state: string | Text,
  country: Country,
  weight = 1,
): City => ({
  name: typeof name === 'string' ? same(name) : name,
  lat,
  lon,
  state: typeof state === 'string' ? same(state) : state,
  country,
  weight,
})

const TEXAS = same('Texas')
const CALIFORNIA = same('California')
const ARIZONA = same('Arizona')
const FLORIDA = same('Florida')

/** About 50 cities where US–Mexico security news happens, weighted by how often they appear. */
export const CITIES: readonly City[] = [
  city(
    'Washington',
    38.9,
    -77.04,
    { en: 'District of Columbia', es: 'Distrito de Columbia', de: 'District of Columbia' },
    'US',
    8,
  ),
  city(
    { en: 'New York', es: 'Nueva York', de: 'New York' },
    40.71,
    -74.01,
    { en: 'New York', es: 'Nueva York', de: 'New York' },
    'US',
    3,
  ),
  city('Chicago', 41.88, -87.63, 'Illinois', 'US', 2),
  city('Houston', 29.76, -95.37, TEXAS, 'US', 2),
  city('Phoenix', 33.45, -112.07, ARIZONA, 'US', 1.5),
  city('San Diego', 32.72, -117.16, CALIFORNIA, 'US', 2),
  city('El Paso', 31.76, -106.49, TEXAS, 'US', 2.5),
  city('Miami', 25.76, -80.19, FLORIDA, 'US', 1.5),
  city('Los Angeles', 34.05, -118.24, CALIFORNIA, 'US', 2),
  city('San Antonio', 29.42, -98.49, TEXAS, 'US', 1),
  city('Dallas', 32.78, -96.8, TEXAS, 'US', 1),
  city('Laredo', 27.51, -99.51, TEXAS, 'US', 1.5),
  city('Tucson', 32.22, -110.97, ARIZONA, 'US', 1),
  city('Nogales', 31.34, -110.93, ARIZONA, 'US', 0.8),
  city('Brownsville', 25.9, -97.5, TEXAS, 'US', 0.8),
  city('McAllen', 26.2, -98.23, TEXAS, 'US', 0.8),
  city('Atlanta', 33.75, -84.39, { en: 'Georgia', es: 'Georgia', de: 'Georgia' }, 'US', 0.6),
  city('Denver', 39.74, -104.99, 'Colorado', 'US', 0.5),
  city('Albuquerque', 35.08, -106.65, { en: 'New Mexico', es: 'Nuevo México', de: 'New Mexico' }, 'US', 0.5),
  city('Tampa', 27.95, -82.46, FLORIDA, 'US', 0.5),
  city(
    { en: 'Mexico City', es: 'Ciudad de México', de: 'Mexiko-Stadt' },
    19.43,
    -99.13,
    { en: 'Mexico City', es: 'Ciudad de México', de: 'Mexiko-Stadt' },
    'MX',
    9,
  ),
  city('Culiacán', 24.8, -107.39, 'Sinaloa', 'MX', 5),
  city('Tijuana', 32.51, -117.04, 'Baja California', 'MX', 3),
  city('Ciudad Juárez', 31.69, -106.42, 'Chihuahua', 'MX', 3),
  city('Monterrey', 25.69, -100.32, 'Nuevo León', 'MX', 2),
  city('Guadalajara', 20.67, -103.35, 'Jalisco', 'MX', 2.5),
  city('Mazatlán', 23.25, -106.41, 'Sinaloa', 'MX', 1),
  city('Hermosillo', 29.07, -110.96, 'Sonora', 'MX', 1),
  city('Chihuahua', 28.63, -106.07, 'Chihuahua', 'MX', 1),
  city('Nuevo Laredo', 27.48, -99.52, 'Tamaulipas', 'MX', 1.5),
  city('Reynosa', 26.09, -98.28, 'Tamaulipas', 'MX', 1.5),
  city('Matamoros', 25.87, -97.5, 'Tamaulipas', 'MX', 1),
  city('Acapulco', 16.85, -99.82, 'Guerrero', 'MX', 1),
  city('Morelia', 19.7, -101.19, { en: 'Michoacán', es: 'Michoacán', de: 'Michoacán' }, 'MX', 1),
  city('Uruapan', 19.41, -102.06, { en: 'Michoacán', es: 'Michoacán', de: 'Michoacán' }, 'MX', 1),
  city('Apatzingán', 19.09, -102.35, { en: 'Michoacán', es: 'Michoacán', de: 'Michoacán' }, 'MX', 0.8),
  city('Veracruz', 19.17, -96.13, 'Veracruz', 'MX', 0.8),
  city('Cancún', 21.16, -86.85, 'Quintana Roo', 'MX', 0.8),
  city('Mérida', 20.97, -89.62, { en: 'Yucatán', es: 'Yucatán', de: 'Yucatán' }, 'MX', 0.5),
  city('Oaxaca', 17.07, -96.73, 'Oaxaca', 'MX', 0.5),
  city('Puebla', 19.04, -98.21, 'Puebla', 'MX', 0.6),
  city('Querétaro', 20.59, -100.39, 'Querétaro', 'MX', 0.5),
  city(
    'Toluca',
    19.28,
    -99.66,
    { en: 'State of Mexico', es: 'Estado de México', de: 'Bundesstaat México' },
    'MX',
    0.6,
  ),
  city('Chilpancingo', 17.55, -99.5, 'Guerrero', 'MX', 0.6),
  city('Tampico', 22.23, -97.86, 'Tamaulipas', 'MX', 0.5),
  city('Los Mochis', 25.79, -108.99, 'Sinaloa', 'MX', 0.6),
  city('Zacatecas', 22.77, -102.58, 'Zacatecas', 'MX', 0.6),
  city('Celaya', 20.52, -100.81, 'Guanajuato', 'MX', 0.6),
]

const COUNTRIES: Record<Country, { name: Text; lat: number; lon: number }> = {
  US: {
    name: { en: 'United States', es: 'Estados Unidos', de: 'Vereinigte Staaten' },
    lat: 39.8,
    lon: -98.6,
  },
  MX: { name: { en: 'Mexico', es: 'México', de: 'Mexiko' }, lat: 23.6, lon: -102.5 },
}

/** Relative density of events per year: a quiet background, much busier in 2025. 2026 runs to June 30. */
const YEAR_WEIGHTS: readonly [year: number, weight: number][] = [
  [2020, 1],
  [2021, 1],
  [2022, 1.1],
  [2023, 1.3],
  [2024, 1.6],
  [2025, 4.5],
  [2026, 1.6],
]
export const FIRST_DAY_MS = Date.UTC(2020, 0, 1)
export const LAST_DAY_MS = Date.UTC(2026, 5, 30)
const DAY_MS = 86_400_000

const TAGS = [
  'fentanyl',
  'sovereignty',
  'tariffs',
  'border',
  'extradition',
  'cartels',
  'migration',
  'security-cooperation',
]
const PUBLISHERS = [
  'Synthetic Wire',
  'Example Times',
  'Diario Sintético',
  'Beispiel-Zeitung',
  'Official Gazette (synthetic)',
]
const STATUS_WEIGHTS: readonly [SyntheticEvent['claim']['status'], number][] = [
  ['confirmed', 60],
  ['reported', 18],
  ['alleged', 10],
  ['disputed', 8],
  ['denied', 4],
]
const ROLES: readonly SyntheticPlace['role'][] = ['occurred', 'occurred', 'occurred', 'announced', 'applies']

function pickWeighted<T>(random: () => number, items: readonly T[], weightOf: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0)
  let threshold = random() * total
  for (const item of items) {
    threshold -= weightOf(item)
    if (threshold < 0) return item
  }
  const last = items.at(-1)
  if (last === undefined) throw new Error('pickWeighted: no items')
  return last
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick: no items')
  return item
}

function pickSome<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items]
  const chosen: T[] = []
  while (chosen.length < count && pool.length > 0) {
    const [item] = pool.splice(Math.floor(random() * pool.length), 1)
    if (item !== undefined) chosen.push(item)
  }
  return chosen
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')
const isoDay = (ms: number) => {
  const date = new Date(ms)
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

function randomDayMs(random: () => number): number {
  const [year] = pickWeighted(random, YEAR_WEIGHTS, ([, weight]) => weight)
  const from = Date.UTC(year, 0, 1)
  const to = Math.min(Date.UTC(year + 1, 0, 1) - DAY_MS, LAST_DAY_MS)
  return from + Math.floor(random() * ((to - from) / DAY_MS + 1)) * DAY_MS
}

/** Start (and maybe end) with mixed precision: mostly days, some months, a few years. */
function randomDate(random: () => number): SyntheticEvent['date'] {
  const dayMs = randomDayMs(random)
  const day = isoDay(dayMs)
  const year = new Date(dayMs).getUTCFullYear()
  const roll = random()
  const precision = roll < 0.86 ? 'day' : roll < 0.96 || year === 2026 ? 'month' : 'year'
  const start = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4)
  const date: SyntheticEvent['date'] = { start }
  if (random() < 0.05) {
    const endMs = Math.min(dayMs + (7 + Math.floor(random() * 240)) * DAY_MS, LAST_DAY_MS)
    const endDay = isoDay(Math.max(endMs, dayMs))
    if (precision === 'day') date.end = endDay
    else if (precision === 'month') date.end = endDay.slice(0, 7)
    else if (endDay.slice(0, 4) > start) date.end = endDay.slice(0, 4)
  }
  if (random() < 0.02) date.qualifier = pick(random, ['circa', 'before', 'after'] as const)
  return date
}

function placeAt(
  random: () => number,
  where: City,
  role: SyntheticPlace['role'],
  cityOnly = false,
): SyntheticPlace {
  const roll = cityOnly ? 0.5 : random()
  if (roll < 0.05) {
    const country = COUNTRIES[where.country]
    return { name: country.name, lat: country.lat, lon: country.lon, precision: 'country', role }
  }
  if (roll < 0.14) {
    return {
      name: where.state,
      lat: round(where.lat + (random() - 0.5) * 1.2, 3),
      lon: round(where.lon + (random() - 0.5) * 1.2, 3),
      precision: 'state',
      role,
    }
  }
  const isPoint = roll < 0.22
  const jitter = isPoint ? 0.08 : 0.3
  return {
    name: {
      en: `${where.name.en}, ${where.state.en}`,
      es: `${where.name.es}, ${where.state.es}`,
      de: `${where.name.de}, ${where.state.de}`,
    },
    lat: round(where.lat + (random() - 0.5) * jitter, 4),
    lon: round(where.lon + (random() - 0.5) * jitter, 4),
    precision: isPoint ? 'point' : 'city',
    role,
  }
}

function claimNote(status: SyntheticEvent['claim']['status'], number: number): Text {
  return {
    en: `Synthetic note ${number}: the claim is ${status} according to a generated source.`,
    es: `Nota sintética ${number}: según una fuente generada, la afirmación está en estado «${status}».`,
    de: `Synthetischer Hinweis ${number}: Laut einer generierten Quelle hat die Angabe den Status „${status}“.`,
  }
}

/**
 * A dataset of `n` synthetic events in the merged-file shape, deterministic for a given `seed`. `base` supplies the
 * categories, actors and periods (pass the real data files; the default is a small built-in stand-in).
 */
export function generateSyntheticDataset(
  n: number,
  seed = 1,
  base: BaseData = BUILTIN_BASE,
): SyntheticDataset {
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`generateSyntheticDataset: n must be a whole number, got ${n}`)
  const random = mulberry32(seed)
  const categoryIds = base.categories.map((category) => category.id)
  if (categoryIds.length === 0) throw new Error('generateSyntheticDataset: base has no categories')
  const actorsOf = (country: Country) =>
    base.actors.filter((actor) => actor.country === country).map((a) => a.id)
  const usActors = actorsOf('US')
  const mxActors = actorsOf('MX')
  const allActors = base.actors.map((actor) => actor.id)
  const usCities = CITIES.filter((c) => c.country === 'US')
  const mxCities = CITIES.filter((c) => c.country === 'MX')

  // Dates first, sorted, so that ids run in chronological order like a real archive.
  const dates = Array.from({ length: n }, () => randomDate(random)).sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  )
  const events = dates.map((date, index): SyntheticEvent => {
    const number = index + 1
    const id = `syn-${pad(number, 6)}`
    const isTransfer = random() < 0.03
    const category = isTransfer && categoryIds.includes('transfer') ? 'transfer' : pick(random, categoryIds)

    let places: SyntheticPlace[]
    if (isTransfer) {
      const origin = pickWeighted(random, mxCities, (c) => c.weight)
      const destinations = pickSome(random, usCities, 2 + Math.floor(random() * 4))
      places = [
        placeAt(random, origin, 'origin', true),
        ...destinations.map((destination) => placeAt(random, destination, 'destination', true)),
      ]
    } else {
      const where = pickWeighted(random, CITIES, (c) => c.weight)
      places = [placeAt(random, where, pick(random, ROLES))]
      if (random() < 0.1) {
        const other = pickWeighted(random, where.country === 'US' ? mxCities : usCities, (c) => c.weight)
        places.push(placeAt(random, other, 'applies'))
      }
    }
    const main = places[0] as SyntheticPlace

    const actorPool = random() < 0.5 ? [...usActors, ...mxActors] : allActors
    const actors = pickSome(
      random,
      actorPool.length > 0 ? actorPool : allActors,
      1 + Math.floor(random() * 3),
    )
    const tags = pickSome(random, TAGS, Math.floor(random() * 3))
    const status = pickWeighted(random, STATUS_WEIGHTS, ([, weight]) => weight)[0]
    const startDay = `${date.start}-01-01`.slice(0, 10)
    const publishedMs = Date.parse(`${startDay}T00:00:00Z`) + Math.floor(random() * 3) * DAY_MS
    const language = random() < 0.6 ? 'en' : 'es'
    const relations: SyntheticEvent['relations'] =
      index > 0 && random() < 0.01
        ? [
            {
              type: pick(random, ['responds-to', 'part-of', 'follows-from'] as const),
              id: `syn-${pad(1 + Math.floor(random() * index), 6)}`,
            },
          ]
        : []

    return {
      id,
      date,
      title: {
        en: `Synthetic event ${number}: ${category} in ${main.name.en}`,
        es: `Evento sintético ${number}: ${category} en ${main.name.es}`,
        de: `Synthetisches Ereignis ${number}: ${category} in ${main.name.de}`,
      },
      summary: {
        en: `Generated event ${number} for load testing. According to a synthetic source, something of kind "${category}" happened in ${main.name.en}.`,
        es: `Evento generado ${number} para pruebas de carga. Según una fuente sintética, ocurrió algo del tipo «${category}» en ${main.name.es}.`,
        de: `Generiertes Ereignis ${number} für Lasttests. Laut einer synthetischen Quelle geschah in ${main.name.de} etwas der Art „${category}“.`,
      },
      category,
      places,
      actors,
      tags,
      claim: status === 'confirmed' ? { status } : { status, note: claimNote(status, number) },
      sources: [
        {
          publisher: pick(random, PUBLISHERS),
          title: `Report on synthetic event ${number}`,
          url: `https://example.org/synthetic/${number}`,
          published: isoDay(Math.min(publishedMs, LAST_DAY_MS)),
          language,
          kind: pick(random, ['primary', 'official', 'press', 'press', 'press', 'other'] as const),
        },
      ],
      relations,
    }
  })
  return {
    generated: `synthetic n=${n} seed=${seed}`,
    categories: base.categories,
    actors: base.actors,
    periods: base.periods,
    events,
  }
}

/** Reads the real categories, actors and periods (the only part of this module that touches the file system). */
export function readBaseData(dataDir = 'data'): BaseData {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), 'utf8'))
  return {
    categories: read('categories.json') as BaseData['categories'],
    actors: read('actors.json') as BaseData['actors'],
    periods: read('periods.json') as BaseData['periods'],
  }
}

function main(argv: readonly string[]): void {
  const [countText, out, seedText = '1'] = argv
  const count = Number(countText)
  const seed = Number(seedText)
  if (!out || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.error('usage: npx tsx scripts/generateSynthetic.ts <n> <out.json> [seed]')
    process.exit(2)
  }
  const dataset = generateSyntheticDataset(count, seed, readBaseData(resolve('data')))
  writeFileSync(out, JSON.stringify(dataset))
  console.log(`generateSynthetic: wrote ${out} (${count} events, seed ${seed})`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2))
