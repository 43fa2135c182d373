import { defineConfig } from 'vitest/config'

/** Browser tests: the production build in Debian's Chromium. Run after `npm run build` (npm test does both). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
