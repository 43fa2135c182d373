import { describe, expect, it } from 'vitest'
import { change, mergeIntoBenchmarksFile, unreadable } from './benchCompare'
import { readDataDir } from './readDataDir'

describe('change', () => {
  it('calls out a change of more than 10 % either way, and only that', () => {
    expect(change(100, 111)).toEqual({ text: '**+11 % worse**', worse: true })
    expect(change(100, 110)).toEqual({ text: '+10 %', worse: false })
    expect(change(100, 89)).toEqual({ text: '−11 % better', worse: false })
    expect(change(100, 100)).toEqual({ text: '0 %', worse: false })
  })

  it('says n/a when a build has no figure, and does not divide by zero', () => {
    expect(change(null, 5)).toEqual({ text: 'n/a', worse: false })
    expect(change(5, null)).toEqual({ text: 'n/a', worse: false })
    expect(change(0, 0)).toEqual({ text: '0 %', worse: false })
    expect(change(0, 3)).toEqual({ text: 'from 0', worse: false })
  })
})

describe('mergeIntoBenchmarksFile', () => {
  const START = '<!-- npm run bench:compare: generated from here -->'
  const END = '<!-- npm run bench:compare: generated up to here -->'

  it('appends its section the first time, keeping everything else', () => {
    expect(mergeIntoBenchmarksFile('## Compared\n', '# Benchmarks\n\ntables\n')).toBe(
      `# Benchmarks\n\ntables\n\n${START}\n## Compared\n${END}\n`,
    )
  })

  it('replaces only its own section afterwards', () => {
    const current = `# Benchmarks\n\n${START}\n## Old\n${END}\n\n## Import\n`
    expect(mergeIntoBenchmarksFile('## New', current)).toBe(
      `# Benchmarks\n\n${START}\n## New\n${END}\n\n## Import\n`,
    )
  })
})

describe('unreadable', () => {
  const bundled = readDataDir('data').input

  it("reads the bundled dataset (the case where both builds read the earlier build's file)", () => {
    expect(unreadable(JSON.stringify(bundled))).toBeNull()
  })

  it("says why a file is not read: an error of this checkout's validator, or no JSON", () => {
    const [first, ...rest] = bundled.events as Record<string, unknown>[]
    const broken = { ...bundled, events: [{ ...first, date: 'soon' }, ...rest] }
    expect(unreadable(JSON.stringify(broken))).toMatch(
      /^\d+ errors?, the first: event ".+" \(events\[0\]\), date: /,
    )
    expect(unreadable('{"events": [')).toMatch(/^not JSON \(/)
  })
})
