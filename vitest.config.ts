import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the workspace packages' public entries and run them from source (as tsconfig's
    // `paths` type-checks them); the built server the end-to-end tests spawn resolves dist/.
    alias: [
      { find: /^saas-mcp-runtime$/, replacement: source('./templates/runtime/src/index.ts') },
      { find: /^saas-mcp-runtime\/cli$/, replacement: source('./templates/runtime/src/cli/main.ts') },
      { find: /^saas-mcp-runtime\/contract$/, replacement: source('./templates/runtime/src/contract.ts') },
      { find: /^saas-mcp-runtime\/host$/, replacement: source('./templates/runtime/src/host.ts') },
      { find: /^saas-mcp-hosting$/, replacement: source('./templates/hosting/src/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A PostgreSQL for the store tests: TEST_POSTGRES_URL or 127.0.0.1:5432 when it answers, else one started for the run.
    globalSetup: ['test/setup/postgres.ts'],
    // End-to-end tests spawn servers and child processes; give them room on a shared 2-core box.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
