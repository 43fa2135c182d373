/**
 * Vite plugin: the origins "Your data" may import from by URL, set at build time.
 *
 *   IMPORT_ORIGINS="https://data.example.org https://docs.google.com https://*.googleusercontent.com" npm run build
 *
 * The default (unset) allows none, and the app says so. The build writes the list as `import-origins.json` (which
 * the app reads when "Your data" opens, and `npm start` reads for its header), and widens connect-src in the
 * build's `_headers` by exactly those origins. A bad entry stops the build with its reason. For nginx, the build
 * prints the header line to use (deploy/nginx.conf has the default one).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { IMPORT_ORIGINS_FILE, parseImportOrigins, type ImportOriginsFile } from '../src/import/fromUrl'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './securityHeaders'

/** The allow-list from the environment, or the reasons it cannot be used. */
export function importOriginsFromEnv(value: string | undefined): string[] {
  const { origins, problems } = parseImportOrigins(value)
  if (problems.length > 0) throw new Error(`IMPORT_ORIGINS: ${problems.join('; ')}`)
  return origins
}

/** Writes import-origins.json and, when there are origins, the widened policy into the build's _headers. */
export function writeImportOrigins(outDir: string, origins: readonly string[]): void {
  const file: ImportOriginsFile = { origins: [...origins] }
  writeFileSync(join(outDir, IMPORT_ORIGINS_FILE), `${JSON.stringify(file)}\n`)
  const headersPath = join(outDir, '_headers')
  if (origins.length === 0 || !existsSync(headersPath)) return
  const headers = readFileSync(headersPath, 'utf8')
  const line = `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`
  if (!headers.includes(line)) throw new Error(`${headersPath} does not carry the default policy to widen`)
  writeFileSync(
    headersPath,
    headers.replace(line, `Content-Security-Policy: ${contentSecurityPolicy(origins)}`),
  )
}

export function importOriginsBuild(): Plugin {
  let outDir = 'dist'
  let origins: string[] = []
  return {
    name: 'frontera:import-origins',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    buildStart() {
      try {
        origins = importOriginsFromEnv(process.env.IMPORT_ORIGINS)
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error))
      }
    },
    // closeBundle: the public/ copy (_headers) is written by then.
    closeBundle() {
      writeImportOrigins(outDir, origins)
      this.info(
        origins.length === 0
          ? 'import by URL: no origin allowed (set IMPORT_ORIGINS to allow some)'
          : `import by URL from ${origins.join(', ')}; for nginx use: add_header Content-Security-Policy "${contentSecurityPolicy(origins)}" always;`,
      )
    },
  }
}
