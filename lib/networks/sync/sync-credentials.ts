import { AppError } from '@/lib/errors';
import { decryptCredentials } from '../credentials';
import type { NetworkApiClient } from './api-client';

// An account's API credentials for a run: decrypted with CREDENTIALS_KEY and
// checked against what the network's client needs, so a missing key or field
// fails the run with a message ops can act on.

export function readSyncCredentials(
  sealed: string | null,
  key: Buffer | null,
  client: NetworkApiClient,
): Record<string, string> {
  if (!sealed) {
    throw new AppError(
      'unprocessable',
      'no API credentials are stored for this account (network:add --credentials)',
    );
  }
  if (!key)
    throw new AppError('unprocessable', 'CREDENTIALS_KEY is not set: the API credentials cannot be read');
  const credentials = decryptCredentials(sealed, key);
  const missing = client.credentialFields.filter((field) => !credentials[field]);
  if (missing.length > 0) {
    throw new AppError('unprocessable', `the ${client.network} credentials lack ${missing.join(', ')}`);
  }
  return credentials;
}
