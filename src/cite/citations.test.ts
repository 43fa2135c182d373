import { describe, expect, it } from 'vitest'
import { citationHtml, citationText, citeEvent, dayOf, permalink, type CitationInput } from './citations'

const URL_EN = 'https://example.org/frontera/?event=2025-02-27-transfer-of-29'
const input: CitationInput = {
  title: 'Mexico sends 29 prisoners to the United States',
  url: URL_EN,
  accessed: { year: 2026, month: 3, day: 5 },
  lang: 'en',
}

describe('permalink', () => {
  it('keeps only the event id and drops every other parameter and the hash', () => {
    expect(
      permalink(
        'https://example.org/frontera/?cat=transfer&from=2020-01-01&to=2021-01-01&view=list#x',
        '2025-02-27-transfer-of-29',
        'en',
      ),
    ).toBe(URL_EN)
  })

  it('keeps the language when it is not English', () => {
    expect(permalink('https://example.org/app/index.html?lang=de&q=x', 'a-b', 'de')).toBe(
      'https://example.org/app/index.html?event=a-b&lang=de',
    )
  })
})

describe('citeEvent', () => {
  it('writes an APA 7 reference with the group author, n.d., an italic title and the retrieval date', () => {
    const citation = citeEvent('apa', input)
    expect(citationText(citation)).toBe(
      `Frontera. (n.d.). Mexico sends 29 prisoners to the United States. Retrieved March 5, 2026, from ${URL_EN}`,
    )
    expect(citation.filter((segment) => segment.italic).map((segment) => segment.text)).toEqual([
      'Mexico sends 29 prisoners to the United States.',
    ])
  })

  it('writes an MLA 9 entry that starts with the quoted title and abbreviates the month', () => {
    const citation = citeEvent('mla', { ...input, accessed: { year: 2025, month: 9, day: 1 } })
    expect(citationText(citation)).toBe(
      `“Mexico sends 29 prisoners to the United States.” Frontera, ${URL_EN}. Accessed 1 Sept. 2025.`,
    )
    expect(citation.find((segment) => segment.italic)?.text).toBe('Frontera')
  })

  it('writes a Chicago bibliography entry with the organisation as author', () => {
    expect(citationText(citeEvent('chicago', input))).toBe(
      `Frontera. “Mexico sends 29 prisoners to the United States.” Accessed March 5, 2026. ${URL_EN}.`,
    )
  })

  it('does not double the punctuation of a title that ends with a question mark', () => {
    const title = 'Did the strike happen?'
    expect(citationText(citeEvent('apa', { ...input, title }))).toContain(
      '(n.d.). Did the strike happen? Retrieved',
    )
    expect(citationText(citeEvent('mla', { ...input, title }))).toContain('“Did the strike happen?” Frontera')
    expect(citationText(citeEvent('chicago', { ...input, title }))).toContain(
      '“Did the strike happen?” Accessed',
    )
  })

  it('uses the words and dates of Spanish and German', () => {
    const es = { ...input, lang: 'es' as const, title: 'Traslado' }
    expect(citationText(citeEvent('apa', es))).toBe(
      `Frontera. (s. f.). Traslado. Recuperado el 5 de marzo de 2026, de ${URL_EN}`,
    )
    expect(citationText(citeEvent('mla', es))).toBe(
      `“Traslado.” Frontera, ${URL_EN}. Consultado el 5 de marzo de 2026.`,
    )
    const de = { ...input, lang: 'de' as const, title: 'Überstellung' }
    expect(citationText(citeEvent('apa', de))).toBe(
      `Frontera. (o. J.). Überstellung. Abgerufen am 5. März 2026, von ${URL_EN}`,
    )
    expect(citationText(citeEvent('chicago', de))).toBe(
      `Frontera. “Überstellung.” Zugriff am 5. März 2026. ${URL_EN}.`,
    )
  })

  it('takes the accessed day in the reader’s own calendar', () => {
    expect(dayOf(new Date(2026, 0, 31, 23, 59))).toEqual({ year: 2026, month: 1, day: 31 })
  })
})

describe('citationHtml', () => {
  it('escapes every character of the text and marks italics', () => {
    const html = citationHtml(citeEvent('apa', { ...input, title: '<img src=x onerror=alert(1)> & "Co"' }))
    expect(html).toContain('<i>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;.</i>')
    expect(html).not.toContain('<img')
  })
})
