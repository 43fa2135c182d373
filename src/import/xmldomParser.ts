/**
 * KML's XML parser where the platform has no DOMParser (Node: `npm run import`, the unit tests). @xmldom/xmldom is a
 * small, maintained DOM Level 2 implementation; it never loads external entities or DTDs. Malformed XML throws.
 */
import { DOMParser } from '@xmldom/xmldom'
import type { XmlParser } from './formats/kml'

export const xmldomParser: XmlParser = (text) => {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError' || level === 'error') throw new Error(message)
    },
  })
  // xmldom's Document is a structural twin of the DOM's, which is what togeojson and kml.ts use.
  return parser.parseFromString(text, 'text/xml') as unknown as Document
}
