import { afterQuiet } from './afterQuiet'

/**
 * Registers public/sw.js so the app and its data work offline after one visit. Production builds only (the dev
 * server's modules are never cached), and only where service workers are allowed: https, or localhost while testing.
 * Called once the dataset is in and the first render is under way (src/app/main.tsx).
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function canUseServiceWorker(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (
    location.protocol === 'https:' || (location.protocol === 'http:' && LOCAL_HOSTS.has(location.hostname))
  )
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !canUseServiceWorker(window.location)) return
  if (!import.meta.env.PROD) {
    // A worker left by an earlier production build on this origin would serve stale files to the dev server.
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister())))
    return
  }
  const register = () => {
    // sw.js sits next to index.html, so its scope is the app's base path, whatever BASE_PATH the build used.
    navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch((error: unknown) => {
      console.warn('Offline mode is unavailable:', error)
    })
  }
  // Installing the worker fetches and stores every file of the app (the hashed ones from the HTTP cache, public/sw.js).
  // On a small machine that work competed with the first draw of the map and the timeline (drawn about 0.3 s later
  // on the bundled data), so it waits for the page to load and then for a second without long tasks (at most 10 s).
  const whenQuiet = () => afterQuiet(register, { quietMs: 1000, maxWaitMs: 10_000 })
  if (document.readyState === 'complete') whenQuiet()
  else window.addEventListener('load', whenQuiet, { once: true })
}
