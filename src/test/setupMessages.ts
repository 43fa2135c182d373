// Unit and component tests render in any language from the start: load Spanish and German as the app does before
// its first render (src/app/main.tsx).
import { loadMessages } from '../i18n/messages'

await Promise.all([loadMessages('es'), loadMessages('de')])
