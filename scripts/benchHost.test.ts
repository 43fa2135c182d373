// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { hostSpeedLine, hostWorkload } from './benchHost'

describe("the bench's host workload", () => {
  it('does the same work every time and leaves the page as it found it', () => {
    const before = document.body.childNodes.length
    const first = hostWorkload(document)
    expect(hostWorkload(document)).toBe(first)
    // The sorted sequence's middle (about one half: the numbers are uniform in [0, 1)) plus the 20,000 records read.
    expect(first).toBeGreaterThan(450_000 + 20_000)
    expect(first).toBeLessThan(550_000 + 20_000)
    expect(document.body.childNodes.length).toBe(before)
  })

  it('is source text a blank page can run: no helper from the bundler, no inner function', () => {
    // measureHostSpeed sends this text to the page; a name helper (tsx's __name) or an inner function would break it.
    const source = hostWorkload.toString()
    expect(source).toMatch(/^function hostWorkload\(doc\) \{/)
    expect(source).not.toMatch(/__name|=>|\bfunction\b[\s\S]*\bfunction\b/)
  })

  it('reports the start and end figures, and n/a where one is missing', () => {
    const line = hostSpeedLine({ medianMs: 812.4, runsMs: [800, 812.4, 830, 790, 900] }, null)
    expect(line).toContain('took 812 ms when the bench started and n/a when it ended')
    expect(line).toContain('median of 5')
  })
})
