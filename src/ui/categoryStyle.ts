/**
 * How each category looks in every view: a colour from the Okabe–Ito palette (safe for colour-blind readers) AND a
 * distinct shape, so colour never carries the meaning alone. Shapes are SVG paths in a 16×16 box.
 */
export type CategoryStyle = { color: string; shape: keyof typeof SHAPES }

export const SHAPES = {
  circle: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11Z',
  square: 'M3 3h10v10H3Z',
  triangle: 'M8 2l6.5 11.5h-13Z',
  diamond: 'M8 1.5l6.5 6.5l-6.5 6.5l-6.5-6.5Z',
  pentagon: 'M8 1.8l6.2 4.5l-2.4 7.4H4.2L1.8 6.3Z',
  hexagon: 'M4.5 2h7l3.5 6l-3.5 6h-7l-3.5-6Z',
  star: 'M8 1l2 4.6l5 .5l-3.8 3.3l1.1 4.9L8 11.8l-4.3 2.5l1.1-4.9L1 6.1l5-.5Z',
  cross: 'M6 1.5h4v4.5h4.5v4H10v4.5H6V10H1.5V6H6Z',
  triangleDown: 'M1.5 3h13L8 14.5Z',
} as const

const STYLES: Record<string, CategoryStyle> = {
  designation: { color: '#D55E00', shape: 'diamond' },
  military: { color: '#B2182B', shape: 'triangle' },
  surveillance: { color: '#56B4E9', shape: 'circle' },
  deployment: { color: '#009E73', shape: 'square' },
  transfer: { color: '#0072B2', shape: 'pentagon' },
  trade: { color: '#E69F00', shape: 'hexagon' },
  diplomacy: { color: '#CC79A7', shape: 'star' },
  statement: { color: '#555555', shape: 'triangleDown' },
  'law-enforcement': { color: '#6A3D9A', shape: 'cross' },
}

const FALLBACK: CategoryStyle = { color: '#333333', shape: 'circle' }

/** Styles given to the categories of an imported file (assignCategoryStyles), which the table above does not know. */
const assigned = new Map<string, CategoryStyle>()

/** Own keys only: a category called "constructor" must get the fallback, not Object.prototype's function. */
export function categoryStyle(categoryId: string): CategoryStyle {
  return Object.hasOwn(STYLES, categoryId)
    ? (STYLES[categoryId] ?? FALLBACK)
    : (assigned.get(categoryId) ?? FALLBACK)
}

/**
 * Gives the categories of "Your data" the palette's colour-and-shape pairs in order, so an imported file's categories
 * are told apart like the curated ones (from the tenth on, they repeat; the category name is always written beside).
 */
export function assignCategoryStyles(categoryIds: readonly string[]): void {
  const palette = Object.values(STYLES)
  categoryIds.forEach((id, index) => {
    if (!Object.hasOwn(STYLES, id)) assigned.set(id, palette[index % palette.length] ?? FALLBACK)
  })
}
