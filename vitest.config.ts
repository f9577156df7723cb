import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn servers and child processes; give them room on a shared 2-core box.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
