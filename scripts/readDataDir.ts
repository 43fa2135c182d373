/** Reads the hand-edited files in data/ into the single dataset object that the app and the validator take. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseJsonSafely } from '../src/data/forbiddenKeys'
import type { Problem } from '../src/data/types'

export type DataDirInput = {
  input: {
    categories: unknown[]
    actors: unknown[]
    periods: unknown[]
    events: unknown[]
    stories: unknown[]
  }
  problems: Problem[]
}

export function readDataDir(dir: string): DataDirInput {
  const problems: Problem[] = []
  const readList = (name: string, required: boolean): unknown[] => {
    const path = join(dir, name)
    if (!existsSync(path)) {
      if (required) problems.push(fileProblem(name, 'is missing'))
      return []
    }
    const { value, problems: parseProblems } = parseJsonSafely(readFileSync(path, 'utf8'), name)
    problems.push(...parseProblems)
    if (value === undefined) return []
    if (!Array.isArray(value)) {
      problems.push(fileProblem(name, 'must hold a JSON array'))
      return []
    }
    return value
  }
  /** One JSON file per row (data/events/, data/stories/); each file is named after its row's id. */
  const readFolder = (folder: string, singular: string): unknown[] => {
    const rows: unknown[] = []
    const folderPath = join(dir, folder)
    const files = existsSync(folderPath)
      ? readdirSync(folderPath)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : []
    for (const file of files) {
      const name = `${folder}/${file}`
      const { value, problems: parseProblems } = parseJsonSafely(
        readFileSync(join(folderPath, file), 'utf8'),
        name,
      )
      problems.push(...parseProblems)
      if (value === undefined) continue
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined
      if (typeof id === 'string' && id !== basename(file, '.json')) {
        problems.push({
          severity: 'error',
          row: `${singular} "${id}"`,
          field: 'id',
          value: JSON.stringify(id),
          message: `does not match its file name ${name}`,
          hint: `name the file <id>.json so that every ${singular} is easy to find`,
        })
      }
      rows.push(value)
    }
    return rows
  }
  const events = readFolder('events', 'event')
  const stories = readFolder('stories', 'story')
  return {
    input: {
      categories: readList('categories.json', true),
      actors: readList('actors.json', true),
      periods: readList('periods.json', false),
      events,
      stories,
    },
    problems,
  }
}

function fileProblem(name: string, message: string): Problem {
  return { severity: 'error', row: name, field: '(file)', value: name, message }
}
