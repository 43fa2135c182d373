import { describe, expect, it } from 'vitest'
import { bandNameMaxWidth } from './bandNames'

describe('bandNameMaxWidth', () => {
  it('leaves a band that starts in the window to the stylesheet (its whole width)', () => {
    expect(bandNameMaxWidth(0)).toBe('')
  })

  it('takes the part of the band left of the window off the room of its name', () => {
    expect(bandNameMaxWidth(34.8697)).toBe('calc(100% - 34.87px)')
  })
})
