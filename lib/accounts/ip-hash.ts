import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

// Sign-in attempts and sessions keep a keyed hash of the client's network, not
// its address: enough to count failures per source and to tell sessions apart,
// useless to anyone reading the table without AUTH_SECRET.
//
// An IPv6 client usually owns a whole /64 and can rotate through it at will,
// so IPv6 addresses are counted by their /64; IPv4-mapped IPv6 counts as IPv4.

export function ipHash(ip: string, secret: string): string {
  // The click-out hashes the address of every click; one HMAC per address and secret is enough.
  const key = `${secret}\u0000${ip}`;
  let hash = remembered.get(key);
  if (hash === undefined) {
    hash = createHmac('sha256', secret)
      .update(`ip:${ipNetwork(ip)}`)
      .digest('hex');
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    remembered.set(key, hash);
  }
  return hash;
}

const remembered = new Map<string, string>();
const REMEMBERED_MAX = 10_000;

/** The unit rate limits count: an IPv4 address, an IPv6 /64, or the trimmed input if it is neither. */
export function ipNetwork(ip: string): string {
  const address = ip
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  const groups = expandIpv6(address.replace(/%.*$/, ''));
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

function expandIpv6(address: string): number[] {
  // A trailing dotted quad ("::ffff:1.2.3.4") is two 16-bit groups.
  const dotted = address.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  let text = address;
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}
