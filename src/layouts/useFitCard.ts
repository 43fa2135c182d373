// Present mode's step card fits its step, as a slide's text box does: on a 1024×768 or 1280×720 projector a long
// step's note was cut after two lines (the rest scrolled inside the card, out of the room's sight). The card's type
// is made smaller, step by step, until the whole step fits, down to a floor still readable across a room; a step
// too long for that gets a wider card (over more of the map) and the largest type that fits it; one too long even
// then scrolls as before, with Previous / Next in view.
import { useLayoutEffect, type RefObject } from 'react'

/** The scales tried, largest first (layouts.css multiplies the step's type by `--card-fit`). */
export const FIT_SCALES = [1, 0.94, 0.88, 0.82, 0.76] as const

/**
 * Fits the step to the height of the card's scrolling step card (`:scope > .step-card`): at every change of the
 * card's content (a step, a language) and size (a window, full screen). `isOn`: while a story is shown (the story
 * picker scrolls).
 */
export function useFitCard(cardRef: RefObject<HTMLElement | null>, isOn: boolean): void {
  useLayoutEffect(
    function fitCard() {
      const card = cardRef.current
      if (!card || !isOn) return
      const panel = card.closest<HTMLElement>('.map-panel')
      let frame = 0
      const fit = () => {
        const scroller = card.querySelector<HTMLElement>(':scope > .step-card')
        const body = scroller?.querySelector<HTMLElement>('.step-card-body')
        if (!scroller || !body) return
        const nav = scroller.querySelector<HTMLElement>('.story-nav')
        // The step (its head and body) and Previous / Next, which stick to the card's foot: the presenter's tools
        // below them (hide later events, presenter window, exit) may scroll.
        const fits = () => {
          const top = scroller.getBoundingClientRect().top - scroller.scrollTop
          const navHeight = nav?.getBoundingClientRect().height ?? 0
          return body.getBoundingClientRect().bottom - top + navHeight <= scroller.clientHeight + 1
        }
        // From the largest each time, so that a shorter step grows back (and its card narrows again); the size it
        // settles at is the same for the same content, so the ResizeObserver below is not told again.
        fitting: for (const wide of [false, true]) {
          if (wide) card.dataset.fitWide = ''
          else delete card.dataset.fitWide
          for (const scale of FIT_SCALES) {
            card.style.setProperty('--card-fit', String(scale))
            if (fits()) break fitting
          }
        }
        card.dataset.fit = card.style.getPropertyValue('--card-fit')
        // The legend left of the card makes room for a wide one (layouts.css): marked on the panel, not found there
        // with a :has() selector, which Chromium checked again for every marker added to or removed from the map.
        if (panel) {
          if (card.dataset.fitWide === undefined) delete panel.dataset.cardWide
          else panel.dataset.cardWide = ''
        }
      }
      const schedule = () => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(fit)
      }
      fit()
      const resizes = new ResizeObserver(schedule)
      resizes.observe(card)
      // The room it has: a card fitted smaller does not grow by itself when the window does.
      if (card.parentElement) resizes.observe(card.parentElement)
      // Not attributes: the card's own style, written above, is one.
      const changes = new MutationObserver(schedule)
      changes.observe(card, { childList: true, subtree: true, characterData: true })
      return function stopFitting() {
        cancelAnimationFrame(frame)
        resizes.disconnect()
        changes.disconnect()
        card.style.removeProperty('--card-fit')
        delete card.dataset.fit
        delete card.dataset.fitWide
        if (panel) delete panel.dataset.cardWide
      }
    },
    [cardRef, isOn],
  )
}
