/**
 * The runtime schema of the "imported" profile (types.ts), defined alongside the curated dataset's schema
 * (src/data/schema.ts), which is not loosened by it: a curated event still needs three languages, a place, a source
 * and a claim status; an imported one has one language, optional places and sources, and is always "not assessed".
 * Used to read back a dataset Frontera exported (round trip) and by `npm run import` before it writes a file.
 */
import { z } from 'zod'
import { webUrlSchema } from '../data/schema'
import { IMPORTED_PLACE_PRECISIONS, FORMAT_NAMES } from './types'

const text = z.string().max(100_000)
const label = z.string().trim().min(1).max(500)
const idSchema = z.string().min(1).max(200)

export const importedDateSchema = z
  .strictObject({
    year: z
      .number()
      .int()
      .refine((year) => year !== 0, { error: 'there is no year 0' }),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    precision: z.enum(['year', 'month', 'day']),
  })
  .refine((date) => (date.precision === 'year') === (date.month === undefined), {
    error: 'precision does not match the parts given',
  })
  .refine((date) => (date.precision === 'day') === (date.day !== undefined), {
    error: 'precision does not match the parts given',
  })

export const importedWhenSchema = z.strictObject({
  start: importedDateSchema,
  end: importedDateSchema.optional(),
  qualifier: z.enum(['circa', 'before', 'after']).optional(),
  time: z.string().max(100).optional(),
  endTime: z.string().max(100).optional(),
  display: z.string().max(500).optional(),
  utc: z.literal(true).optional(),
  startMs: z.number(),
  endMs: z.number(),
})

const linkSchema = z.strictObject({ url: webUrlSchema, label: z.string().max(2000).optional() })

export const importedEventSchema = z.strictObject({
  id: idSchema,
  locator: z.string().max(500),
  title: label,
  text,
  links: z.array(linkSchema),
  media: z.strictObject({ url: webUrlSchema, credit: text.optional(), caption: text.optional() }).optional(),
  when: importedWhenSchema.optional(),
  place: z
    .strictObject({
      name: z.string().max(500).optional(),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      precision: z.enum(IMPORTED_PLACE_PRECISIONS),
      precisionInFile: z.string().max(100).optional(),
    })
    .optional(),
  category: z.string().max(500).optional(),
  group: z.string().max(500).optional(),
  actors: z.array(z.string().max(500)),
  tags: z.array(z.string().max(500)),
  sources: z.array(z.strictObject({ name: z.string().max(500).optional(), url: z.optional(webUrlSchema) })),
  claim: z.strictObject({ status: z.literal('not assessed') }),
  extra: z.record(z.string(), z.string().max(10_000)).optional(),
})

export const importedEraSchema = z.strictObject({
  id: idSchema,
  locator: z.string().max(500),
  label,
  when: importedWhenSchema,
})

/** The dataset file; events and eras are checked one by one (a bad row is reported, the others kept). */
export const importedDatasetFileSchema = z.strictObject({
  $schema: z.string().optional(),
  profile: z.literal('imported'),
  version: z.literal(1),
  name: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(60),
  title: z.string().max(500),
  intro: z.strictObject({ title: z.string().max(500), text, links: z.array(linkSchema) }).optional(),
  language: z.string().regex(/^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/),
  attribution: z.string().trim().min(1, 'an imported dataset needs an attribution line').max(1000),
  licence: z.string().max(500).optional(),
  origin: z.strictObject({
    fileName: z.string().max(500),
    format: z.enum(FORMAT_NAMES as [string, ...string[]]),
    importedAt: z.string().max(40),
  }),
  categories: z.array(z.strictObject({ id: idSchema, label })),
  groups: z.array(z.strictObject({ id: idSchema, label })),
  actors: z.array(z.strictObject({ id: idSchema, name: label })),
  eras: z.array(z.unknown()),
  events: z.array(z.unknown()),
})

export function isImportedProfile(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Record<string, unknown>).profile === 'imported'
  )
}
