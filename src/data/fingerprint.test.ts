import { describe, expect, it } from 'vitest'
import { datasetFingerprint } from './fingerprint'

const of = (...ids: string[]) => datasetFingerprint({ events: ids.map((id) => ({ id })) as never })

describe('datasetFingerprint', () => {
  it('is the same for the same ids in the same order, and differs otherwise', () => {
    expect(of('a', 'b')).toBe(of('a', 'b'))
    expect(of('a', 'b')).not.toBe(of('b', 'a'))
    expect(of('ab', 'c')).not.toBe(of('a', 'bc'))
    expect(of('a', 'b')).not.toBe(of('a', 'b', 'c'))
    expect(of('a', 'b')).toMatch(/^2-[0-9a-z]+$/u)
  })
})
