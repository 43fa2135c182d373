import { describe, expect, it } from 'vitest'
import { validateDataset } from '../data/validateDataset'
import { makeDataset, rawEvent } from '../test/fixtures'
import { toDatasetFile, toRawEvent } from './toDatasetJson'

describe('toDatasetFile', () => {
  const inputs = [
    { id: 'a', start: '2025-02-27', category: 'transfer', actors: ['us-gov'] },
    {
      id: 'b',
      start: '2020-06',
      end: '2020-08',
      qualifier: 'circa' as const,
      relations: [{ type: 'part-of' as const, id: 'a' }],
    },
  ]
  const dataset = makeDataset({ events: inputs })

  it('gives back each event exactly as the dataset file holds it', () => {
    for (const input of inputs) {
      const event = dataset.events.find((candidate) => candidate.id === input.id)!
      expect(toRawEvent(event)).toEqual(rawEvent(input))
    }
  })

  it('writes a file the validator reads back into the same events, with only the categories and actors used', () => {
    const file = toDatasetFile(dataset.events, dataset, new Date('2026-03-05T10:00:00Z'))
    expect(file.generated).toBe('2026-03-05T10:00:00.000Z')
    expect(file.categories.map((category) => category.id).sort()).toEqual(['diplomacy', 'transfer'])
    expect(file.actors.map((actor) => actor.id)).toEqual(['us-gov'])
    expect(file.actors[0]?.name).toEqual({
      en: 'Government of the United States',
      es: 'Gobierno de Estados Unidos',
      de: 'Regierung der Vereinigten Staaten',
    })
    const again = validateDataset(JSON.parse(JSON.stringify(file)))
    expect(again.problems).toEqual([])
    expect(again.dataset.events).toEqual(dataset.events)
  })

  it('leaves out relations to events that are not exported, so the file stands on its own', () => {
    const onlyB = dataset.events.filter((event) => event.id === 'b')
    const file = toDatasetFile(onlyB, dataset, new Date())
    expect(file.events[0]?.relations).toEqual([])
    expect(validateDataset(JSON.parse(JSON.stringify(file))).problems).toEqual([])
  })
})
