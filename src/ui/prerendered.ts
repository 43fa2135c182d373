/**
 * Whether this render is, or takes over, the HTML the build prerendered into index.html (src/app/prerender.tsx,
 * hydrated by main.tsx): such a render must write what that HTML holds (the list's every row, in the page's flow). A
 * page drawn afresh (an embed, a phone, a link's state) need not, and draws only what is on screen.
 */
import { createContext, useContext } from 'react'

export const PrerenderedContext = createContext(false)

export function usePrerendered(): boolean {
  return useContext(PrerenderedContext)
}
