import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { NetworkApiClient } from './api-client';

// Where a network's API is reached: the account's override (network:add
// --api-base-url), else `<NETWORK>_API_BASE_URL` from the environment (all
// accounts of a network behind one proxy, or a mock in a demo), else the
// network's real address. Tests point accounts at local mock servers this way
// and run the real client code.

const baseUrl = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' });

/** Checks an override as entered; returns it normalised, or throws AppError bad_request. */
export function parseApiBaseUrl(value: string): string {
  const parsed = baseUrl.safeParse(value.trim());
  if (!parsed.success) {
    throw new AppError('bad_request', `API base URL ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  }
  const url = new URL(parsed.data);
  if (url.search || url.hash)
    throw new AppError('bad_request', 'API base URL must not carry a query or fragment');
  return url.href;
}

export function envBaseUrlName(network: string): string {
  return `${network.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_BASE_URL`;
}

export function resolveApiBaseUrl(
  client: NetworkApiClient,
  accountOverride: string | null,
  env: Readonly<Record<string, string | undefined>>,
): URL {
  const fromEnv = env[envBaseUrlName(client.network)]?.trim();
  return new URL(parseApiBaseUrl(accountOverride ?? (fromEnv || client.defaultBaseUrl)));
}
