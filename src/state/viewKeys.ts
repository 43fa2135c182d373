import type { AppState } from './store'

/**
 * The keyboard model the map and the timeline share (each is one tab stop): arrows move the selection through the
 * visible events, + and − zoom the view, Escape clears. Returns true when the key was used.
 */
export function handleViewKey(
  key: string,
  state: AppState,
  zoom: (direction: 'in' | 'out') => void,
): boolean {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      state.stepSelection(1)
      return true
    case 'ArrowLeft':
    case 'ArrowUp':
      state.stepSelection(-1)
      return true
    case '+':
    case '=':
      zoom('in')
      return true
    case '-':
      zoom('out')
      return true
    case 'Escape':
      state.selectEvent(null)
      return true
    default:
      return false
  }
}
