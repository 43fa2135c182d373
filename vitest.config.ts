import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/** Unit and component tests: fast, headless, next to the code they test. Browser tests live in tests/e2e. */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
})
