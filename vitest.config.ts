import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/** Unit and component tests: fast, headless, next to the code they test. Browser tests live in tests/e2e. */
export default defineConfig({
  plugins: [react()],
  // vis-timeline's HTML filter is replaced by one that escapes everything (src/timeline/escapeAllHtml.ts).
  resolve: { alias: { xss: fileURLToPath(new URL('./src/timeline/escapeAllHtml.ts', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setupMessages.ts'],
  },
})
