/**
 * npm run validate-data [path]
 * Checks the dataset folder (default: data/), a merged dataset file, or one event file, with the app's own
 * validator. Prints every problem with its row, field, value and a hint; exits 1 if there is any error.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseJsonSafely } from '../src/data/forbiddenKeys'
import { formatProblem } from '../src/data/formatProblem'
import { wholeFile } from '../src/data/streamDataset'
import type { Problem } from '../src/data/types'
import { validateDataset } from '../src/data/validateDataset'
import { readDataDir } from './readDataDir'

export function validatePath(path: string): { problems: Problem[]; summary: string } {
  if (statSync(path).isDirectory()) {
    const { input, problems } = readDataDir(path)
    const result = validateDataset(input)
    return { problems: [...problems, ...result.problems], summary: summarize(result.dataset) }
  }
  const text = readFileSync(path, 'utf8')
  const { value, problems } = parseJsonSafely(text, path)
  if (value === undefined) {
    // Not JSON: a merged file in the build's layout still has its complete events checked, and the break located.
    const salvaged = wholeFile(text, path)
    return salvaged.dataset.events.length > 0 || salvaged.problems.length !== problems.length
      ? { problems: salvaged.problems, summary: summarize(salvaged.dataset) }
      : { problems, summary: '' }
  }
  const isSingleEvent = value !== null && typeof value === 'object' && !('events' in value)
  // A single event file is checked against the bundled categories and actors.
  const input = isSingleEvent ? { ...readDataDir(resolve('data')).input, events: [value] } : value
  const result = validateDataset(input)
  return { problems: [...problems, ...result.problems], summary: summarize(result.dataset) }
}

function summarize(dataset: ReturnType<typeof validateDataset>['dataset']): string {
  const sources = new Set(dataset.events.flatMap((event) => event.sources.map((source) => source.url)))
  return `${dataset.events.length} valid events, ${sources.size} distinct sources, ${dataset.actors.length} actors, ${dataset.periods.length} periods, ${dataset.stories.length} stories`
}

function main(): void {
  const path = resolve(process.argv[2] ?? 'data')
  const { problems, summary } = validatePath(path)
  for (const problem of problems) console.log(formatProblem(problem))
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.length - errors
  console.log(`${path}: ${summary}; ${errors} error(s), ${warnings} warning(s)`)
  process.exitCode = errors > 0 ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
