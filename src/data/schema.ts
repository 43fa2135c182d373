/**
 * The runtime schema of the dataset files, defined once. The TypeScript types of the raw files are inferred from
 * it, and scripts/generate-schema.ts turns it into JSON Schema for editors. Semantic checks that need the whole
 * dataset (unique ids, references, coordinates) live in validateDataset.ts.
 */
import { z } from 'zod'
import { ACTOR_KINDS, CLAIM_STATUSES, LANGS, PLACE_PRECISIONS, PLACE_ROLES, RELATION_TYPES } from './vocabulary'

export { ACTOR_KINDS, CLAIM_STATUSES, LANGS, PLACE_PRECISIONS, PLACE_ROLES, RELATION_TYPES }
import { parseCalendarDate } from './calendarDate'

// In the browser the app runs under a CSP without 'unsafe-eval' (scripts/securityHeaders.ts), so zod's JIT can never
// run there, and its probe (`Function('')`, caught) is still reported as a CSP violation. Opting out before any
// schema is built removes the probe at no cost; Node scripts (validate-data, bench) keep the faster JIT.
if (typeof document !== 'undefined') z.config({ jitless: true })


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
  z
    .string()
    .max(limit, {
      error: (issue) =>
        `is longer than ${limit.toLocaleString('en')} characters (${(typeof issue.input === 'string' ? issue.input.length : 0).toLocaleString('en')})`,
      abort: true,
    })
    .trim()
    .min(1, 'must not be empty')
const nonEmpty = text(TEXT_LIMITS.short)
const longText = text(TEXT_LIMITS.long)

/** A text in the three languages; `localizedTextSchema` allows long texts, `shortTextSchema` titles and names. */
export const localizedTextSchema = z
  .strictObject({ en: longText, es: longText, de: longText })
  .describe('The same text in English, Spanish and German')
export const shortTextSchema = z
  .strictObject({ en: nonEmpty, es: nonEmpty, de: nonEmpty })
  .describe(`The same text in English, Spanish and German (at most ${TEXT_LIMITS.short} characters each)`)

export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a calendar date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => !value.startsWith('0000'), {
    error: 'uses year 0000, which readers would see as 1 BC: dates before AD 1 (0001) are not supported',
    abort: true,
  })
  .refine((value) => parseCalendarDate(value) !== null, {
    error: 'must be a date that exists (check the month and the day)',
  })
  .describe('YYYY, YYYY-MM or YYYY-MM-DD')

const idSchema = z
  .string()
  .max(100, { abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens')

export const webUrlSchema = z
  .string()
  .max(2000)
  // The scheme by pattern, the rest by the URL parser (canParse builds no URL object: this runs for every source).
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: 'must be an absolute https:// or http:// URL',
  })

export const sourceSchema = z.strictObject({
  publisher: nonEmpty,
  title: nonEmpty,
  url: webUrlSchema,
  published: calendarDateSchema.optional(),
  undated: z
    .literal(true)
    .optional()
    .describe('Set after checking that the page shows no publication date; leave "published" out then'),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "en"'),
  kind: z.enum(['primary', 'official', 'press', 'other']),
})


export const placeSchema = z.strictObject({
  name: shortTextSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.enum(PLACE_PRECISIONS),
  role: z.enum(PLACE_ROLES),
  note: localizedTextSchema
    .describe('Why the event is placed here, in English, Spanish and German; expected outside North America and the Caribbean')
    .optional(),
})


export const claimSchema = z
  .strictObject({ status: z.enum(CLAIM_STATUSES), note: localizedTextSchema.optional() })
  .refine((claim) => claim.status === 'confirmed' || claim.note !== undefined, {
    error: 'a claim that is not "confirmed" needs a note saying who claims and who disputes what',
    path: ['note'],
  })

export const correctionSchema = z.strictObject({
  origin: z.enum(['seed', 'reporting']),
  said: localizedTextSchema,
  correct: localizedTextSchema,
  sourceUrl: webUrlSchema,
})


export const relationSchema = z.strictObject({ type: z.enum(RELATION_TYPES), id: idSchema })

export const eventSchema = z.strictObject({
  $schema: z.string().max(TEXT_LIMITS.short).optional(),
  id: idSchema,
  date: z.strictObject({
    start: calendarDateSchema,
    end: calendarDateSchema.optional(),
    qualifier: z.enum(['circa', 'before', 'after']).optional(),
  }),
  title: shortTextSchema,
  summary: localizedTextSchema,
  category: idSchema,
  places: z.array(placeSchema).min(1, 'needs at least one place'),
  actors: z.array(idSchema).default([]),
  tags: z.array(idSchema).default([]),
  claim: claimSchema,
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  corrections: z.array(correctionSchema).default([]),
  relations: z.array(relationSchema).default([]),
})


export const actorSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema.describe('The name in English, Spanish and German (a person: the same name three times)'),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter country code such as "MX"'),
})

export const categorySchema = z.strictObject({ id: idSchema, label: shortTextSchema })

export const periodSchema = z.strictObject({
  id: idSchema,
  label: shortTextSchema,
  start: calendarDateSchema,
  end: calendarDateSchema.optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
})

export const mapViewSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    zoom: z.number().min(2).max(10),
  })
  .describe('Where the map looks: a centre and a zoom level (3 = the continent, 5 = a country, 8 = a city)')

export const storyStepSchema = z
  .strictObject({
    eventId: idSchema.optional().describe('The event this step shows; it is selected on the map, timeline and list'),
    from: calendarDateSchema.optional().describe('Start of the time window this step shows'),
    to: calendarDateSchema.optional().describe('Last day (month, year) of the time window this step shows'),
    map: mapViewSchema.optional(),
    note: localizedTextSchema.describe('What the reader learns at this step, in one or two sentences'),
    presenterNote: localizedTextSchema.optional().describe('Shown only to a presenter who turns notes on'),
  })
  .refine((step) => step.eventId !== undefined || (step.from !== undefined && step.to !== undefined), {
    error: 'a step needs an "eventId", or a time window "from" and "to"',
  })
  .refine((step) => (step.from === undefined) === (step.to === undefined), {
    error: '"from" and "to" go together',
    path: ['to'],
  })

export const storySchema = z.strictObject({
  $schema: z.string().max(TEXT_LIMITS.short).optional(),
  id: idSchema,
  title: shortTextSchema,
  summary: localizedTextSchema,
  steps: z.array(storyStepSchema).min(1, 'needs at least one step'),
})

/** The merged file the app fetches: every row is checked on its own, so the outer shape is loose on purpose. */
export const datasetFileSchema = z.strictObject({
  $schema: z.string().max(TEXT_LIMITS.short).optional(),
  generated: z.string().max(TEXT_LIMITS.short).optional(),
  categories: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  periods: z.array(z.unknown()).default([]),
  events: z.array(z.unknown()),
  stories: z.array(z.unknown()).default([]),
})

export type RawEvent = z.output<typeof eventSchema>
export type RawSource = z.output<typeof sourceSchema>
export type RawPlace = z.output<typeof placeSchema>
export type Actor = z.output<typeof actorSchema>
export type Category = z.output<typeof categorySchema>
export type RawPeriod = z.output<typeof periodSchema>
export type RawStory = z.output<typeof storySchema>
