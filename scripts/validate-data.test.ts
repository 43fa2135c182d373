import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validatePath } from './validate-data'

/** Each of these spawns `npx tsx` (a Node start-up and a TypeScript compile): seconds on a busy machine, not a speed test. */
const SUBPROCESS_TIMEOUT_MS = 60_000

describe('npm run validate-data', () => {
  it('passes on the bundled dataset with at least 30 events', () => {
    const { problems, summary } = validatePath('data')
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(Number(/^(\d+) valid events/.exec(summary)?.[1])).toBeGreaterThanOrEqual(30)
  })

  it.each(readdirSync('tests/fixtures/bad'))('fails on tests/fixtures/bad/%s', (file) => {
    const { problems } = validatePath(`tests/fixtures/bad/${file}`)
    expect(problems.some((p) => p.severity === 'error')).toBe(true)
  })

  it(
    'exits non-zero with a message naming row, field and value',
    () => {
      let output = ''
      let status = 0
      try {
        execFileSync('npx', ['tsx', 'scripts/validate-data.ts', 'tests/fixtures/bad/end-before-start.json'], {
          encoding: 'utf8',
        })
      } catch (error) {
        const failed = error as { status: number; stdout: string }
        status = failed.status
        output = failed.stdout
      }
      expect(status).toBe(1)
      expect(output).toContain(
        'event "2025-02-27-a" (events[0]) › date.end = "2025-01-01": ends before it starts',
      )
    },
    SUBPROCESS_TIMEOUT_MS,
  )

  it(
    'exits zero on the good fixture',
    () => {
      const output = execFileSync('npx', ['tsx', 'scripts/validate-data.ts', 'tests/fixtures/good.json'], {
        encoding: 'utf8',
      })
      expect(output).toMatch(/3 valid events.*0 error\(s\)/)
    },
    SUBPROCESS_TIMEOUT_MS,
  )
})
