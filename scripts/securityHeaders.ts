/**
 * The one HTTP header policy for the built app, sent by `npm start` (scripts/serve.ts), by the browser tests'
 * server, and written out for static hosts in public/_headers and deploy/nginx.conf (a unit test keeps all three
 * identical). Why each directive is what it is:
 *
 * - script-src 'self': the build emits only external module scripts (index.html has no inline script, checked by
 *   a test); no 'unsafe-eval' (vis-timeline's standalone/esnext build and zod need none).
 * - style-src 'self': the CSS is bundled into files. Leaflet, vis-timeline and React write element.style through the
 *   CSSOM, which CSP does not govern; nothing in the app writes a style="" attribute or injects <style>, so no
 *   'unsafe-inline' is needed (the browser tests listen for securitypolicyviolation events to prove it).
 * - img-src 'self' data:: Leaflet's empty-tile image and the favicon placeholder are data: URLs.
 * - connect-src 'self': the dataset and basemap are fetched from the app's own origin only. A build with an import
 *   allow-list (IMPORT_ORIGINS, scripts/importOriginsBuild.ts) adds exactly those origins, and nothing else.
 * - frame-src 'self': the demo article and the embed generator's preview frame the app itself.
 * - frame-ancestors *: the embed must be framable by any publisher; this only works as a header, never in <meta>.
 * - object-src 'none'; base-uri 'self'; form-action 'none': no plugins, no <base> hijack, no form posts.
 */
export function contentSecurityPolicy(importOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...importOrigins].join(' '),
    "frame-src 'self'",
    'frame-ancestors *',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
}

/** The default build's policy: no import origin. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

/** Sent with every response. No X-Frame-Options: it would forbid the embed. */
export function securityHeaders(importOrigins: readonly string[] = []): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(importOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  }
}

export const SECURITY_HEADERS = securityHeaders()

/** Vite puts a content hash in every file name under assets/: those never change and may be cached for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
/** Everything else (index.html, data, basemap, embed.js, the demo) is revalidated on each use. */
export const REVALIDATE_CACHE = 'no-cache'

export function cacheControlFor(relativePath: string): string {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/u.test(relativePath)
    ? IMMUTABLE_CACHE
    : REVALIDATE_CACHE
}
