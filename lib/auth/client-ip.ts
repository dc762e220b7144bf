// The client's IP, for login throttling and session records. Behind our one
// reverse proxy (or none), the first hop of `x-forwarded-for` is the client;
// without that header, `x-real-ip`. Next does not expose the socket address to
// server components/actions, so with neither header the IP is unknown (null)
// and only the per-account limit applies. A deployment behind several proxies
// must make the outermost one overwrite (not append to) `x-forwarded-for`.

const MAX_LENGTH = 64;

export function clientIp(headers: Pick<Headers, 'get'>): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip')?.trim();
  if (!ip || ip.length > MAX_LENGTH || !/^[0-9a-fA-F:.]+$/.test(ip)) return null;
  return ip;
}
