import { createDb } from '@/db/client';
import { type EmbeddedServer, startEmbedded } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { isCatalogEmpty, seedDatabase } from '@/db/seed';

// The database every entry point (npm start, the CLI, benchmarks) works on:
// DATABASE_URL when set, else the embedded server under .data/.

export type Database = { url: string; embedded: EmbeddedServer | null; stop: () => Promise<void> };

export async function openDatabase(log: (m: string) => void = console.log): Promise<Database> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    log(`[db] using DATABASE_URL (${redact(configured)})`);
    return { url: configured, embedded: null, stop: async () => {} };
  }
  const embedded = await startEmbedded({ log });
  return { url: embedded.url, embedded, stop: embedded.stop };
}

/** Applies migrations, then seeds the demo catalog if the database has none. */
export async function prepareDatabase(
  url: string,
  options: { seedIfEmpty: boolean; log?: (m: string) => void },
): Promise<void> {
  const log = options.log ?? console.log;
  const handle = createDb(url, { max: 4 });
  try {
    await runMigrations(handle.db, url);
    log('[db] migrations applied');
    if (options.seedIfEmpty && (await isCatalogEmpty(handle.db))) {
      log('[db] empty database: seeding the demo catalog');
      const summary = await seedDatabase(handle.db, { scale: 'demo', log });
      log(`[db] seeded ${JSON.stringify(summary)}`);
    }
  } finally {
    await handle.close();
  }
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
