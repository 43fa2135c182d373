// Timeline → its own DOM: keeps the selected item's title inside the visible panel (labelPlacement.ts decides the
// side and the width). vis-timeline owns the items' elements and rewrites their classes and styles at each redraw,
// so the placement lives on the title's own element (made by useVisTimeline, never rewritten by the widget), as a
// data attribute and two custom properties that timeline.css reads:
//   data-side="before"   the title is drawn before its item (a point item: its dot) instead of after it;
//   --label-room         the widest the title may be on its side (absent: its usual width);
//   --label-shift        how much further left than the item's box a title drawn before it ends (at the dot).
// Set on the one element, not on the container: a custom property there would restyle every item at each selection.
// It runs after every redraw ('changed': a pan, a zoom, a new selection).
import { useEffect, type RefObject } from 'react'
import type { Timeline } from 'vis-timeline/esnext'
import { useAppStore } from '../state/store'
import { LABEL_GAP_PX, placeLabel, type LabelPlacement } from './labelPlacement'

type LabelSide = LabelPlacement['side']

/** `axisEndMs`: the timeline's `max` option, the furthest its window can pan. */
export function useSelectedLabel(
  timelineRef: RefObject<Timeline | null>,
  container: HTMLElement | null,
  axisEndMs: number,
): void {
  const store = useAppStore()
  useEffect(
    function keepSelectedLabelInPanel() {
      const timeline = timelineRef.current
      if (!timeline || !container) return
      let frame = 0
      let styled: HTMLElement | null = null
      let applied: Placement | null = null
      const measureText = textMeasurer()

      const apply = (label: HTMLElement | null, next: Placement | null) => {
        if (
          label === styled &&
          applied?.side === next?.side &&
          Math.abs((applied?.room ?? -1) - (next?.room ?? -1)) < 1 &&
          Math.abs((applied?.shift ?? 0) - (next?.shift ?? 0)) < 0.5
        )
          return
        if (styled && styled !== label) clearPlacement(styled)
        styled = next ? label : null
        applied = next
        if (!label) return
        if (!next) {
          clearPlacement(label)
          return
        }
        label.dataset.side = next.side
        if (next.room === null) label.style.removeProperty('--label-room')
        else label.style.setProperty('--label-room', `${next.room}px`)
        label.style.setProperty('--label-shift', `${next.shift.toFixed(1)}px`)
      }

      const place = () => {
        frame = 0
        const panel = container.querySelector('.vis-panel.vis-center')
        const label = container.querySelector<HTMLElement>('.vis-item.vis-selected .timeline-item-label')
        const item = label?.closest<HTMLElement>('.vis-item')
        const dot = item?.querySelector('.vis-dot')
        const content = label?.closest('.vis-item-content')
        // Only a point item can take its title to the other side of its dot; a span's title stays inside it.
        if (!panel || !label || !item || !dot || !content) {
          apply(label ?? null, null)
          return
        }
        // Where vis-timeline starts the title after the dot (the content box stays put when the title moves).
        const labelStart =
          content.getBoundingClientRect().left + parseFloat(getComputedStyle(content).paddingLeft)
        const anchor = dot.getBoundingClientRect().left
        const box = panel.getBoundingClientRect()
        const range = timeline.getWindow()
        const pxPerMs = box.width / Math.max(1, +range.end - +range.start)
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
        const placement = placeLabel({
          panel: box,
          axisEndPx: box.left + (axisEndMs - +range.start) * pxPerMs,
          labelStartPx: labelStart,
          anchorPx: anchor,
          naturalWidthPx: measureText(label),
          // timeline.css: max-width calc(100cqw - 2.5rem), the panel being the size container.
          maxWidthPx: panel.clientWidth - 2.5 * rem,
        })
        // A title before the dot is positioned from the item's right edge (right: 100% + --label-shift, in
        // timeline.css), so that it ends LABEL_GAP_PX before the dot whatever its wrapped width.
        const itemLeft =
          item.getBoundingClientRect().left + parseFloat(getComputedStyle(item).borderLeftWidth)
        apply(label, {
          side: placement.side,
          room: placement.roomPx,
          shift: placement.side === 'before' ? itemLeft - anchor + LABEL_GAP_PX : 0,
        })
      }
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(place)
      }
      const onChanged = () => {
        schedule()
      }
      timeline.on('changed', onChanged)
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId) schedule()
      })
      schedule()
      return function stopPlacingSelectedLabel() {
        timeline.off('changed', onChanged)
        unsubscribe()
        cancelAnimationFrame(frame)
        apply(null, null)
      }
    },
    [timelineRef, container, store, axisEndMs],
  )
}

type Placement = { side: LabelSide; room: number | null; shift: number }

function clearPlacement(label: HTMLElement): void {
  delete label.dataset.side
  label.style.removeProperty('--label-room')
  label.style.removeProperty('--label-shift')
}

/** A title's width on one line, in its own font, without laying it out (a canvas measures text without the DOM). */
function textMeasurer(): (element: HTMLElement) => number {
  const context = document.createElement('canvas').getContext('2d')
  return (element) => {
    const text = element.textContent
    if (!context) return element.scrollWidth
    const style = getComputedStyle(element)
    context.font = style.font || `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
    return Math.ceil(context.measureText(text).width + (Number.isFinite(padding) ? padding : 0))
  }
}
