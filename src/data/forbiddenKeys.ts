import type { Problem } from './types'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Removes `__proto__`, `constructor` and `prototype` keys from parsed JSON, in place, and reports each one.
 * JSON.parse itself only creates an own property named `__proto__`, but any later merge or spread could turn it into
 * a prototype change, so such keys never get past the edge.
 */
export function stripForbiddenKeys(value: unknown, path = ''): Problem[] {
  const problems: Problem[] = []
  visit(value, path, problems)
  return problems
}

function visit(value: unknown, path: string, problems: Problem[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      visit(item, `${path}[${index}]`, problems)
    })
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const key of Object.keys(value)) {
    const childPath = path ? `${path}.${key}` : key
    if (FORBIDDEN.has(key)) {
      problems.push({
        severity: 'error',
        row: path || '(top level)',
        field: childPath,
        value: key,
        message: `the key "${key}" is not allowed in data`,
        hint: 'it could alter object prototypes; the key was removed',
      })
      Reflect.deleteProperty(value, key)
      continue
    }
    visit((value as Record<string, unknown>)[key], childPath, problems)
  }
}

/** JSON.parse that reports syntax errors as a Problem and strips prototype-polluting keys. */
export function parseJsonSafely(text: string, name: string): { value: unknown; problems: Problem[] } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {
      value: undefined,
      problems: [
        {
          severity: 'error',
          row: name,
          field: '(file)',
          value: text.slice(0, 40),
          message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'check for a missing comma or quote near the position given',
        },
      ],
    }
  }
  return { value, problems: stripForbiddenKeys(value) }
}
