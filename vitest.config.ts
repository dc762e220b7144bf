import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two layers, one command (`npm test`):
//  - unit: pure code, no database (`*.test.ts` beside the code);
//  - integration: real PostgreSQL (`*.int.test.ts`); the global setup starts an
//    embedded server unless DATABASE_URL is set, migrates a template database
//    once, and every test file clones its own database from it.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // No welcome bonus unless a test asks for one (lib/ledger/welcome-bonus.int.test.ts):
    // the other ledger tests check amounts that are the split's alone.
    env: { NEXT_TELEMETRY_DISABLED: '1', WELCOME_BONUS_MINOR: '0' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{lib,db,scripts,components}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{lib,db,scripts,tests}/**/*.int.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
