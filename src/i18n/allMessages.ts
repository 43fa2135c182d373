/**
 * Every language's UI strings at once, for code that runs outside the app's first render: the build's static event
 * pages and tests. The app itself loads one language at a time (loadMessages in messages.ts).
 */
import type { Lang } from '../data/types'
import { MESSAGES, type Messages } from './messages'
import { de } from './messages.de'
import { es } from './messages.es'

export const ALL_MESSAGES: Record<Lang, Messages> = { en: MESSAGES.en, es, de }
