import { describe, expect, it } from 'vitest';
import { commands, helpText, parseArgs } from './commands';

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
