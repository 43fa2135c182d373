// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { EmbedDialog } from './EmbedDialog'
import { DEFAULT_HEIGHT } from './embedHeight'

beforeAll(() => {
  window.history.replaceState(null, '', '/news/frontera/?event=a&lang=es#x')
})
afterEach(cleanup)

const dataset = makeDataset({ events: [{ id: 'a', start: '2025-01-10', title: 'First' }] })

function renderDialog() {
  const onClose = vi.fn()
  const result = renderWithStore(<EmbedDialog onClose={onClose} />, {
    dataset,
    selectedId: 'a',
    lang: 'es',
    timeWindow: { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 6, 1) },
  })
  const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Código para insertar' })
  return { ...result, onClose, code }
}

describe('EmbedDialog', () => {
  it('shows the code for the current state as read-only text', () => {
    const { code } = renderDialog()
    expect(code.readOnly).toBe(true)
    const origin = window.location.origin
    expect(code.value).toContain(
      `src="${origin}/news/frontera/embed.html?embed=1&amp;event=a&amp;lang=es&amp;from=2025-01-01&amp;to=2025-06-30&amp;height=560&amp;eid=frontera"`,
    )
    expect(code.value).toContain(`<script async src="${origin}/news/frontera/embed.js"></script>`)
    expect(code.value).toContain('title="Frontera: sucesos de seguridad')
  })

  it('follows the chosen view, language, theme, height and embed id, and previews the same URL', () => {
    const { code, container } = renderDialog()
    fireEvent.change(screen.getByLabelText('Vista'), { target: { value: 'timeline' } })
    fireEvent.change(screen.getByLabelText('Idioma'), { target: { value: 'de' } })
    fireEvent.change(screen.getByLabelText('Tema'), { target: { value: 'dark' } })
    fireEvent.change(screen.getByLabelText(/^Altura/u), { target: { value: '555' } })
    fireEvent.change(screen.getByLabelText(/^Id de inserción/u), { target: { value: 'border-map' } })
    expect(code.value).toContain('lang=de&amp;view=timeline&amp;theme=dark')
    expect(code.value).toContain('height=555&amp;eid=border-map"')
    expect(code.value).toContain('height="555"')
    expect(code.value).toContain('title="Frontera: Sicherheitsereignisse')
    const preview = container.querySelector('iframe.embed-preview')
    expect(preview?.getAttribute('src')).toBe(
      /src="([^"]+)"/u.exec(code.value)?.[1]?.replaceAll('&amp;', '&'),
    )
    expect(preview?.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    )
  })

  it('marks an invalid embed id and leaves it out; can leave out the script', () => {
    const { code } = renderDialog()
    const id = screen.getByLabelText(/^Id de inserción/u)
    fireEvent.change(id, { target: { value: '"><script>alert(1)</script>' } })
    expect(id.getAttribute('aria-invalid')).toBe('true')
    expect(code.value).not.toContain('eid=')
    expect(code.value).not.toContain('<script>alert')
    fireEvent.click(screen.getByLabelText('solo iframe'))
    expect(code.value).toMatch(/^<iframe/u)
    expect(code.value).not.toContain('<script')
  })

  it('offers an auto height, which the URL carries and the frame starts from at the default', () => {
    const { code } = renderDialog()
    expect(screen.getByLabelText(/^Altura/u).getAttribute('value')).toBe(String(DEFAULT_HEIGHT.map))
    fireEvent.click(screen.getByLabelText(/auto/u))
    expect(screen.getByLabelText<HTMLInputElement>(/^Altura/u).disabled).toBe(true)
    expect(code.value).toContain('height=auto&amp;eid=frontera"')
    expect(code.value).toContain(`height="${DEFAULT_HEIGHT.map}"`)
  })

  it('writes the AMP code: amp-iframe, resizable, with the overflow element AMP requires', () => {
    const { code } = renderDialog()
    fireEvent.click(screen.getByLabelText('AMP'))
    expect(code.value).toContain('<amp-iframe')
    expect(code.value).toMatch(/\n {2}resizable\n>/u)
    expect(code.value).toContain('layout="fixed-height"')
    expect(code.value).toContain('<button overflow type="button">Mostrar más</button>')
    expect(code.value).toContain('custom-element="amp-iframe"')
    expect(code.value).not.toContain('embed.js')
  })

  it('previews at 320 px, 600 px or the full width, at the chosen height', () => {
    const { container } = renderDialog()
    const preview = () => container.querySelector('iframe.embed-preview')
    expect(preview()?.getAttribute('width')).toBe('600')
    fireEvent.click(screen.getByLabelText('320 px'))
    expect(preview()?.getAttribute('width')).toBe('320')
    fireEvent.click(screen.getByLabelText('Ancho completo'))
    expect(preview()?.getAttribute('width')).toBeNull()
    expect(preview()?.classList.contains('width-full')).toBe(true)
    fireEvent.change(screen.getByLabelText(/^Altura/u), { target: { value: '480' } })
    expect(preview()?.getAttribute('height')).toBe('480')
  })

  it('reports when it is closed, by its button or by the browser (Escape)', () => {
    const { onClose, container } = renderDialog()
    fireEvent.click(screen.getByRole('button', { name: 'Cerrar' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    fireEvent(container.querySelector('dialog')!, new Event('close'))
    expect(onClose).toHaveBeenCalledTimes(2)
  })
})
