/**
 * Embed mode's link to the host page: measures the embed root with a ResizeObserver (one report per animation frame,
 * only when the rounded height changes) and runs the message channel while the embed is mounted inside a frame.
 * The embed layout never sizes itself by the viewport, so its height cannot feed back into itself.
 */
import { useEffect } from 'react'
import type { AppStore } from '../state/store'
import { createEmbedChannel } from './embedChannel'
import type { EmbedConfig } from './embedConfig'

export function useEmbedChannel(store: AppStore, config: EmbedConfig, root: HTMLElement | null): void {
  useEffect(
    function talkToHostPage() {
      if (!root || window.parent === window) return
      const measureHeight = () => root.getBoundingClientRect().height
      const channel = createEmbedChannel({
        store,
        config,
        parent: window.parent,
        target: window,
        measureHeight,
      })
      let frame = 0
      const observer = new ResizeObserver(() => {
        if (frame !== 0) return
        frame = requestAnimationFrame(() => {
          frame = 0
          channel.reportHeight(measureHeight())
        })
      })
      observer.observe(root)
      channel.reportHeight(measureHeight())
      return function stopTalkingToHostPage() {
        observer.disconnect()
        cancelAnimationFrame(frame)
        channel.dispose()
      }
    },
    [store, config, root],
  )
}
