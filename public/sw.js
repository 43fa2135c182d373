/*
 * Frontera's service worker: after one visit the app and its data work without a network.
 * - Precaches the app shell: index.html, the hashed assets, data/frontera.json, basemap.json (every built file); the
 *   hashed assets through the HTTP cache (the page has just downloaded most of them), the rest past it.
 * - Hashed assets (assets/): cache first. index.html, the data and other built files: network first, cache on failure.
 * - Never intercepts or caches a request to another origin, outside its scope, or that is not a GET.
 * The build (scripts/serviceWorkerBuild.ts) writes the list of files and a version hashed from their contents into
 * the line marked @build-manifest, so every deployment changes this file, installs a new worker and a new cache;
 * old caches are deleted when it activates. Registered by src/app/registerServiceWorker.ts in production only.
 */
const BUILD = { version: 'dev', files: [] } // @build-manifest

const CACHE_PREFIX = 'frontera-'
const CACHE = `${CACHE_PREFIX}${BUILD.version}`
const SCOPE = new URL(self.registration.scope)
const INDEX_URL = new URL('index.html', SCOPE).href
const ASSETS_URL = new URL('assets/', SCOPE).href
// The static event pages (events/<id>/…) are whole pages of their own: the app shell is no fallback for them.
const EVENTS_URL = new URL('events/', SCOPE).href
const PRECACHED = new Set(BUILD.files.map((file) => new URL(file, SCOPE).href))

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(BUILD.files.map(precacheRequest))))
})

/**
 * A hashed file's name changes with its content, so the copy in the HTTP cache (the page has just downloaded most of
 * them) is this deployment's: taken from there instead of downloaded again. Every other file skips the HTTP cache
 * ("reload"), so the precache holds this deployment's copy and not an older one.
 */
function precacheRequest(file) {
  const url = new URL(file, SCOPE)
  return new Request(url, { cache: url.href.startsWith(ASSETS_URL) ? 'default' : 'reload' })
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || request.headers.has('range')) return
  const url = new URL(request.url)
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return // not ours: the browser handles it
  // The query (?event=…&lang=…) never changes which file is served.
  const key = url.pathname.endsWith('/') ? new URL('index.html', url).href : url.origin + url.pathname
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, key))
  else if (key.startsWith(ASSETS_URL)) event.respondWith(cacheFirst(request, key))
  else if (PRECACHED.has(key)) event.respondWith(networkFirst(request, key))
})

/** Hashed file names never change content, so a cached copy is always right. */
async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(key)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok && response.type === 'basic') await cache.put(key, response.clone())
  return response
}

/** The newest copy when online (and keep it for later); the cached copy, or the app shell, when not. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone())
    return response
  } catch (error) {
    const shell = request.mode === 'navigate' && !key.startsWith(EVENTS_URL)
    const cached = (await cache.match(key)) ?? (shell ? await cache.match(INDEX_URL) : undefined)
    if (cached) return cached
    throw error
  }
}
