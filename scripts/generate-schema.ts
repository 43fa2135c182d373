/** npm run schema: writes JSON Schemas generated from src/data/schema.ts, so editors complete and check data files. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { actorSchema, categorySchema, eventSchema, periodSchema, storySchema } from '../src/data/schema'

const out = resolve('data/schema')
mkdirSync(out, { recursive: true })
const schemas = {
  'event.schema.json': eventSchema,
  'actors.schema.json': z.array(actorSchema),
  'categories.schema.json': z.array(categorySchema),
  'periods.schema.json': z.array(periodSchema),
  'story.schema.json': storySchema,
}
for (const [file, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  writeFileSync(`${out}/${file}`, `${JSON.stringify(json, null, 2)}\n`)
}
console.log(`schema: wrote ${Object.keys(schemas).length} files to data/schema/`)
