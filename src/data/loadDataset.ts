import type { ValidationResult } from './validateDataset'

/**
 * Fetches the dataset from the app's own origin and validates it; bad rows become problems, never exceptions.
 * The reader and the validator (with zod) are their own chunk, loaded while the data downloads, so the first script
 * stays small; events are validated as they arrive (streamDataset.ts).
 */
export async function loadDataset(url: string): Promise<ValidationResult> {
  const [response, { readDatasetStream, wholeFile }] = await Promise.all([
    fetch(url, { credentials: 'same-origin' }),
    import('./streamDataset'),
  ])
  if (!response.ok) throw new Error(`Could not load the dataset (${url}): HTTP ${response.status}`)
  return response.body ? readDatasetStream(response.body, url) : wholeFile(await response.text(), url)
}
