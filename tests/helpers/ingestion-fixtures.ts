import type { Db } from '@/db/client';
import { clicks } from '@/db/schema';
import type { PostbackAdapters } from '@/lib/conversions/process-inbox';
import { receivePostback } from '@/lib/conversions/receive-postback';
import type { ConversionEvent, ConversionStatus, PostbackAdapter } from '@/lib/networks/conversion-event';
import { addNetworkAccount } from '@/lib/networks/network-accounts';
import { newClickId } from '@/lib/tracking/click-id';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { insertProgram } from '@/tests/helpers/tracking-fixtures';

// Integration-test set-up for the intake screens (tests only): network
// accounts, postbacks through the real receiver with a toy adapter, and clicks
// owned by a given member. The toy reads `?id=&commission=` (cents) plus
// optional `status`, `at` (effective time), `sub` (click ref), `order` and `new` (1|0: new customer);
// anything else is a parse error.

export const toyAdapter: PostbackAdapter = (raw, account) => {
  const { id, sub, order } = raw.query;
  const commission = Number(raw.query.commission);
  if (!id || !Number.isSafeInteger(commission))
    return { events: [], issues: [{ at: 'query', problem: 'id or commission missing' }] };
  const status = (raw.query.status ?? 'pending') as ConversionStatus;
  const at = raw.query.at ?? '2026-11-01T10:00:00.000Z';
  const event: ConversionEvent = {
    network: account.network,
    sourceRecordKey: `${id}#${status}#${at}`,
    networkConversionId: id,
    advertiserId: null,
    orderRef: order ?? null,
    type: 'sale',
    clickRef: sub ?? null,
    subIds: {},
    networkStatus: status,
    status,
    amounts: {
      kind: 'totals',
      sale: { amountMinor: commission * 10, currency: 'EUR' },
      commission: { amountMinor: commission, currency: 'EUR' },
    },
    originalSale: null,
    convertedAt: '2026-11-01T10:00:00.000Z',
    clickedAt: null,
    effectiveAt: at,
    validatedAt: null,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: true,
    ...(raw.query.new ? { newCustomer: raw.query.new === '1' } : {}),
  };
  return { events: [event], issues: [] };
};

/** `quietnet` and any other network have none: their postbacks are parse errors. */
export const TOY_ADAPTERS = { toynet: toyAdapter, othernet: toyAdapter };

export type ToyAccount = { id: number; token: string; networkCode: string };

export async function addToyAccount(db: Db, networkCode = 'toynet', publisherId = 'p1'): Promise<ToyAccount> {
  const added = await addNetworkAccount(db, { networkCode, name: `Toy ${publisherId}`, publisherId });
  return { id: added.account.id, token: added.postbackToken, networkCode };
}

/** A postback through the real receiver; returns the inbox row id. */
export async function sendToyPostback(
  db: Db,
  account: ToyAccount,
  query: Record<string, string>,
  adapters: PostbackAdapters = TOY_ADAPTERS,
): Promise<number> {
  const answer = await receivePostback(
    db,
    {
      networkCode: account.networkCode,
      token: account.token,
      method: 'GET',
      path: `/api/postbacks/${account.networkCode}/${account.token}`,
      query,
      headers: { 'user-agent': 'ToyNet/1.0' },
      body: '',
      sourceIp: '198.51.100.7',
    },
    { adapters, log: () => {} },
  );
  if (answer.status !== 200) throw new Error(`postback refused: ${answer.status}`);
  return answer.inboxEventId;
}

let merchantCounter = 0;

/** A click of `userId` on a fresh merchant, inserted directly (the click-out path has its own tests). */
export async function insertClick(db: Db, userId: string): Promise<{ id: string; merchantId: number }> {
  merchantCounter += 1;
  const slug = `ingest-${merchantCounter}-${Date.now().toString(36)}`;
  const { merchant } = await insertMerchant(db, { slug, name: `Shop ${merchantCounter}` });
  const { program } = await insertProgram(db, merchant.id);
  const id = newClickId();
  await db.insert(clicks).values({
    id,
    userId,
    merchantId: merchant.id,
    networkProgramId: program.id,
    networkCode: program.networkCode,
    termsSnapshot: {} as never,
    trackingUrl: `https://network.example/track?clickref=${id}`,
  });
  return { id, merchantId: merchant.id };
}
