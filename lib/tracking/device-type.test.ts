import { describe, expect, it } from 'vitest';
import { deviceType } from './device-type';
import { BROWSER_USER_AGENTS } from './testing/user-agents';

describe('deviceType', () => {
  it.each(BROWSER_USER_AGENTS)('%s', (_label, ua, device) => {
    expect(deviceType(ua)).toBe(device);
  });

  it.each([
    ['no user agent', null],
    ['undefined', undefined],
    ['an empty user agent', ''],
    ['blank', '   '],
    ['curl', 'curl/8.5.0'],
    ['a bare token', 'Mozilla/5.0'],
  ])('%s is unknown', (_label, ua) => {
    expect(deviceType(ua)).toBe('unknown');
  });
});
