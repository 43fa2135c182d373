/**
 * A component loaded on demand, like React's `lazy()`, that can be started early and that renders at once when its
 * code is already there.
 *
 * Why not `lazy()` alone: a `lazy()` component always suspends on its first render, even when its chunk has long
 * arrived, and React then holds the boundary's content back until 300 ms after its fallback was shown (its "fallback
 * throttle", meant to stop loading states from flickering). An embed that had preloaded its timeline still waited
 * about 250 ms for it (a Chromium trace of its load showed a 251 ms timer between the first commit and the pane's;
 * stop 26's closing note). Here, an instance mounted after the code has loaded renders the component itself, with no
 * Suspense at all; one mounted before falls back to `lazy()` and keeps it for its whole life (switching the element
 * type would remount the pane and lose its state).
 */
import { lazy, useState, type ComponentType, type JSX } from 'react'

export interface Preloadable<P extends object> {
  /** Renders the component: directly when loaded, through `lazy()` (so inside a Suspense boundary) otherwise. */
  Component: (props: P) => JSX.Element
  /** Starts loading (once; again after a failure) and resolves with the component. */
  preload: () => Promise<ComponentType<P>>
  /** Whether the code has arrived. */
  isLoaded: () => boolean
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component
        return component
      },
      (error: unknown) => {
        pending = null // a later render (or preload) tries again
        throw error
      },
    )
    return pending
  }
  const Lazy = lazy(() => preload().then((component) => ({ default: component })))
  function Component(props: P): JSX.Element {
    // Chosen once per instance: the same element type for the pane's whole life.
    const [Loaded] = useState(() => loaded)
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />
  }
  return { Component, preload, isLoaded: () => loaded !== null }
}
