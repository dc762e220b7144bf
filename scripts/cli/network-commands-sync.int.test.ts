import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { networkSyncStates } from '@/db/schema';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { kwankoConversion, kwankoHandler } from '@/tests/mock-networks/kwanko';
import { type MockServer, startMockServer } from '@/tests/mock-networks/mock-server';
import { commands } from './commands';
import { UsageError } from './usage-error';

// network:add with API credentials turns pull sync on (base URL override
// included); network:sync runs it now and prints what it did, for one
// account or all; a failed sync makes the command fail.

let t: TestDb;
let mock: MockServer;
beforeAll(async () => {
  t = await createTestDb();
  vi.stubEnv('CREDENTIALS_KEY', randomBytes(32).toString('base64'));
  mock = await startMockServer((r) =>
    kwankoHandler({
      token: 'kw-cli',
      conversions: [
        kwankoConversion(98730001, Date.UTC(2025, 1, 3, 10), { earningsMinor: 423, turnoverMinor: 8450 }),
      ],
    })(r),
  );
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await mock.close();
  await t.close();
});

async function run(name: string, flags: Record<string, string | true>, args: string[] = []) {
  const lines: string[] = [];
  await commands[name]!.run({
    url: t.url,
    args,
    flags: new Map(Object.entries(flags)),
    log: (m) => lines.push(m),
  });
  return lines;
}

const accountIdIn = (line: string) => Number(/^network account (\d+) /.exec(line)![1]);

describe('pull sync from the command line', () => {
  it('network:add with credentials turns pull sync on; network:sync runs it and prints the figures', async () => {
    const added = await run('network:add', {
      network: 'kwanko',
      name: 'Kwanko FR',
      publisher: 'kw-cli-1',
      credentials: '{"apiToken":"kw-cli"}',
      'api-base-url': mock.url,
      'sync-interval': '30',
    });
    const id = accountIdIn(added[0]!);
    expect(added[2]).toBe(
      `pull sync: every 30 min from ${mock.url}/ (npm run cli -- network:sync ${id} runs one now)`,
    );
    const [state] = await t.db
      .select()
      .from(networkSyncStates)
      .where(eq(networkSyncStates.networkAccountId, id));
    expect(state).toMatchObject({ enabled: true, intervalMinutes: 30, apiBaseUrl: `${mock.url}/` });

    const first = await run('network:sync', { from: '2025-02-01', to: '2025-02-10' }, [String(id)]);
    expect(first).toEqual([
      `account ${id} (kwanko): succeeded, 2025-02-01T00:00:00.000Z → 2025-02-11T00:00:00.000Z`,
      '  1 page, 1 event: 1 applied, 0 duplicates, 0 other; 0 unreadable records; 0 rate-limit waits',
    ]);
    expect(mock.requests.at(-1)!.query).toMatchObject({
      completion_date_from: '2025-02-01T00:00:00Z',
      completion_date_to: '2025-02-11T00:00:00Z',
    });
    const again = await run('network:sync', { from: '2025-02-01', to: '2025-02-10' }, [String(id)]);
    expect(again[1]).toBe(
      '  1 page, 1 event: 0 applied, 1 duplicate, 0 other; 0 unreadable records; 0 rate-limit waits',
    );
  });

  it('network:sync --all runs every synced account, and fails when one of them does', async () => {
    const added = await run('network:add', {
      network: 'kwanko',
      name: 'Kwanko wrong token',
      publisher: 'kw-cli-2',
      credentials: '{"apiToken":"wrong"}',
      'api-base-url': mock.url,
    });
    const broken = accountIdIn(added[0]!);
    const lines: string[] = [];
    const error = await commands['network:sync']!.run({
      url: t.url,
      args: [],
      flags: new Map<string, string | true>([
        ['all', true],
        ['from', '2025-02-01'],
        ['to', '2025-02-10'],
      ]),
      log: (m) => lines.push(m),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('1 sync did not succeed');
    expect(lines.filter((l) => l.startsWith('account '))).toHaveLength(2);
    expect(lines).toContain(
      `account ${broken} (kwanko): failed, 2025-02-01T00:00:00.000Z → 2025-02-11T00:00:00.000Z`,
    );
    expect(lines.at(-1)).toMatch(/^ {2}error: GET \/publishers\/conversions: HTTP 401: /);
  });

  it('network:add without an API URL uses the network’s own, and says when sync stays off', async () => {
    const on = await run('network:add', {
      network: 'awin',
      name: 'Awin',
      publisher: 'aw-cli',
      credentials: '{"apiToken":"t"}',
    });
    expect(on[2]).toMatch(/^pull sync: every 60 min from https:\/\/api\.awin\.com\/ /);
    const off = await run('network:add', { network: 'cj', name: 'CJ', publisher: 'cj-cli' });
    expect(off[2]).toBe('pull sync: off (no --credentials)');
    const push = await run('network:add', { network: 'sandbox', name: 'Sandbox', publisher: 'sb-cli' });
    expect(push).toHaveLength(2);
  });

  it.each([
    ['network:sync', {}, [], 'give one account id, or --all'],
    ['network:sync', { all: true }, ['3'], 'give one account id, or --all'],
    ['network:sync', {}, ['abc'], '"abc" is not an account id'],
    ['network:sync', { to: '2025-02-01' }, ['1'], '--to needs --from'],
    ['network:sync', { from: '01/02/2025' }, ['1'], '--from must be a date as YYYY-MM-DD'],
    [
      'network:sync',
      { from: '2025-02-10', to: '2025-02-01' },
      ['1'],
      '--from/--to: the start must be before the end',
    ],
    [
      'network:add',
      { network: 'awin', name: 'x', publisher: 'u1', 'api-base-url': 'http://x' },
      [],
      'pull sync needs --credentials',
    ],
    [
      'network:add',
      { network: 'awin', name: 'x', publisher: 'u2', credentials: '{"token":"t"}' },
      [],
      '--credentials for awin need apiToken',
    ],
    [
      'network:add',
      { network: 'sandbox', name: 'x', publisher: 'u3', 'api-base-url': 'http://x' },
      [],
      'network "sandbox" has no API',
    ],
    [
      'network:add',
      {
        network: 'kwanko',
        name: 'x',
        publisher: 'u4',
        credentials: '{"apiToken":"t"}',
        'api-base-url': 'ftp://x',
      },
      [],
      '--api-base-url: API base URL must be an absolute http(s) URL',
    ],
    [
      'network:add',
      {
        network: 'kwanko',
        name: 'x',
        publisher: 'u5',
        credentials: '{"apiToken":"t"}',
        'sync-interval': '1',
      },
      [],
      '--sync-interval must be a whole number of minutes from 5 to 10080',
    ],
  ])('%s %j %j → %s', async (name, flags, args, message) => {
    const error = await run(name, flags as Record<string, string | true>, args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });

  it('says which account does not exist or has no API, and fails', async () => {
    const lines: string[] = [];
    const log = (m: string) => lines.push(m);
    const missing = await commands['network:sync']!.run({
      url: t.url,
      args: ['999999'],
      flags: new Map(),
      log,
    }).catch((e: unknown) => e);
    expect((missing as Error).message).toBe('1 sync did not succeed');
    expect(lines.at(-1)).toBe('account 999999: no network account 999999');

    const push = await run('network:add', { network: 'sandbox', name: 'Sandbox 2', publisher: 'sb-cli-2' });
    const id = accountIdIn(push[0]!);
    const refused = await commands['network:sync']!.run({
      url: t.url,
      args: [String(id)],
      flags: new Map(),
      log,
    }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe('1 sync did not succeed');
    expect(lines.at(-1)).toBe(`account ${id}: network "sandbox" has no API to pull from`);
    const states = await t.db
      .select()
      .from(networkSyncStates)
      .where(eq(networkSyncStates.networkAccountId, id));
    expect(states).toEqual([]);
  });
});
