// The projected window's side of the presenter channel: sends the open story and step on every change and to a
// presenter window that says hello; moves to the step a presenter window asks for.
import { useEffect } from 'react'
import { useAppStore, type AppState } from '../state/store'
import { openChannel, readPresenterMessage, type PresenterMessage } from './presenterChannel'

export function usePresenterSync(): void {
  const store = useAppStore()
  useEffect(
    function syncWithPresenterWindow() {
      const channel = openChannel()
      if (!channel) return
      const stateMessage = (state: AppState): PresenterMessage => ({
        type: 'frontera:presenter-state',
        storyId: state.storyId,
        stepIndex: state.stepIndex,
        lang: state.lang,
      })
      channel.onmessage = (event: MessageEvent) => {
        const message = readPresenterMessage(event.data)
        if (message?.type === 'frontera:presenter-hello') channel.postMessage(stateMessage(store.getState()))
        else if (message?.type === 'frontera:presenter-go') store.getState().goToStep(message.stepIndex)
      }
      channel.postMessage(stateMessage(store.getState()))
      const unsubscribe = store.subscribe((state, previous) => {
        if (
          state.storyId !== previous.storyId ||
          state.stepIndex !== previous.stepIndex ||
          state.lang !== previous.lang
        )
          channel.postMessage(stateMessage(state))
      })
      return function stopSyncing() {
        unsubscribe()
        channel.close()
      }
    },
    [store],
  )
}
