/**
 * Knight Lab's StoryMapJS: `{ storymap: { slides: [...] } }`, each slide with `location { lat, lon, name }` and an
 * optional free-text `date`. The first slide of type "overview" is the title slide. Image maps ("zoomify", or
 * `map_as_image`) place slides in pixels on a picture, not on Earth: every slide of such a file is skipped, saying so.
 */
import { parseDateText } from '../dates'
import { finishRow, mediaField, placeField, textField, whenField } from '../fields'
import type { ImportCollector } from '../report'
import { plain } from '../text'
import { shortTitle } from './timelinejs'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function importStoryMap(file: Json, collector: ImportCollector): void {
  const storymap = isObject(file.storymap) ? file.storymap : file
  const slides = Array.isArray(storymap.slides) ? storymap.slides : []
  const zoomify =
    storymap.map_type === 'zoomify' || storymap.map_as_image === true || isObject(storymap.zoomify)
  if (zoomify) {
    collector.fileNote(
      'error',
      'storymap.map_type',
      storymap.map_type ?? 'map_as_image',
      'this story map is drawn on an image (zoomify): its coordinates are pixels on a picture, not places on Earth',
      'make the story map on a real map, or import it as a timeline without places',
    )
  }
  collector.expectRows(slides.length)
  slides.forEach((slide: unknown, index) => {
    const prefix = `storymap.slides[${index}]`
    if (!isObject(slide)) {
      collector.skipRow(prefix, '(row)', slide, 'is not an object')
      return
    }
    const text = isObject(slide.text) ? slide.text : {}
    const headline = plain(typeof text.headline === 'string' ? text.headline : '')
    const locator = `${prefix}${headline ? ` "${shortTitle(headline)}"` : ''}`
    if (zoomify) {
      collector.skipRow(
        locator,
        'location',
        slide.location,
        'image-map (zoomify) coordinates are not places on Earth',
        'see the file-level message',
      )
      return
    }
    const scope = collector.begin(locator)
    const title = textField(scope, 'text.headline', text.headline)
    const body = textField(scope, 'text.text', text.text)
    const links = [...title.links, ...body.links]
    if (slide.type === 'overview') {
      if (isObject(slide.media)) mediaField(scope, 'media', slide.media, links)
      collector.title({ title: title.text, text: body.text, links })
      return
    }
    const moreText: string[] = []
    const media = isObject(slide.media) ? mediaField(scope, 'media', slide.media, links, moreText) : undefined
    const dateText = plain(slide.date)
    const when =
      dateText === ''
        ? undefined
        : whenField(scope, 'date', slide.date, parseDateText(dateText), { display: dateText })
    const location = isObject(slide.location) ? slide.location : undefined
    const name = location ? textField(scope, 'location.name', location.name).text : ''
    const place = location
      ? placeField(scope, 'location', location.lat, location.lon, name ? { name } : {})
      : undefined
    finishRow(collector, scope, { title, text: body, moreText, links, media, when, place })
  })
}
