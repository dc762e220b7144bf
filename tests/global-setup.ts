import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '@/db/client';
import { startEmbedded } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { databaseUrl, dropDatabase, withDatabase } from './helpers/admin';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

// Starts (or reuses) the server for the integration layer and prepares a
// migrated template database that each test file clones.
export default async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!adminUrl) {
    const dataDir = path.join(os.tmpdir(), `cashback-test-pg-${process.pid}`);
    const server = await startEmbedded({ dataDir, database: 'postgres', persistent: false, log: () => {} });
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  const templateDatabase = `cashback_tpl_${process.pid}_${Date.now().toString(36)}`;
  await withDatabase(adminUrl, async (client) => {
    await client.query(`create database ${client.escapeIdentifier(templateDatabase)}`);
  });
  const templateUrl = databaseUrl(adminUrl, templateDatabase);
  const handle = createDb(templateUrl, { max: 2 });
  try {
    await runMigrations(handle.db, templateUrl);
  } finally {
    await handle.close();
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await dropDatabase(adminUrl, templateDatabase).catch((error) => console.error(error));
    await stopServer();
  };
}
