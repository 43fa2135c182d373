/**
 * A presidency's band writes its name from its start, or from the panel's left edge when it starts before the window
 * (vis-timeline moves the name right by the band's hidden part, with a transform). The name then ran past the band's
 * end and was cut mid-word: "Trump, second t" at the axis' end, "Segundo mandato de B" in a 700 px embed. The name's
 * room is the band's visible part (theme.css gives it the band's width and the ellipsis; this takes off the part the
 * name was moved past). After every redraw (vis-timeline's 'changed'), from the transform vis-timeline has just
 * written: no layout is read.
 */
import type { Timeline } from 'vis-timeline/esnext'

const BANDS = '.vis-item.vis-background.period'
const TRANSLATE_X = /^translateX\((-?[\d.e+-]+)px\)$/u

/** The name's max-width: the band's inner width (theme.css: 100 %) less the part the name has been moved past. */
export function bandNameMaxWidth(nameShift: number): string {
  return nameShift > 0 ? `calc(100% - ${Math.round(nameShift * 100) / 100}px)` : ''
}

/** Keeps each band's name inside its band's visible part, after each redraw; returns the function that stops it. */
export function keepBandNamesInBands(timeline: Timeline, container: HTMLElement): () => void {
  const place = () => {
    for (const band of container.querySelectorAll<HTMLElement>(BANDS)) {
      const content = band.querySelector<HTMLElement>('.vis-item-content')
      if (!content) continue
      const maxWidth = bandNameMaxWidth(Number(TRANSLATE_X.exec(content.style.transform)?.[1] ?? 0))
      if (content.style.maxWidth !== maxWidth) content.style.maxWidth = maxWidth
    }
  }
  timeline.on('changed', place)
  return () => {
    timeline.off('changed', place)
  }
}
