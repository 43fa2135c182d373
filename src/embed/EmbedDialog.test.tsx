// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { renderWithStore } from '../test/renderWithStore'
import { EmbedDialog } from './EmbedDialog'

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
      `src="${origin}/news/frontera/?embed=1&amp;event=a&amp;lang=es&amp;from=2025-01-01&amp;to=2025-07-01&amp;eid=frontera"`,
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
    expect(code.value).toContain('eid=border-map"')
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
    fireEvent.click(screen.getByLabelText(/embed\.js/u))
    expect(code.value).not.toContain('<script')
  })

  it('reports when it is closed, by its button or by the browser (Escape)', () => {
    const { onClose, container } = renderDialog()
    fireEvent.click(screen.getByRole('button', { name: 'Cerrar' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    fireEvent(container.querySelector('dialog')!, new Event('close'))
    expect(onClose).toHaveBeenCalledTimes(2)
  })
})
