/**
 * Registers public/sw.js so the app and its data work offline after one visit. Production builds only (the dev
 * server's modules are never cached), and only where service workers are allowed: https, or localhost while testing.
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
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
