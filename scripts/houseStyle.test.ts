// The bundled dataset's house style for quotation marks (data/README.md, Fields): each language's own marks, never
// straight ones, in every text written in English, Spanish and German. A source's title is left as published.
import { describe, expect, it } from 'vitest'
import { readDataDir } from './readDataDir'

type Lang = 'en' | 'es' | 'de'

/** Marks that do not belong in a language's text: straight quotes anywhere, and the other languages' marks. */
const FOREIGN_MARKS: Readonly<Record<Lang, RegExp>> = {
  en: /["«»„]/,
  es: /["„]/,
  de: /["«»”]/,
}

type Text = { where: string; lang: Lang; text: string }

/** Every `{ en, es, de }` text in a row, with its path (sources' own fields are skipped: they are as published). */
function textsOf(value: unknown, where: string, out: Text[] = []): Text[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => textsOf(item, `${where}[${index}]`, out))
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'sources') continue
      if ((key === 'en' || key === 'es' || key === 'de') && typeof item === 'string')
        out.push({ where: `${where}.${key}`, lang: key, text: item })
      else textsOf(item, `${where}.${key}`, out)
    }
  }
  return out
}

function bundledTexts(): Text[] {
  const { input } = readDataDir('data')
  return Object.entries(input).flatMap(([list, rows]) =>
    rows.flatMap((row, index) => {
      const id = (row as { id?: unknown }).id
      return textsOf(row, `${list}/${typeof id === 'string' ? id : index}`)
    }),
  )
}

/** Where a text breaks the rule, with the mark and a little of what surrounds it. */
function breaches({ where, lang, text }: Text): string[] {
  const pattern = new RegExp(FOREIGN_MARKS[lang].source, 'g')
  return [...text.matchAll(pattern)].map(
    (match) => `${where}: ${match[0]} in …${text.slice(Math.max(0, match.index - 25), match.index + 25)}…`,
  )
}

describe('house style: quotation marks', () => {
  const texts = bundledTexts()

  it('reads the texts of every list, in all three languages', () => {
    const lists = new Set(texts.map((text) => text.where.split('/')[0]))
    expect([...lists].sort()).toEqual(['actors', 'categories', 'events', 'periods', 'stories'])
    expect(new Set(texts.map((text) => text.lang))).toEqual(new Set(['en', 'es', 'de']))
    // Quotes are in use in each language, so the rule below is tested, not vacuous.
    expect(texts.some((text) => text.lang === 'en' && text.text.includes('“'))).toBe(true)
    expect(texts.some((text) => text.lang === 'es' && text.text.includes('«'))).toBe(true)
    expect(texts.some((text) => text.lang === 'de' && text.text.includes('„'))).toBe(true)
  })

  it('uses each language’s own marks and never straight quotes', () => {
    expect(texts.flatMap(breaches)).toEqual([])
  })

  it('names the row, field and text of a breach', () => {
    const found = breaches({ where: 'events/x.summary.es', lang: 'es', text: 'dijo "no" ayer' })
    expect(found).toEqual([
      'events/x.summary.es: " in …dijo "no" ayer…',
      'events/x.summary.es: " in …dijo "no" ayer…',
    ])
  })
})
