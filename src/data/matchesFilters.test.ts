import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { makeFilterContext, matchesFilters, NO_FILTERS } from './matchesFilters'

describe('search over actor names', () => {
  // Placed in Phoenix, with ids that name no country, so only the actor names tell the events apart.
  const phoenix = { name: { en: 'Phoenix', es: 'Phoenix', de: 'Phoenix' }, lat: 33.45, lon: -112.07 }
  const dataset = makeDataset({
    events: [
      { id: 'a', actors: ['mx-gov'], places: [phoenix] },
      { id: 'b', actors: ['us-gov'], places: [phoenix] },
      { id: 'c', places: [phoenix] },
    ],
  })

  function found(text: string, lang: 'en' | 'es' | 'de'): string[] {
    const context = makeFilterContext(dataset.events, dataset.actors, lang)
    return dataset.events
      .filter((event) => matchesFilters(event, { ...NO_FILTERS, text }, context))
      .map((event) => event.id)
  }

  it('finds an actor by its name in the current language, ignoring accents and case', () => {
    expect(found('gobierno de mexico', 'es')).toEqual(['a'])
    expect(found('GOBIERNO DE MÉXICO', 'es')).toEqual(['a'])
    expect(found('gobierno', 'es')).toEqual(['a', 'b'])
    expect(found('estados unidos', 'es')).toEqual(['b'])
    expect(found('regierung von mexiko', 'de')).toEqual(['a'])
    expect(found('government of mexico', 'en')).toEqual(['a'])
  })

  it('also finds the names in the other languages (a reader may search in any of the three)', () => {
    expect(found('gobierno', 'en')).toEqual(['a', 'b'])
    expect(found('government of mexico', 'es')).toEqual(['a'])
    expect(found('regierung', 'en')).toEqual(['a', 'b'])
  })
})
