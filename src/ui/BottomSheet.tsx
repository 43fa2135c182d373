/**
 * A bottom sheet over the map (presentational: no store). A bar that always stays in reach of the thumb (a story's
 * "← 3 of 12 →", an event's title), and a body that opens to half or most of the screen. The handle button cycles
 * peek → half → full; the sheet never covers the whole screen, so the map above it stays in view.
 *
 * The parent owns the snap state (`snap`, `onSnapChange`), and can measure the sheet through `sheetRef` (the phone
 * layout tells the map how much of it the sheet covers).
 */
import type { ReactNode, Ref } from 'react'

export type SheetSnap = 'peek' | 'half' | 'full'

const NEXT_SNAP: Record<SheetSnap, SheetSnap> = { peek: 'half', half: 'full', full: 'peek' }

export type BottomSheetProps = {
  /** The sheet's accessible name. */
  label: string
  snap: SheetSnap
  onSnapChange: (snap: SheetSnap) => void
  /** Always visible at the top of the sheet. */
  bar?: ReactNode
  /** Shown below the bar; scrolls inside the sheet. In 'peek' only its top shows. */
  children: ReactNode
  /** Names of the handle's action in the reader's language. */
  expandLabel: string
  collapseLabel: string
  sheetRef?: Ref<HTMLElement>
  className?: string
}

export function BottomSheet({
  label,
  snap,
  onSnapChange,
  bar,
  children,
  expandLabel,
  collapseLabel,
  sheetRef,
  className,
}: BottomSheetProps) {
  const isExpanded = snap !== 'peek'
  return (
    <section
      ref={sheetRef}
      className={`bottom-sheet is-${snap}${className ? ` ${className}` : ''}`}
      aria-label={label}
      data-snap={snap}
    >
      <button
        type="button"
        className="bottom-sheet-handle"
        aria-expanded={isExpanded}
        aria-label={snap === 'full' ? collapseLabel : expandLabel}
        onClick={() => {
          onSnapChange(NEXT_SNAP[snap])
        }}
      >
        <span className="bottom-sheet-grip" aria-hidden="true" />
      </button>
      {bar ? <div className="bottom-sheet-bar">{bar}</div> : null}
      <div className="bottom-sheet-body">{children}</div>
    </section>
  )
}
