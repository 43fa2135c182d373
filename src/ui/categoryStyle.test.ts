import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import categories from '../../data/categories.json'
import { categoryStyle, SHAPES } from './categoryStyle'

describe('categoryStyle', () => {
  it('gives every category in the dataset its own shape, so colour never carries the meaning alone', () => {
    const shapes = categories.map((category) => categoryStyle(category.id).shape)
    expect(new Set(shapes).size).toBe(categories.length)
    for (const shape of shapes) expect(SHAPES[shape]).toMatch(/^M/)
  })

  it('uses the same colours as the timeline CSS', () => {
    // Hex colours are case-insensitive, and Prettier writes them in lower case in the CSS.
    const css = readFileSync('src/ui/theme.css', 'utf8').toLowerCase()
    for (const category of categories) {
      const color = categoryStyle(category.id).color.toLowerCase()
      expect(css).toContain(`.cat-${category.id} {\n  --cat-color: ${color};`)
    }
  })
})
