import { parseJsonSafely } from './forbiddenKeys'
import type { ValidationResult } from './validateDataset'

/**
 * Fetches the dataset from the app's own origin and validates it; bad rows become problems, never exceptions.
 * The validator (with zod) is its own chunk, loaded while the data downloads, so the first script stays small.
 */
export async function loadDataset(url: string): Promise<ValidationResult> {
  const [response, { validateDataset }] = await Promise.all([
    fetch(url, { credentials: 'same-origin' }),
    import('./validateDataset'),
  ])
  if (!response.ok) throw new Error(`Could not load the dataset (${url}): HTTP ${response.status}`)
  const { value, problems } = parseJsonSafely(await response.text(), url)
  const result = validateDataset(value)
  return { dataset: result.dataset, problems: [...problems, ...result.problems] }
}
