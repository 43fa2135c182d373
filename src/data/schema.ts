/**
 * The runtime schema of the dataset files, defined once. The TypeScript types of the raw files are inferred from
 * it, and scripts/generate-schema.ts turns it into JSON Schema for editors. Semantic checks that need the whole
 * dataset (unique ids, references, coordinates) live in validateDataset.ts.
 */
// zod/mini: the same validator as zod's classic API in a functional form that bundles only what is used (no JSON
// Schema generator, no method chains): about 8 kB gzip less in every page's code before data (issue 10's budget).
import { z } from 'zod/mini'
import { ACTOR_KINDS, CLAIM_STATUSES, LANGS, PLACE_PRECISIONS, PLACE_ROLES, RELATION_TYPES } from './vocabulary'

export { ACTOR_KINDS, CLAIM_STATUSES, LANGS, PLACE_PRECISIONS, PLACE_ROLES, RELATION_TYPES }
import { parseCalendarDate } from './calendarDate'

// In the browser the app runs under a CSP without 'unsafe-eval' (scripts/securityHeaders.ts), so zod's JIT can never
// run there, and its probe (`Function('')`, caught) is still reported as a CSP violation. Opting out before any
// schema is built removes the probe at no cost; Node scripts (validate-data, bench) keep the faster JIT.
if (typeof document !== 'undefined') z.config({ jitless: true })
// zod/mini carries no messages of its own: the English ones, as zod's classic API sets them.
z.config(z.locales.en())


/**
 * The input limits (SECURITY.md): a longer text is refused with a problem naming its row and field, before anything
 * else looks at it, so a 20 MB title costs one length check instead of a trim, a search index and a layout.
 */
export const TEXT_LIMITS = {
  /** Titles, names, labels, publishers, source titles. */
  short: 500,
  /** Summaries, notes, corrections. */
  long: 10_000,
} as const

const text = (limit: number) =>
  z.string().check(
    z.maxLength(limit, {
      error: (issue) =>
        `is longer than ${limit.toLocaleString('en')} characters (${(typeof issue.input === 'string' ? issue.input.length : 0).toLocaleString('en')})`,
      abort: true,
    }),
    z.trim(),
    z.minLength(1, 'must not be empty'),
  )
const nonEmpty = text(TEXT_LIMITS.short)
const longText = text(TEXT_LIMITS.long)

/** A text in the three languages; `localizedTextSchema` allows long texts, `shortTextSchema` titles and names. */
export const localizedTextSchema = z
  .strictObject({ en: longText, es: longText, de: longText })
  .check(z.describe('The same text in English, Spanish and German'))
export const shortTextSchema = z
  .strictObject({ en: nonEmpty, es: nonEmpty, de: nonEmpty })
  .check(z.describe(`The same text in English, Spanish and German (at most ${TEXT_LIMITS.short} characters each)`))

/**
 * The patterns and lists below are shared with the validator's fast path (eventFastPath.ts), which must answer as
 * these schemas do.
 */
export const CALENDAR_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ID_MAX_LENGTH = 100
export const URL_MAX_LENGTH = 2000
export const LANGUAGE_PATTERN = /^[a-z]{2}$/
export const SOURCE_KINDS = ['primary', 'official', 'press', 'other'] as const
export const CORRECTION_ORIGINS = ['seed', 'reporting'] as const
export const DATE_QUALIFIERS = ['circa', 'before', 'after'] as const

export const calendarDateSchema = z.string().check(
  z.regex(CALENDAR_DATE_PATTERN, 'must be a calendar date YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((value) => !value.startsWith('0000'), {
    error: 'uses year 0000, which readers would see as 1 BC: dates before AD 1 (0001) are not supported',
    abort: true,
  }),
  z.refine((value) => parseCalendarDate(value) !== null, {
    error: 'must be a date that exists (check the month and the day)',
  }),
  z.describe('YYYY, YYYY-MM or YYYY-MM-DD'),
)

const idSchema = z
  .string()
  .check(
    z.maxLength(ID_MAX_LENGTH, { abort: true }),
    z.regex(ID_PATTERN, 'must be lower-case letters, digits and single hyphens'),
  )

export const webUrlSchema = z.string().check(
  z.maxLength(URL_MAX_LENGTH),
  // The scheme by pattern, the rest by the URL parser (canParse builds no URL object: this runs for every source).
  z.refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: 'must be an absolute https:// or http:// URL',
  }),
)

export const sourceSchema = z.strictObject({
  publisher: nonEmpty,
  title: nonEmpty,
  url: webUrlSchema,
  published: z.optional(calendarDateSchema),
  undated: z
    .optional(z.literal(true))
    .check(z.describe('Set after checking that the page shows no publication date; leave "published" out then')),
  language: z.string().check(z.regex(LANGUAGE_PATTERN, 'must be a two-letter language code such as "en"')),
  kind: z.enum(SOURCE_KINDS),
})


export const placeSchema = z.strictObject({
  name: shortTextSchema,
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  precision: z.enum(PLACE_PRECISIONS),
  role: z.enum(PLACE_ROLES),
  note: z.optional(
    localizedTextSchema.check(
        z.describe(
          'Why the event is placed here, in English, Spanish and German; expected outside North America and the Caribbean',
        ),
      ),
  ),
})


export const claimSchema = z
  .strictObject({ status: z.enum(CLAIM_STATUSES), note: z.optional(localizedTextSchema) })
  .check(
    z.refine((claim) => claim.status === 'confirmed' || claim.note !== undefined, {
      error: 'a claim that is not "confirmed" needs a note saying who claims and who disputes what',
      path: ['note'],
    }),
  )

export const correctionSchema = z.strictObject({
  origin: z.enum(CORRECTION_ORIGINS),
  said: localizedTextSchema,
  correct: localizedTextSchema,
  sourceUrl: webUrlSchema,
})


export const relationSchema = z.strictObject({ type: z.enum(RELATION_TYPES), id: idSchema })

export const eventSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.short))),
  id: idSchema,
  date: z.strictObject({
    start: calendarDateSchema,
    end: z.optional(calendarDateSchema),
    qualifier: z.optional(z.enum(DATE_QUALIFIERS)),
  }),
  title: shortTextSchema,
  summary: localizedTextSchema,
  category: idSchema,
  places: z.array(placeSchema).check(z.minLength(1, 'needs at least one place')),
  actors: z._default(z.array(idSchema), []),
  tags: z._default(z.array(idSchema), []),
  claim: claimSchema,
  sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
  corrections: z._default(z.array(correctionSchema), []),
  relations: z._default(z.array(relationSchema), []),
})


export const actorSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema.check(z.describe('The name in English, Spanish and German (a person: the same name three times)')),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter country code such as "MX"')),
})

export const categorySchema = z.strictObject({ id: idSchema, label: shortTextSchema })

export const periodSchema = z.strictObject({
  id: idSchema,
  label: shortTextSchema,
  start: calendarDateSchema,
  end: z.optional(calendarDateSchema),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
})

export const mapViewSchema = z
  .strictObject({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lon: z.number().check(z.gte(-180), z.lte(180)),
    zoom: z.number().check(z.gte(2), z.lte(10)),
  })
  .check(z.describe('Where the map looks: a centre and a zoom level (3 = the continent, 5 = a country, 8 = a city)'))

export const storyStepSchema = z
  .strictObject({
    eventId: z
      .optional(idSchema)
      .check(z.describe('The event this step shows; it is selected on the map, timeline and list')),
    from: z.optional(calendarDateSchema).check(z.describe('Start of the time window this step shows')),
    to: z
      .optional(calendarDateSchema)
      .check(z.describe('Last day (month, year) of the time window this step shows')),
    map: z.optional(mapViewSchema),
    note: localizedTextSchema.check(z.describe('What the reader learns at this step, in one or two sentences')),
    presenterNote: z
      .optional(localizedTextSchema)
      .check(z.describe('Shown only to a presenter who turns notes on')),
  })
  .check(
    z.refine((step) => step.eventId !== undefined || (step.from !== undefined && step.to !== undefined), {
      error: 'a step needs an "eventId", or a time window "from" and "to"',
    }),
    z.refine((step) => (step.from === undefined) === (step.to === undefined), {
      error: '"from" and "to" go together',
      path: ['to'],
    }),
  )

export const storySchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.short))),
  id: idSchema,
  title: shortTextSchema,
  summary: localizedTextSchema,
  steps: z.array(storyStepSchema).check(z.minLength(1, 'needs at least one step')),
})

/** The merged file the app fetches: every row is checked on its own, so the outer shape is loose on purpose. */
export const datasetFileSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.short))),
  generated: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.short))),
  categories: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  periods: z._default(z.array(z.unknown()), []),
  events: z.array(z.unknown()),
  stories: z._default(z.array(z.unknown()), []),
})

export type RawEvent = z.output<typeof eventSchema>
export type RawSource = z.output<typeof sourceSchema>
export type RawPlace = z.output<typeof placeSchema>
export type Actor = z.output<typeof actorSchema>
export type Category = z.output<typeof categorySchema>
export type RawPeriod = z.output<typeof periodSchema>
export type RawStory = z.output<typeof storySchema>
