import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePostbackAccount } from '@/lib/networks/network-accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commands } from './commands';
import { UsageError } from './usage-error';

// The network commands against a real database: the printed postback URL
// really opens the account, a rotation prints a new one.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

async function run(name: string, flags: Record<string, string>) {
  const lines: string[] = [];
  await commands[name]!.run({
    url: t.url,
    args: [],
    flags: new Map(Object.entries(flags)),
    log: (m) => lines.push(m),
  });
  return lines;
}
const tokenIn = (line: string) => /\/api\/postbacks\/([a-z]+)\/([A-Za-z0-9_-]{43})$/.exec(line);

describe('network commands', () => {
  it('network:add prints a postback URL whose token opens the account; rotate prints a new one', async () => {
    const lines = await run('network:add', { network: 'awin', name: 'Awin FR', publisher: '1234567' });
    expect(lines[0]).toMatch(/^network account \d+ \(awin, publisher 1234567\) added$/);
    const [, network, token] = tokenIn(lines[1]!)!;
    const account = await resolvePostbackAccount(t.db, network!, token!);
    expect(account?.publisherId).toBe('1234567');

    const rotated = await run('network:token:rotate', { account: String(account!.id), 'grace-hours': '0' });
    const [, , fresh] = tokenIn(rotated[0]!)!;
    expect(fresh).not.toBe(token);
    expect(await resolvePostbackAccount(t.db, 'awin', fresh!)).not.toBeNull();
    expect(await resolvePostbackAccount(t.db, 'awin', token!)).toBeNull();
  });

  it.each([
    ['network:add', { name: 'x', publisher: 'p' }, '--network is required'],
    [
      'network:add',
      { network: 'awin', name: 'x', publisher: 'p', 'allow-ip': 'nope' },
      '--allow-ip: "nope" is not an IP address',
    ],
    [
      'network:add',
      { network: 'awin', name: 'x', publisher: 'p', credentials: '{' },
      '--credentials must be a JSON object',
    ],
    ['network:token:rotate', { account: 'abc' }, '--account must be an account id'],
    [
      'network:token:rotate',
      { account: '1', 'grace-hours': '-1' },
      '--grace-hours must be a whole number from 0 to 720',
    ],
  ])('%s %j → %s', async (name, flags, message) => {
    await expect(run(name, flags)).rejects.toThrow(UsageError);
    await expect(run(name, flags)).rejects.toThrow(message);
  });
});
