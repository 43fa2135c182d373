/**
 * npm start: serves the production build with the same security headers a static host should send (see
 * securityHeaders.ts, public/_headers, deploy/nginx.conf).
 *   tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--base /news/frontera/] [--dir dist]
 * PORT, HOST and BASE_PATH work as environment variables too. A busy port moves to the next free one.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startStaticServer } from './staticServer'

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

const root = option('dir', 'dist')
const host = option('host', process.env.HOST ?? '127.0.0.1')
const basePath = option('base', process.env.BASE_PATH ?? '/')
const firstPort = Number(option('port', process.env.PORT ?? '4173'))

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html is missing: run "npm run build" first`)
  process.exit(1)
}

let started = false
for (let port = firstPort; port < firstPort + 20 && !started; port++) {
  try {
    const running = await startStaticServer({ root, host, port, basePath })
    console.log(
      `Frontera: ${running.url}  (embed: ${running.url}?embed=1, demo: ${running.url}demo/article.html)`,
    )
    started = true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
  }
}
if (!started) {
  console.error(`No free port between ${firstPort} and ${firstPort + 19}`)
  process.exit(1)
}
