import { describe, expect, it } from 'vitest'
import { categoryStyle } from '../ui/categoryStyle'
import { eventIdOf, itemIdOf } from './itemIds'

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype)

describe('event ids named after Object.prototype members (issue 15)', () => {
  it.each([...PROTOTYPE_NAMES, 'transfer-of-29', 'a', 'event-x'])(
    'gives %s an item id no plain object owns, and back',
    (id) => {
      const itemId = itemIdOf(id)
      expect(itemId in Object.prototype).toBe(false)
      expect(eventIdOf(itemId)).toBe(id)
    },
  )

  it('keeps ordinary ids as they are', () => {
    expect(itemIdOf('2025-02-27-transfer-of-29')).toBe('2025-02-27-transfer-of-29')
    expect(itemIdOf('constructor')).toBe('event:constructor')
  })

  it.each(PROTOTYPE_NAMES)('styles a category called %s with the fallback style', (id) => {
    const style = categoryStyle(id)
    expect(style.color).toMatch(/^#[0-9A-F]{6}$/iu)
    expect(typeof style.shape).toBe('string')
  })
})
