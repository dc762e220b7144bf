import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '@/db/client';
import { addToyAccount, type ToyAccount } from './ingestion-fixtures';
import { createTestDb, type TestDb } from './test-db';

// The set-up the ledger and member-screen tests share (tests only): this
// file's own database for the whole file, and a fresh toy network account
// before each test. Call it at the top of the file: `const t = toyIntakeDb();`
// then `t.db` and `t.account` inside the tests.

export type ToyIntakeDb = { readonly db: Db; readonly account: ToyAccount };

export function toyIntakeDb(): ToyIntakeDb {
  let database: TestDb | undefined;
  let account: ToyAccount | undefined;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    account = await addToyAccount(database!.db, 'toynet', `p-${Date.now()}-${Math.random()}`);
  });
  return {
    get db() {
      if (!database) throw new Error('toyIntakeDb: the database is made in beforeAll');
      return database.db;
    },
    get account() {
      if (!account) throw new Error('toyIntakeDb: the account is made in beforeEach');
      return account;
    },
  };
}

/** 1 November 2026, 10:mm UTC: the tests' clock for the steps of one purchase. */
export const atMinute = (minute: number) => `2026-11-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
