import { admitadApiClient } from '../admitad/api-client';
import { awinApiClient } from '../awin/api-client';
import { cjApiClient } from '../cj/api-client';
import { effiliationApiClient } from '../effiliation/api-client';
import { impactApiClient } from '../impact/api-client';
import { kwankoApiClient } from '../kwanko/api-client';
import { rakutenApiClient } from '../rakuten/api-client';
import { tradedoublerApiClient } from '../tradedoubler/api-client';
import type { NetworkApiClient } from './api-client';

// The networks we pull from, by network code. The sandbox and generic S2S
// networks only push: they have no client, and their accounts no sync.

export const API_CLIENTS: Readonly<Record<string, NetworkApiClient>> = {
  admitad: admitadApiClient,
  awin: awinApiClient,
  cj: cjApiClient,
  effiliation: effiliationApiClient,
  impact: impactApiClient,
  kwanko: kwankoApiClient,
  rakuten: rakutenApiClient,
  tradedoubler: tradedoublerApiClient,
};

export function apiClientFor(networkCode: string): NetworkApiClient | null {
  return Object.hasOwn(API_CLIENTS, networkCode) ? API_CLIENTS[networkCode]! : null;
}
