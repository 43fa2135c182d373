import { describe, expect, it } from 'vitest'
import { decodeUrlState, encodeUrlState, pageHrefWith } from './urlState'

const KNOWN = new Set(['2025-02-27-transfer', 'a'])
const DEFAULTS = { lang: 'en', view: 'map', laneMode: 'category' } as const
const decode = (search: string) => decodeUrlState(search, KNOWN)

describe('decodeUrlState', () => {
  it('reads every parameter of a good link', () => {
    const { state, problems } = decode(
      '?event=2025-02-27-transfer&lang=es&view=list&lanes=country&from=2025-01-01&to=2025-03-31',
    )
    expect(problems).toEqual([])
    expect(state).toEqual({
      selectedId: '2025-02-27-transfer',
      lang: 'es',
      view: 'list',
      laneMode: 'country',
      timeWindow: { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 3, 1) },
    })
  })

  it('returns an empty state and no problems for an empty query', () => {
    expect(decode('')).toEqual({ state: {}, problems: [] })
  })

  it('selects nothing and reports an unknown event id', () => {
    const { state, problems } = decode('?event=no-such-event')
    expect(state.selectedId).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', row: 'link', field: 'event', value: '"no-such-event"' }),
    ])
  })

  it.each([
    ['lang', 'fr'],
    ['lang', 'EN'],
    ['view', 'globe'],
    ['lanes', 'actor'],
  ])('reports %s=%s and keeps the default', (name, value) => {
    const { state, problems } = decode(`?${name}=${value}`)
    expect(state).toEqual({})
    expect(problems).toEqual([expect.objectContaining({ field: name, value: JSON.stringify(value) })])
  })

  it('keeps the good parameters when another is bad', () => {
    const { state, problems } = decode('?lang=xx&view=list')
    expect(state).toEqual({ view: 'list' })
    expect(problems.map((problem) => problem.field)).toEqual(['lang'])
  })

  it('ignores markup and reports it as a quoted string, never as HTML', () => {
    const markup = '<img src=x onerror=alert(1)>'
    const { state, problems } = decode(
      `?event=${encodeURIComponent(markup)}&lang=${encodeURIComponent(markup)}`,
    )
    expect(state).toEqual({})
    expect(problems).toHaveLength(2)
    for (const problem of problems) expect(problem.value).toBe(JSON.stringify(markup))
  })

  it('ignores values longer than 200 characters, even a known-looking one, and shortens them for display', () => {
    const long = 'a'.repeat(201)
    const { state, problems } = decode(`?event=${long}&lang=${'e'.repeat(500)}`)
    expect(state).toEqual({})
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['event', 'is too long and was ignored'],
      ['lang', 'is too long and was ignored'],
    ])
    for (const problem of problems) expect(problem.value.length).toBeLessThanOrEqual(80)
  })

  it('accepts a value of exactly 200 characters', () => {
    const id = 'a'.repeat(200)
    const { state, problems } = decodeUrlState(`?event=${id}`, new Set([id]))
    expect(problems).toEqual([])
    expect(state.selectedId).toBe(id)
  })

  it.each([
    ['1800-01-01', '1801-01-01'],
    ['2199-01-01', '2200-01-01'],
    ['2020-01-01', '2200-01-01'],
    ['2025-06-01', '2025-01-01'],
    ['2025-01-02', '2025-01-01'],
    ['2025-02-01', '2025-02-30'],
    ['2025-13-01', '2026-01-01'],
    ['yesterday', '2026-01-01'],
  ])('falls back to all time for from=%s to=%s', (from, to) => {
    const { state, problems } = decode(`?from=${from}&to=${to}`)
    expect(state.timeWindow).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({ field: 'from/to', value: JSON.stringify(`${from}..${to}`) }),
    ])
  })

  it('needs both ends of the window', () => {
    expect(decode('?from=2025-01-01').state.timeWindow).toBeUndefined()
    expect(decode('?to=2025-01-01').state.timeWindow).toBeUndefined()
    expect(decode('?to=2025-01-01').problems).toHaveLength(1)
  })

  it('accepts month and year precision window ends, and includes the whole of the last one', () => {
    expect(decode('?from=2020&to=2021-06').state.timeWindow).toEqual({
      startMs: Date.UTC(2020, 0, 1),
      endMs: Date.UTC(2021, 6, 1),
    })
    expect(decode('?from=2020&to=2021').state.timeWindow).toEqual({
      startMs: Date.UTC(2020, 0, 1),
      endMs: Date.UTC(2022, 0, 1),
    })
  })

  it('includes the day `to` names, so a window may be a single day', () => {
    expect(decode('?from=2025-01-01&to=2025-01-01').state.timeWindow).toEqual({
      startMs: Date.UTC(2025, 0, 1),
      endMs: Date.UTC(2025, 0, 2),
    })
  })
})

describe('encodeUrlState', () => {
  it('leaves out every default, so the plain link is empty', () => {
    expect(encodeUrlState({ ...DEFAULTS, selectedId: null, timeWindow: null })).toBe('')
  })

  it('writes only what differs from the defaults', () => {
    expect(encodeUrlState({ ...DEFAULTS, lang: 'de', selectedId: 'a' })).toBe('?event=a&lang=de')
  })

  it('leaves out lanes by group for a file with groups (its default), and keeps by category for it', () => {
    expect(encodeUrlState({ ...DEFAULTS, laneMode: 'group', defaultLaneMode: 'group' })).toBe('')
    expect(encodeUrlState({ ...DEFAULTS, laneMode: 'category', defaultLaneMode: 'group' })).toBe(
      '?lanes=category',
    )
    expect(decode('?lanes=group').state.laneMode).toBe('group')
  })

  it('round-trips through decodeUrlState', () => {
    const state = {
      selectedId: '2025-02-27-transfer',
      lang: 'es',
      view: 'timeline',
      laneMode: 'country',
      timeWindow: { startMs: Date.UTC(2024, 10, 5), endMs: Date.UTC(2025, 2, 1) },
    } as const
    const { state: decoded, problems } = decode(encodeUrlState(state))
    expect(problems).toEqual([])
    expect(decoded).toEqual(state)
  })

  it('writes the window as calendar days, rounding a window that is not on midnight', () => {
    const query = encodeUrlState({
      ...DEFAULTS,
      timeWindow: { startMs: Date.UTC(2025, 0, 1, 3), endMs: Date.UTC(2025, 1, 28, 20) },
    })
    expect(new URLSearchParams(query).get('from')).toBe('2025-01-01')
    // The window ends on March 1 at 20:00 UTC, rounded to midnight: March 1 is the first day it leaves out.
    expect(new URLSearchParams(query).get('to')).toBe('2025-02-28')
  })

  it('escapes what it writes', () => {
    const query = encodeUrlState({ ...DEFAULTS, selectedId: 'a&lang=de' })
    expect(new URLSearchParams(query).get('event')).toBe('a&lang=de')
    expect(new URLSearchParams(query).get('lang')).toBeNull()
  })
})

describe('the theme parameter', () => {
  it('reads light, dark and system, and writes only light and dark', () => {
    expect(decode('?theme=dark').state).toEqual({ theme: 'dark' })
    expect(decode('?theme=system').state).toEqual({ theme: 'system' })
    expect(encodeUrlState({ ...DEFAULTS, theme: 'light' })).toBe('?theme=light')
    expect(encodeUrlState({ ...DEFAULTS, theme: 'system' })).toBe('')
  })

  it('reports an unknown theme and keeps the default', () => {
    const { state, problems } = decode('?theme=%3Cb%3Epink')
    expect(state).toEqual({})
    expect(problems).toEqual([expect.objectContaining({ field: 'theme', value: '"<b>pink"' })])
  })
})

describe('pageHrefWith', () => {
  it('replaces the query and keeps the path and, unless asked not to, the hash', () => {
    expect(pageHrefWith('https://example.org/frontera/?lang=de#map', '?event=a')).toBe(
      'https://example.org/frontera/?event=a#map',
    )
    expect(pageHrefWith('https://example.org/frontera/?lang=de#map', '', false)).toBe(
      'https://example.org/frontera/',
    )
  })

  it('stays on this host for a path of double slashes (a host-less `//?event=` is refused by pushState)', () => {
    const href = pageHrefWith('http://127.0.0.1:8080//', '?event=a')
    expect(new URL(href).origin).toBe('http://127.0.0.1:8080')
    expect(href).toBe('http://127.0.0.1:8080//?event=a')
  })
})
