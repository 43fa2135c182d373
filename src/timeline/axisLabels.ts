/**
 * vis-timeline writes each axis label (a year, a month) at the start of its stretch of the axis, and the panel clips
 * it: the first year, whose stretch begins left of the panel, read "24" for 2024 in present mode at 1024×768, and a
 * phone's strip ended in "202" at its right edge. After every redraw (its 'changed' event): a label cut at the
 * panel's left edge is moved to the edge when its stretch has room for it (as vis-timeline does with its own first
 * major label), else hidden; one cut at the right edge is hidden.
 *
 * No layout is read: a label's place is in its own transform and width (both written by vis-timeline at each redraw),
 * its text's width comes from a canvas, and the panel's width from vis-timeline's last measurement.
 */
import type { Timeline } from 'vis-timeline/esnext'

/** The part of vis-timeline's internals this reads (the package types none of it). */
type WithBody = { body?: { domProps?: { center?: { width?: number } } } }

const LABELS = '.vis-time-axis.vis-foreground > .vis-text:not(.vis-measure)'
const TRANSLATE = /^translate\((-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)$/u

/** What one label needs to be whole: where its text starts and ends, and where its stretch ends (panel px). */
export type AxisLabelPlace = { x: number; padding: number; textWidth: number; stretchEnd: number }

/** Where a label is drawn: where vis-timeline put it, moved to the panel's left edge, or not at all. */
export function axisLabelPlace(
  { x, padding, textWidth, stretchEnd }: AxisLabelPlace,
  panelWidth: number,
): 'as-is' | 'at-edge' | 'hidden' {
  if (x >= 0) return x + padding + textWidth <= panelWidth + 0.5 ? 'as-is' : 'hidden'
  // Starts left of the panel: at the edge, if its stretch leaves the room (before the next label) and the panel does.
  const end = padding + textWidth
  return end <= stretchEnd && end <= panelWidth + 0.5 ? 'at-edge' : 'hidden'
}

/** Keeps every axis label of `timeline` whole or hidden, after each redraw; returns the function that stops it. */
export function keepAxisLabelsWhole(timeline: Timeline, container: HTMLElement): () => void {
  let measure: ((text: string) => number) | null = null
  let padding = 0
  const widths = new Map<string, number>()
  const place = () => {
    const panelWidth = (timeline as unknown as WithBody).body?.domProps?.center?.width ?? 0
    if (panelWidth <= 0) return
    const labels = container.querySelectorAll<HTMLElement>(LABELS)
    for (const label of labels) {
      const match = TRANSLATE.exec(label.style.transform)
      const text = label.textContent
      if (!match || text === '') continue
      if (!measure) {
        // The labels' font, read once (a style, not a layout); canvas widths from then on.
        const style = getComputedStyle(label)
        padding = Number.parseFloat(style.paddingLeft) || 0
        const context = document.createElement('canvas').getContext('2d')
        if (!context) return
        context.font = style.font
        measure = (value) => context.measureText(value).width
      }
      let textWidth = widths.get(text)
      if (textWidth === undefined) {
        textWidth = measure(text)
        widths.set(text, textWidth)
      }
      const x = Number(match[1])
      const width = Number.parseFloat(label.style.width)
      const where = axisLabelPlace(
        { x, padding, textWidth, stretchEnd: x + (Number.isFinite(width) ? width : Infinity) },
        panelWidth,
      )
      const visibility = where === 'hidden' ? 'hidden' : ''
      if (label.style.visibility !== visibility) label.style.visibility = visibility
      if (where === 'at-edge') {
        label.style.transform = `translate(0px, ${match[2]}px)`
        if (Number.isFinite(width)) label.style.width = `${x + width}px`
      }
    }
  }
  timeline.on('changed', place)
  return () => {
    timeline.off('changed', place)
  }
}
