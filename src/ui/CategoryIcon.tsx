import { categoryStyle, SHAPES } from './categoryStyle'

/** The category's shape in its colour; decorative, because the category name is always written next to it. */
export function CategoryIcon({ categoryId, sizePx = 16 }: { categoryId: string; sizePx?: number }) {
  const style = categoryStyle(categoryId)
  return (
    <svg
      className="category-icon"
      width={sizePx}
      height={sizePx}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPES[style.shape]} fill={style.color} stroke="#fff" strokeWidth="1" />
    </svg>
  )
}
