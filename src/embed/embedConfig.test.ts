import { describe, expect, it } from 'vitest'
import { parseOrigin, readEmbedConfig } from './embedConfig'

describe('readEmbedConfig', () => {
  it('reads the embed id, the Pym child id and the parent origin', () => {
    expect(
      readEmbedConfig(
        '?embed=1&eid=demo-map_1&childId=graphic&parentOrigin=https%3A%2F%2Fnews.example.org&height=560',
      ),
    ).toEqual({
      config: {
        eid: 'demo-map_1',
        childId: 'graphic',
        parentOrigin: 'https://news.example.org',
        height: 560,
      },
      problems: [],
    })
  })

  it('has nothing set for a bare embed link', () => {
    expect(readEmbedConfig('?embed=1')).toEqual({
      config: { eid: null, childId: null, parentOrigin: null, height: null },
      problems: [],
    })
  })

  it('reads an explicit auto height', () => {
    expect(readEmbedConfig('?embed=1&height=auto').config.height).toBe('auto')
  })

  it.each([
    ['eid', '../../x'],
    ['eid', '<script>alert(1)</script>'],
    ['eid', 'a'.repeat(65)],
    ['eid', ''],
    ['childId', 'a b'],
    ['parentOrigin', 'javascript:alert(1)'],
    ['parentOrigin', 'https://news.example.org/path'],
    ['parentOrigin', '*'],
    ['parentOrigin', 'null'],
    ['height', '299'],
    ['height', '1601'],
    ['height', '560px'],
    ['height', '5e2'],
    ['height', 'AUTO'],
  ])('ignores %s=%s and reports it', (name, value) => {
    const { config, problems } = readEmbedConfig(`?${new URLSearchParams([[name, value]]).toString()}`)
    expect(config).toEqual({ eid: null, childId: null, parentOrigin: null, height: null })
    expect(problems).toEqual([expect.objectContaining({ field: name, severity: 'warning' })])
  })
})

describe('parseOrigin', () => {
  it('accepts only an exact http(s) origin', () => {
    expect(parseOrigin('https://a.example')).toBe('https://a.example')
    expect(parseOrigin('http://localhost:8080')).toBe('http://localhost:8080')
    expect(parseOrigin('https://a.example/')).toBeNull()
    expect(parseOrigin('HTTPS://A.EXAMPLE')).toBeNull()
    expect(parseOrigin('data:text/html,hi')).toBeNull()
  })
})
