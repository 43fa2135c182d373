/**
 * npm run build-data: validates data/ and writes the one file the app fetches, public/data/frontera.json.
 * Refuses to write when there is any error, so a broken dataset never reaches a build.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { serializeDataset } from '../src/data/datasetLayout'
import { formatProblem } from '../src/data/formatProblem'
import { validateDataset } from '../src/data/validateDataset'
import { readDataDir } from './readDataDir'

const { input, problems } = readDataDir(resolve('data'))
const all = [...problems, ...validateDataset(input).problems]
const errors = all.filter((problem) => problem.severity === 'error')
for (const problem of errors) console.error(formatProblem(problem))
if (errors.length > 0) {
  console.error(`build-data: ${errors.length} error(s); run npm run validate-data for details`)
  process.exit(1)
}
mkdirSync(resolve('public/data'), { recursive: true })
const generated = new Date().toISOString().slice(0, 10)
// One event per line, events last (src/data/datasetLayout.ts): the app validates events while the file downloads.
writeFileSync(resolve('public/data/frontera.json'), serializeDataset({ generated, ...input }))
console.log(`build-data: wrote public/data/frontera.json (${input.events.length} events)`)
