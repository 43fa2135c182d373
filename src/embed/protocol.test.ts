import { describe, expect, it } from 'vitest'
import {
  clampHeight,
  MAX_HEIGHT,
  MIN_HEIGHT,
  parseInboundMessage,
  readyMessage,
  resizeMessages,
  selectMessage,
} from './protocol'

describe('clampHeight', () => {
  it('rounds up and keeps heights between the limits', () => {
    expect(clampHeight(612.2)).toBe(613)
    expect(clampHeight(10)).toBe(MIN_HEIGHT)
    expect(clampHeight(99_999)).toBe(MAX_HEIGHT)
    expect(clampHeight(Number.NaN)).toBe(MIN_HEIGHT)
    expect(clampHeight(Number.POSITIVE_INFINITY)).toBe(MIN_HEIGHT)
  })
})

describe('outbound messages', () => {
  it('sends the versioned resize message and the AMP one, and the Pym string only with a childId', () => {
    expect(resizeMessages(640.4, 'demo', null)).toEqual([
      { type: 'frontera:resize', version: 1, height: 641, eid: 'demo' },
      { sentinel: 'amp', type: 'embed-size', height: 641 },
    ])
    expect(resizeMessages(640, null, 'graphic-1')).toContain('pymxPYMxgraphic-1xPYMxheightxPYMx640')
  })

  it('names the embed and carries only public values in ready and select', () => {
    expect(readyMessage('demo', 44)).toEqual({ type: 'frontera:ready', version: 1, eid: 'demo', count: 44 })
    expect(selectMessage(null, 'a')).toEqual({ type: 'frontera:select', version: 1, eid: null, eventId: 'a' })
  })
})

describe('parseInboundMessage', () => {
  it('accepts a ping and a set with string fields', () => {
    expect(parseInboundMessage({ type: 'frontera:ping', version: 1 }, null)).toEqual({ kind: 'ping' })
    expect(
      parseInboundMessage(
        { type: 'frontera:set', version: 1, event: 'a', view: 'list', from: '2025-01', to: '2025-06' },
        null,
      ),
    ).toEqual({ kind: 'set', fields: { event: 'a', view: 'list', from: '2025-01', to: '2025-06' } })
  })

  it('accepts event: null to clear the selection', () => {
    expect(parseInboundMessage({ type: 'frontera:set', version: 1, event: null }, null)).toEqual({
      kind: 'set',
      fields: { event: null },
    })
  })

  it.each([
    ['null', null],
    ['a string', 'frontera:set'],
    ['a number', 42],
    ['an array', [{ type: 'frontera:set', version: 1, view: 'map' }]],
    ['a wrong version', { type: 'frontera:set', version: 2, view: 'map' }],
    ['a missing version', { type: 'frontera:set', view: 'map' }],
    ['a version as a string', { type: 'frontera:set', version: '1', view: 'map' }],
    ['another type', { type: 'frontera:resize', version: 1, height: 500 }],
    ['a navigation request', { type: 'frontera:navigate', version: 1, url: 'https://evil.example' }],
    ['an unknown field', { type: 'frontera:set', version: 1, view: 'map', href: 'https://evil.example' }],
    ['an html field', { type: 'frontera:set', version: 1, html: '<img src=x onerror=alert(1)>' }],
    ['a number where a string belongs', { type: 'frontera:set', version: 1, view: 3 }],
    ['an object where a string belongs', { type: 'frontera:set', version: 1, event: { toString: 'a' } }],
    ['an overlong value', { type: 'frontera:set', version: 1, event: 'a'.repeat(201) }],
    ['a set with nothing to set', { type: 'frontera:set', version: 1 }],
    ['a prototype-polluting literal', { ['__proto__']: { polluted: 1 } }],
    ['a JSON __proto__ key', JSON.parse('{"type":"frontera:set","version":1,"__proto__":{"view":"list"}}')],
    [
      'a class instance',
      new (class Message {
        type = 'frontera:set'
        version = 1
        view = 'map'
      })(),
    ],
  ])('ignores %s', (_name, data) => {
    expect(parseInboundMessage(data, null)).toBeNull()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('passes markup through only as an inert string, for the URL decoder to reject', () => {
    expect(
      parseInboundMessage({ type: 'frontera:set', version: 1, event: '<img src=x onerror=alert(1)>' }, null),
    ).toEqual({ kind: 'set', fields: { event: '<img src=x onerror=alert(1)>' } })
  })

  it('ignores a message addressed to another embed, and an eid sent to an embed without one', () => {
    const ping = { type: 'frontera:ping', version: 1 }
    expect(parseInboundMessage({ ...ping, eid: 'map' }, 'map')).toEqual({ kind: 'ping' })
    expect(parseInboundMessage({ ...ping, eid: 'story' }, 'map')).toBeNull()
    expect(parseInboundMessage({ ...ping, eid: 'map' }, null)).toBeNull()
    expect(parseInboundMessage(ping, 'map')).toEqual({ kind: 'ping' })
  })
})
