import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A PostgreSQL for the store tests: TEST_POSTGRES_URL or 127.0.0.1:5432 when it answers, else one started for the run.
    globalSetup: ['test/setup/postgres.ts'],
    // End-to-end tests spawn servers and child processes; give them room on a shared 2-core box.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
