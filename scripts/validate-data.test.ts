import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeDataset } from '../src/data/datasetLayout'
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

  it('checks the complete events of a merged file cut short, and says where it breaks', () => {
    const file = JSON.parse(readFileSync('tests/fixtures/good.json', 'utf8')) as { events: unknown[] }
    const text = serializeDataset(file)
    const cut = text.lastIndexOf('\n', text.length - 4) - 10 // inside the last event line
    const path = join(mkdtempSync(join(tmpdir(), 'frontera-validate-')), 'frontera.json')
    writeFileSync(path, text.slice(0, cut))
    const { problems, summary } = validatePath(path)
    expect(summary).toMatch(/^2 valid events/u)
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^showing 2 events; the file ends mid-event at byte [\d,]+ \(line 4\)$/u),
    )
  }, 60_000) // spawns a process: a busy machine may take many seconds

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
