/**
 * KML through @tmcw/togeojson (Placemarks with TimeStamp, TimeSpan and gx:Track, in their Folders). The XML parser is
 * handed in: the browser's DOMParser, or @xmldom/xmldom in Node and in a worker. A Placemark without a time of its
 * own takes the time of its nearest enclosing Folder. Ground overlays and network links are not events: they are
 * skipped, saying why (a network link's file is never fetched).
 */
import { kmlWithFolders, type Folder, type Root } from '@tmcw/togeojson'
import type { ImportCollector } from '../report'
import { plain } from '../text'
import { importFeature, type FeatureContext } from './geojson'
import { shortTitle } from './timelinejs'

/** Parses XML text into a DOM Document; throws (or returns a document holding <parsererror>) on bad XML. */
export type XmlParser = (text: string) => Document

export function defaultXmlParser(): XmlParser | undefined {
  if (typeof DOMParser === 'undefined') return undefined
  return (text) => new DOMParser().parseFromString(text, 'application/xml')
}

type FolderTime = FeatureContext['inheritedTime']

function directChild(element: Element, name: string): Element | undefined {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1 && localName(child as Element) === name) return child as Element
  }
  return undefined
}

function localName(element: Element): string {
  return (element.localName || element.nodeName).replace(/^.*:/, '')
}

function textOf(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined
  const child = directChild(element, name)
  const text = child?.textContent.trim()
  return text ? text : undefined
}

/** Each Folder's own TimeStamp/TimeSpan, in document order (the order togeojson builds its folder tree in). */
function folderTimes(document: Document): FolderTime[] {
  return Array.from(document.getElementsByTagName('Folder')).map((folder) => {
    const stamp = directChild(folder, 'TimeStamp')
    const span = directChild(folder, 'TimeSpan')
    const when = textOf(stamp, 'when')
    const begin = textOf(span, 'begin')
    const end = textOf(span, 'end')
    if (when === undefined && begin === undefined && end === undefined) return undefined
    return { ...(when ? { when } : {}), ...(begin ? { begin } : {}), ...(end ? { end } : {}) }
  })
}

/** Reads the file's Placemarks into the collector; returns the Document's own name (the dataset's title), if any. */
export function importKml(text: string, parseXml: XmlParser, collector: ImportCollector): { title?: string } {
  let document: Document
  try {
    document = parseXml(text)
  } catch (error) {
    collector.fileNote(
      'error',
      '(file)',
      text.slice(0, 60),
      `is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`,
      'check the file is a complete KML export',
    )
    return {}
  }
  const parserError = document.getElementsByTagName('parsererror')[0]
  if (parserError) {
    collector.fileNote(
      'error',
      '(file)',
      parserError.textContent,
      'is not well-formed XML',
      'check the file is a complete KML export',
    )
    return {}
  }
  const times = folderTimes(document)
  let folderIndex = 0
  let placemarks = 0
  let overlays = 0
  let networkLinks = 0
  const walk = (node: Root | Folder, inherited: FolderTime) => {
    for (const child of node.children) {
      if (child.type === 'folder') {
        const own = times[folderIndex++]
        walk(child, own ?? inherited)
        continue
      }
      const properties: Record<string, unknown> = child.properties ?? {}
      const kind = properties['@geometry-type']
      const name = plain(properties.name)
      const label = name ? ` "${shortTitle(name)}"` : ''
      if (kind === 'groundoverlay') {
        overlays++
        collector.skipRow(
          `GroundOverlay ${overlays}${label}`,
          'GroundOverlay',
          name,
          'an image laid over the map is not an event',
        )
        continue
      }
      if (kind === 'networklink') {
        networkLinks++
        collector.skipRow(
          `NetworkLink ${networkLinks}${label}`,
          'NetworkLink',
          name,
          'a link to another KML file; it is never fetched',
          'download that file and import it on its own',
        )
        continue
      }
      placemarks++
      const scope = collector.begin(`Placemark ${placemarks}${label}`)
      importFeature(
        child as unknown as Record<string, unknown>,
        scope,
        collector,
        inherited ? { inheritedTime: inherited } : {},
      )
    }
  }
  walk(kmlWithFolders(document), undefined)
  if (placemarks + overlays + networkLinks === 0) {
    collector.fileNote(
      'warning',
      'Placemark',
      '',
      'the file has no Placemark',
      'check this is the KML you meant (a KMZ must be unzipped first)',
    )
  }
  const documentElement = document.getElementsByTagName('Document')[0]
  const title = plain(textOf(documentElement, 'name'))
  return title ? { title } : {}
}
