import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { parseCsv } from '../test/parseCsv'
import { csvCell, toCsv } from './toCsv'

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a cell that starts like a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('leaves ordinary text alone, including a minus sign inside it', () => {
    expect(csvCell('2025-02-27')).toBe('2025-02-27')
    expect(csvCell('US–Mexico talks')).toBe('US–Mexico talks')
  })

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "no"')).toBe('"say ""no"""')
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"')
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"')
  })
})

describe('toCsv', () => {
  const dataset = makeDataset({
    events: [
      {
        id: 'a',
        start: '2025-02-27',
        title: 'Transfer, "29" prisoners',
        summary: 'First line\nsecond line',
        category: 'transfer',
        actors: ['us-gov', 'mx-gov'],
        places: [
          {},
          { name: { en: 'Washington', es: 'Washington (es)', de: 'Washington (de)' }, lat: 38.9, lon: -77 },
        ],
        sources: [{ url: 'https://example.org/1' }, { url: 'https://example.org/2' }],
      },
      {
        id: 'b',
        start: '2020-06',
        end: '2020-08',
        qualifier: 'circa',
        title: '=cmd|calc',
        status: 'disputed',
        claimNote: 'Who says what',
      },
    ],
  })

  it('writes a header and one row per event that read back as the same cells', () => {
    const rows = parseCsv(toCsv(dataset.events, 'en', dataset.actors))
    expect(rows[0]).toEqual([
      'id',
      'start',
      'end',
      'qualifier',
      'title',
      'summary',
      'category',
      'places',
      'actors',
      'claim status',
      'sources',
    ])
    expect(rows.slice(1)).toEqual([
      [
        'b',
        '2020-06',
        '2020-08',
        'circa',
        "'=cmd|calc",
        'Summary of b.',
        'diplomacy',
        'Mexico City',
        '',
        'disputed',
        'https://example.org/b/1',
      ],
      [
        'a',
        '2025-02-27',
        '',
        '',
        'Transfer, "29" prisoners',
        'First line\nsecond line',
        'transfer',
        'Mexico City; Washington',
        'Government of the United States; Government of Mexico',
        'confirmed',
        'https://example.org/1 https://example.org/2',
      ],
    ])
  })

  it('writes the title, summary and places in the chosen language', () => {
    const rows = parseCsv(toCsv(dataset.events, 'de'))
    expect(rows[2]?.[4]).toBe('Transfer, "29" prisoners (de)')
    expect(rows[2]?.[7]).toBe('Mexico City (de); Washington (de)')
  })

  it('writes the actors by their name in the chosen language', () => {
    const rows = parseCsv(toCsv(dataset.events, 'es', dataset.actors))
    expect(rows[2]?.[8]).toBe('Gobierno de Estados Unidos; Gobierno de México')
  })

  it('ends every line with CRLF', () => {
    const text = toCsv(dataset.events, 'en')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n')).toHaveLength(4)
  })
})
