import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CommandContext, commands, helpText, parseArgs, UsageError } from './commands';

describe('parseArgs', () => {
  it.each([
    ['nothing', [], undefined, [], {}],
    ['a bare command', ['migrate'], 'migrate', [], {}],
    ['a flag with a value', ['seed', '--scale', 'large'], 'seed', [], { scale: 'large' }],
    ['a flag with =', ['seed', '--scale=large', '--reset'], 'seed', [], { scale: 'large', reset: true }],
    [
      'a boolean flag before a value flag',
      ['seed', '--reset', '--scale', 'demo'],
      'seed',
      [],
      { reset: true, scale: 'demo' },
    ],
    ['positional arguments', ['network:add', 'awin', 'x'], 'network:add', ['awin', 'x'], {}],
  ])('%s', (_label, argv, name, args, flags) => {
    const parsed = parseArgs(argv);
    expect(parsed.name).toBe(name);
    expect(parsed.args).toEqual(args);
    expect(Object.fromEntries(parsed.flags)).toEqual(flags);
  });
});

describe('help', () => {
  it('lists every command with its usage', () => {
    const text = helpText();
    for (const command of Object.values(commands)) expect(text).toContain(command.usage);
    expect(text).toContain('seed [--scale demo|large] [--reset]');
  });
});

describe('mail:send', () => {
  // An unreachable server: these cases must finish without touching a database.
  const context = (flags: Record<string, string | true> = {}, logs: string[] = []): CommandContext => ({
    url: 'postgres://nobody@127.0.0.1:1/none',
    args: [],
    flags: new Map(Object.entries(flags)),
    log: (m) => logs.push(m),
  });
  afterEach(() => vi.unstubAllEnvs());

  it.each([['0'], ['-3'], ['2.5'], ['lots'], ['10001']])('refuses --limit %s', async (limit) => {
    await expect(commands['mail:send']!.run(context({ limit }))).rejects.toThrow(UsageError);
  });

  it('refuses a bare --limit', async () => {
    await expect(commands['mail:send']!.run(context({ limit: true }))).rejects.toThrow(/--limit must be/);
  });

  it('says there is nothing to send without SMTP_URL', async () => {
    vi.stubEnv('SMTP_URL', '');
    const logs: string[] = [];
    await commands['mail:send']!.run(context({}, logs));
    expect(logs).toEqual([
      'SMTP_URL is not set: e-mails are held for /dev/mailbox, there is nothing to send',
    ]);
  });
});
