import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkAccounts } from '@/db/schema';
import { resolvePostbackAccount } from '@/lib/networks/network-accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { sandboxPostbackTarget } from './postback-target';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('sandboxPostbackTarget', () => {
  it('is null until a sandbox account exists, then our own postback URL with a working token', async () => {
    expect(await sandboxPostbackTarget(t.db, 'http://localhost:3999')('sandbox')).toBeNull();
    await t.db
      .insert(networkAccounts)
      .values({ networkCode: 'sandbox', name: 'Sandbox', publisherId: 'ristourne-demo' });
    const resolve = sandboxPostbackTarget(t.db, 'http://localhost:3999');
    const url = await resolve('sandbox');
    expect(url?.origin).toBe('http://localhost:3999');
    const [, , , network, token] = url!.pathname.split('/');
    expect(network).toBe('sandbox');
    expect((await resolvePostbackAccount(t.db, 'sandbox', token!))?.publisherId).toBe('ristourne-demo');
    expect((await resolve('sandbox'))?.href).toBe(url!.href);
    expect(await resolve('awin')).toBeNull();
  });
});
