import { describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../state/store'
import { makeDataset } from '../test/fixtures'
import { applySetCommand, createEmbedChannel, type IncomingMessage } from './embedChannel'
import type { EmbedConfig } from './embedConfig'

const dataset = makeDataset({
  events: [
    { id: 'a', start: '2025-01-10' },
    { id: 'b', start: '2025-03-10' },
  ],
})

function setUp(config: Partial<EmbedConfig> = {}, height = 640) {
  const store = createAppStore(dataset)
  const parent = { postMessage: vi.fn() }
  const sibling = { postMessage: vi.fn() }
  const listeners = new Set<(event: IncomingMessage) => void>()
  const target = {
    addEventListener: (_type: 'message', listener: (event: IncomingMessage) => void) => {
      listeners.add(listener)
    },
    removeEventListener: (_type: 'message', listener: (event: IncomingMessage) => void) => {
      listeners.delete(listener)
    },
  }
  const channel = createEmbedChannel({
    store,
    config: { eid: 'demo', childId: null, parentOrigin: null, height: null, ...config },
    parent,
    target,
    measureHeight: () => height,
  })
  const deliver = (data: unknown, source: unknown = parent, origin = 'https://news.example') => {
    for (const listener of listeners) listener({ data, source, origin })
  }
  const sent = () => parent.postMessage.mock.calls.map(([message]) => message as unknown)
  return { store, parent, sibling, channel, deliver, sent, listeners }
}

describe('createEmbedChannel', () => {
  it('announces itself with the number of events, to any origin when the parent origin is unknown', () => {
    const { parent } = setUp()
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'frontera:ready', version: 1, eid: 'demo', count: 2 },
      '*',
    )
  })

  it('posts only to the parent origin when the publisher named it', () => {
    const { parent } = setUp({ parentOrigin: 'https://news.example' })
    expect(parent.postMessage.mock.calls.every(([, origin]) => origin === 'https://news.example')).toBe(true)
  })

  it('reports each selection, and its clearing, to the parent', () => {
    const { store, sent } = setUp()
    store.getState().selectEvent('b')
    store.getState().selectEvent(null)
    expect(sent()).toContainEqual({ type: 'frontera:select', version: 1, eid: 'demo', eventId: 'b' })
    expect(sent()).toContainEqual({ type: 'frontera:select', version: 1, eid: 'demo', eventId: null })
  })

  it('reports a height once per change, clamped, with the AMP message', () => {
    const { channel, sent } = setUp()
    channel.reportHeight(700.3)
    channel.reportHeight(700.9)
    channel.reportHeight(20)
    const resizes = sent().filter((m) => (m as { type?: string }).type === 'frontera:resize')
    expect(resizes).toEqual([
      { type: 'frontera:resize', version: 1, height: 701, eid: 'demo' },
      { type: 'frontera:resize', version: 1, height: 150, eid: 'demo' },
    ])
    expect(sent()).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: 701 })
  })

  it('answers a ping from the parent with its current height, even when unchanged', () => {
    const { channel, deliver, sent } = setUp({}, 812)
    channel.reportHeight(812)
    deliver({ type: 'frontera:ping', version: 1 })
    const resizes = sent().filter((m) => (m as { type?: string }).type === 'frontera:resize')
    expect(resizes).toHaveLength(2)
  })

  it('applies a set from the parent: event, view and time window', () => {
    const { store, deliver } = setUp()
    deliver({
      type: 'frontera:set',
      version: 1,
      event: 'a',
      view: 'list',
      from: '2025-01-01',
      to: '2025-01-31',
    })
    const state = store.getState()
    expect(state.selectedId).toBe('a')
    expect(state.view).toBe('list')
    expect(state.timeWindow).toEqual({ startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 1, 1) })
  })

  it('ignores commands from a sibling frame, from a foreign origin when the parent origin is set, and after dispose', () => {
    const { store, deliver, sibling } = setUp({ parentOrigin: 'https://news.example' })
    deliver({ type: 'frontera:set', version: 1, event: 'a' }, sibling)
    deliver({ type: 'frontera:set', version: 1, event: 'a' }, null)
    deliver({ type: 'frontera:set', version: 1, event: 'a' }, undefined, 'https://evil.example')
    expect(store.getState().selectedId).toBeNull()

    const other = setUp()
    other.channel.dispose()
    other.deliver({ type: 'frontera:set', version: 1, event: 'a' })
    expect(other.store.getState().selectedId).toBeNull()
    expect(other.listeners.size).toBe(0)
  })

  it('survives malformed messages from the parent without changing anything', () => {
    const { store, deliver } = setUp()
    const before = store.getState()
    for (const data of [
      null,
      'frontera:set',
      [],
      { type: 'frontera:set', version: 2, view: 'list' },
      { __proto__: 1 },
    ])
      expect(() => {
        deliver(data)
      }).not.toThrow()
    expect(store.getState()).toBe(before)
  })
})

describe('applySetCommand', () => {
  it('validates every value with the URL decoder: unknown ids, bad views and impossible windows change nothing', () => {
    const store = createAppStore(dataset, { selectedId: 'b' })
    expect(
      applySetCommand(store, {
        event: '<img src=x onerror=alert(1)>',
        view: '<script>',
        from: '2025-13-45',
        to: '2025-01-01',
        theme: 'javascript:alert(1)',
      }),
    ).toEqual([])
    const state = store.getState()
    expect([state.selectedId, state.view, state.timeWindow, state.theme]).toEqual([
      'b',
      'map',
      null,
      'system',
    ])
  })

  it('sets the theme through the same decoder as the theme parameter', () => {
    const store = createAppStore(dataset)
    expect(applySetCommand(store, { theme: 'dark' })).toEqual(['theme'])
    expect(store.getState().theme).toBe('dark')
  })

  it('clears the selection for event: null', () => {
    const store = createAppStore(dataset, { selectedId: 'a' })
    applySetCommand(store, { event: null })
    expect(store.getState().selectedId).toBeNull()
  })
})
