import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` is used (it needs no database); migrations are
// applied by `npm run cli -- migrate` and by the launcher.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
