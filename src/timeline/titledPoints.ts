/**
 * vis-timeline's point item writes its title after its dot. Near the axis' end (the axis stops at the data) no pan
 * brings such a title in: in the first view the latest events' titles were cut to a few letters ("FinCEN c", "US
 * desig"). This point item writes it before its dot where titleSide says so, and tells vis-timeline the box it then
 * takes (`left`, its width on each side), so that stacking keeps every title clear of its neighbours.
 *
 * The side is decided at the scale that shows the whole axis (the first view, the furthest one can zoom out): a title
 * that fits after its dot there fits at every zoom, so no title flips while the reader zooms or pans; it changes only
 * when the title's width or the panel's does (a selection widens its title, a resize).
 *
 * Registered once, in place of vis-timeline's own point item (`ItemSet.types.point`), before any timeline is made.
 */
import * as vis from 'vis-timeline/esnext'
import type { Timeline } from 'vis-timeline/esnext'
import { clearFit } from './fitSelectedTitle'
import { itemIdOf } from './itemIds'
import { titleSide, type TitleSide } from './titleSide'

/** The parts of vis-timeline's PointItem this uses (its internals: the package types none of them). */
type PointItemInstance = {
  width: number
  left: number
  pointX: number
  dirty: boolean
  selected: boolean
  props: { dot: { width: number } }
  data: { start: Date }
  conversion: { toScreen: (time: Date) => number }
  options: { rtl?: boolean }
  dom?: { point: HTMLElement; content: HTMLElement }
  parent?: {
    itemSet?: {
      body?: {
        range?: { options?: { min?: Date | number | null; max?: Date | number | null } }
        domProps?: { center?: { width?: number } }
      }
    }
  }
  displayed: boolean
  repositionX(): void
  repositionXY(): void
  _updateDirtyDomComponents(): void
  _repaintDomAdditionals(): void
  _getDomComponentsSizes(): unknown
  isVisible(range: { start: number; end: number; getMillisecondsPerPixel(): number }): boolean
  getWidthLeft(): number
  getWidthRight(): number
}
type PointItemClass = new (...args: never[]) => PointItemInstance
type VisInternals = {
  timeline?: {
    components?: {
      ItemSet?: { types?: Record<string, unknown> }
      items?: { PointItem?: PointItemClass }
    }
  }
}

/** A point item's content padding, left and right together (theme.css `.vis-item-content`, 1px 4px), and borders. */
const CONTENT_PADDING = 10
/** The least room a shortened title is written in (a letter and the ellipsis), px. */
const MIN_TITLE_PX = 16
/** Room kept between a shortened title and the panel's edge, px. */
const TITLE_EDGE_GAP = 4
/** The gap between a title written before its dot and the dot (timeline.css: the content's margin-right), px. */
const BEFORE_DOT_GAP = 4

function registerTitledPoints(): void {
  const internals = (vis as unknown as VisInternals).timeline?.components
  const PointItem = internals?.items?.PointItem
  const types = internals?.ItemSet?.types
  // Another vis-timeline build: its own point items, titles after their dots, as before.
  if (!PointItem || !types || types.point !== PointItem) return

  class TitledPointItem extends PointItem {
    private shownSide: TitleSide = 'after'

    private side(): TitleSide {
      const body = this.parent?.itemSet?.body
      const min = body?.range?.options?.min
      const max = body?.range?.options?.max
      if (this.options.rtl || min === undefined || min === null || max === undefined || max === null)
        return 'after'
      return titleSide(
        this.data.start.valueOf(),
        this.width,
        { minMs: min.valueOf(), maxMs: max.valueOf(), panelWidth: body?.domProps?.center?.width ?? 0 },
        this.selected,
      )
    }

    override isVisible(range: { start: number; end: number; getMillisecondsPerPixel(): number }): boolean {
      if (this.side() === 'after') return super.isVisible(range)
      const start = this.data.start.valueOf()
      return start - this.width * range.getMillisecondsPerPixel() < range.end && start > range.start
    }

    /** How many px the title is shortened by (with an ellipsis), so that the panel's edge does not cut it. */
    private cutPx = 0

    override repositionX(): void {
      const side = this.side()
      const start = this.conversion.toScreen(this.data.start)
      // Zoomed in (a story step's window), a title running past the panel's edge was cut mid-letter ("sche F…" at
      // the left, a title written before its dot; at the right, one after its dot): it ends with an ellipsis at the
      // edge instead. Not the selected title, shown whole: fitSelectedTitle.ts wraps it in the panel's room.
      const panelWidth = this.parent?.itemSet?.body?.domProps?.center?.width ?? 0
      const overflow =
        this.selected || panelWidth <= 0
          ? 0
          : side === 'after'
            ? // (after its dot, vis-timeline draws the item from the date, the title past the dot's half)
              start + this.props.dot.width / 2 + (this.contentWidth ?? this.width) - panelWidth
            : this.beforeWidth() - start
      this.cutTitle(overflow > 0 ? overflow + TITLE_EDGE_GAP : 0)
      if (side === 'after') super.repositionX()
      else {
        // The title ends at the date; the dot (timeline.css) sits on the date, at the item's right end. A shortened
        // title's box starts later; the box the lanes are stacked with (`left`, `width`) stays the whole title's, as
        // it is for a title after its dot, so that shortening never moves an item to another row.
        this.left = start - this.beforeWidth()
        this.pointX = this.left + this.cutPx
        this.repositionXY()
      }
      if (side !== this.shownSide && this.dom) {
        this.shownSide = side
        if (side === 'before') this.dom.point.dataset.titleSide = side
        else delete this.dom.point.dataset.titleSide
      }
    }

    /** The title's whole width, as last measured (with the item's other sizes), px. */
    private labelWidth: number | null = null
    /** The content's (title and padding) whole width, as last measured, px. */
    private contentWidth: number | null = null

    // Measured with the item's own sizes (vis-timeline reads them all in one pass after the page is laid out).
    override _getDomComponentsSizes(): unknown {
      const sizes = super._getDomComponentsSizes() as { content?: { width?: number } }
      const label = this.dom?.content.firstElementChild
      this.labelWidth = label instanceof HTMLElement ? label.offsetWidth : null
      this.contentWidth = sizes.content?.width ?? null
      return sizes
    }

    /**
     * The whole item's width with its title before its dot: the content and its gap to the dot (the dot is centred
     * on the item's right end). Not vis-timeline's `width`, measured with the content's margin at that moment (none
     * at an item's first measure, the dot's half after it): with it, a dot was drawn up to 5 px after its date.
     */
    private beforeWidth(): number {
      return this.contentWidth === null ? this.width : this.contentWidth + BEFORE_DOT_GAP
    }

    private cutTitle(px: number): void {
      const label = this.dom?.content.firstElementChild
      if (!(label instanceof HTMLElement)) return
      // The label's own width as measured; else the item's, less the dot's half (the content's margin) and the
      // content's padding.
      const labelWidth = this.labelWidth ?? this.width - this.props.dot.width / 2 - CONTENT_PADDING
      let cut = Math.min(Math.max(0, px), Math.max(0, labelWidth))
      // Room for less than a letter and the ellipsis: no title (a lone letter's stroke showed at the panel's edge).
      if (cut > 0 && labelWidth - cut < MIN_TITLE_PX) cut = Math.max(0, labelWidth)
      if (cut === this.cutPx) return
      this.cutPx = cut
      label.style.maxWidth = cut > 0 ? `${Math.floor(labelWidth - cut)}px` : ''
      label.style.visibility = cut > 0 && cut >= labelWidth ? 'hidden' : ''
    }

    /** Whether this redraw measured the item again (its title whole), so that it must be placed again. */
    private remeasured = false

    // Measured whole: a redraw that measures the item again (a new title, a selection) first gives back its width.
    override _updateDirtyDomComponents(): void {
      if (this.dirty) {
        const label = this.dom?.content.firstElementChild
        if (label instanceof HTMLElement) clearFit(label)
        this.cutTitle(0)
        this.remeasured = true
      }
      super._updateDirtyDomComponents()
    }

    // ...and places it again, at its end (the last step of vis-timeline's redraw). vis-timeline redraws an item whose
    // data changed, or that is selected or unselected, without placing it again (its position does not depend on its
    // width there): a title before its dot, shortened at the panel's edge, kept the place of its shortened box with
    // its whole title, which put its dot (on the date) up to 250 px later, a date months away.
    override _repaintDomAdditionals(): void {
      super._repaintDomAdditionals()
      if (!this.remeasured) return
      this.remeasured = false
      if (this.displayed) this.repositionX()
    }

    override getWidthLeft(): number {
      return this.side() === 'before' ? this.beforeWidth() : super.getWidthLeft()
    }
  }
  types.point = TitledPointItem
}

registerTitledPoints()

/**
 * Places these events' items again (their titles' sides and boxes) without a redraw of the timeline: a selection
 * redraws only the items it selects and unselects, whose titles change width, and does not place them.
 */
export function placeTitles(timeline: Timeline, eventIds: readonly (string | null)[]): void {
  const items = (timeline as unknown as { itemSet?: { items?: Record<string, unknown> } }).itemSet?.items
  if (!items) return
  for (const eventId of eventIds) {
    if (eventId === null) continue
    const itemId = itemIdOf(eventId)
    const item = Object.hasOwn(items, itemId)
      ? (items[itemId] as { displayed?: boolean; repositionX?: () => void })
      : null
    if (item?.displayed) item.repositionX?.()
  }
}
