// @vitest-environment jsdom
/** public/embed.js, the host-page helper, run as a plain script in jsdom (the browser tests run it for real). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const SCRIPT = readFileSync(join(import.meta.dirname, '../../public/embed.js'), 'utf8')

function include(): void {
  // The file is a classic script for host pages; running its text is exactly what a <script src> does.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test harness for a plain browser script
  const run = new Function(SCRIPT) as () => void
  run()
}

function addFrame(src: string, marked = true): HTMLIFrameElement {
  const iframe = document.createElement('iframe')
  iframe.src = src
  if (marked) iframe.setAttribute('data-frontera-embed', '')
  document.body.append(iframe)
  return iframe
}

function post(data: unknown, source: Window | null, origin: string): void {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }))
}

const resize = (height: unknown) => ({ type: 'frontera:resize', version: 1, height, eid: 'x' })

let first: HTMLIFrameElement
let second: HTMLIFrameElement

beforeAll(() => {
  first = addFrame('https://viz.example/?embed=1&eid=one')
  second = addFrame('https://viz.example/?embed=1&eid=two')
  include()
})

describe('embed.js', () => {
  it('lays the frames out through the CSSOM (the snippet has no style attribute), full width and borderless', () => {
    for (const frame of [first, second]) {
      expect(frame.style.display).toBe('block')
      expect(frame.style.minWidth).toBe('100%')
      expect(frame.style.width).toBe('1px')
      expect(
        frame.style.borderStyle === 'none' || frame.style.border === '0px' || frame.style.border === '0',
      ).toBe(true)
    }
  })

  it('sizes the iframe whose window sent the message, and only that one', () => {
    post(resize(712), first.contentWindow, 'https://viz.example')
    post(resize(333.4), second.contentWindow, 'https://viz.example')
    expect(first.style.height).toBe('712px')
    expect(second.style.height).toBe('333px')
  })

  it('clamps heights to 150..5000', () => {
    post(resize(99_999), first.contentWindow, 'https://viz.example')
    expect(first.style.height).toBe('5000px')
    post(resize(3), first.contentWindow, 'https://viz.example')
    expect(first.style.height).toBe('150px')
  })

  it('ignores messages from another origin, from unmarked frames and from the page itself', () => {
    first.style.height = '400px'
    post(resize(900), first.contentWindow, 'https://evil.example')
    post(resize(900), first.contentWindow, 'https://viz.example:8443')
    const stranger = addFrame('https://viz.example/?embed=1', false)
    post(resize(900), stranger.contentWindow, 'https://viz.example')
    post(resize(900), window, 'https://viz.example')
    post(resize(900), null, 'https://viz.example')
    expect(first.style.height).toBe('400px')
    expect(stranger.style.height).toBe('')
  })

  it.each([
    ['a CSS string', '100px;position:fixed'],
    ['a numeric string', '900'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an object', { valueOf: (): number => 900 }],
  ])('ignores a height that is %s', (_name, height) => {
    first.style.height = '400px'
    expect(() => {
      post(resize(height), first.contentWindow, 'https://viz.example')
    }).not.toThrow()
    expect(first.style.height).toBe('400px')
  })

  it.each([null, 'frontera:resize', [], { type: 'frontera:resize', version: 2, height: 900 }])(
    'ignores the payload %j without an error',
    (data) => {
      first.style.height = '400px'
      expect(() => {
        post(data, first.contentWindow, 'https://viz.example')
      }).not.toThrow()
      expect(first.style.height).toBe('400px')
    },
  )

  it('re-dispatches a selection as one DOM event on the iframe, even when included twice', () => {
    include()
    const seen: unknown[] = []
    document.addEventListener('frontera:select', (event) => {
      seen.push([(event.target as HTMLElement).getAttribute('src'), (event as CustomEvent).detail])
    })
    post(
      { type: 'frontera:select', version: 1, eid: 'two', eventId: '<b>a</b>', extra: 'x' },
      second.contentWindow,
      'https://viz.example',
    )
    expect(seen).toEqual([['https://viz.example/?embed=1&eid=two', { eid: 'two', eventId: '<b>a</b>' }]])
  })
})
