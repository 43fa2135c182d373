import { describe, expect, it } from 'vitest'
import { selectLayout } from './layout'

describe('selectLayout', () => {
  it('picks the layout from the state, the phone first', () => {
    expect(selectLayout({ storyId: null, isPresenting: false }, false)).toBe('explore')
    expect(selectLayout({ storyId: 'tour', isPresenting: false }, false)).toBe('story')
    expect(selectLayout({ storyId: 'tour', isPresenting: true }, false)).toBe('present')
    expect(selectLayout({ storyId: null, isPresenting: true }, false)).toBe('present')
    expect(selectLayout({ storyId: 'tour', isPresenting: true }, true)).toBe('phone')
    expect(selectLayout({ storyId: null, isPresenting: false }, true)).toBe('phone')
  })
})
