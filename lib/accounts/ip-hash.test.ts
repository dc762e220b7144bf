import { describe, expect, it } from 'vitest';
import { ipHash, ipNetwork } from './ip-hash';

const secret = 'a'.repeat(32);

describe('ipNetwork', () => {
  it.each([
    ['IPv4 as is', '203.0.113.7', '203.0.113.7'],
    ['IPv4 with spaces', ' 203.0.113.7 ', '203.0.113.7'],
    ['IPv6 counts by its /64', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['IPv6 shorthand', '2001:db8::1', '2001:db8:0:0::/64'],
    ['IPv6 in brackets, upper case', '[2001:DB8:1:2::9]', '2001:db8:1:2::/64'],
    ['IPv6 with a zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['loopback IPv6', '::1', '0:0:0:0::/64'],
    ['IPv4-mapped IPv6 counts as IPv4', '::ffff:203.0.113.7', '203.0.113.7'],
    ['IPv4-mapped in hex', '::ffff:cb00:7107', '203.0.113.7'],
    ['not an address is kept trimmed', ' unknown ', 'unknown'],
  ])('%s', (_label, input, want) => {
    expect(ipNetwork(input)).toBe(want);
  });
});

describe('ipHash', () => {
  it('is a keyed sha-256 in hex', () => {
    expect(ipHash('203.0.113.7', secret)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for one network and differs between networks and secrets', () => {
    expect(ipHash('2001:db8:1:2::1', secret)).toBe(ipHash('2001:db8:1:2::ffff', secret));
    expect(ipHash('2001:db8:1:3::1', secret)).not.toBe(ipHash('2001:db8:1:2::1', secret));
    expect(ipHash('203.0.113.7', secret)).not.toBe(ipHash('203.0.113.8', secret));
    expect(ipHash('203.0.113.7', secret)).not.toBe(ipHash('203.0.113.7', 'b'.repeat(32)));
  });
});
