import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, conversionEvents, conversions, inboxEvents } from '@/db/schema';
import { addNetworkAccount } from '@/lib/networks/network-accounts';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { applyReport, IMPORT_MAX_BYTES, previewReport } from './import-report';

// Report import on a real database with the real Effiliation fixtures: the
// preview writes nothing, applying creates the conversions, the same file
// again is all duplicates, bad rows are reported while the good ones apply,
// and a format that is not the account's network is refused.

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '../networks/effiliation/fixtures', name), 'utf8');
const csv = fixture('transactions-fr.csv');
const malformed = fixture('transactions-malformed.csv');

let t: TestDb;
let effiliation: number;
let awin: number;
let ops: { id: string; role: 'ops' };

beforeAll(async () => {
  t = await createTestDb();
  effiliation = (
    await addNetworkAccount(t.db, { networkCode: 'effiliation', name: 'Effiliation', publisherId: '627104' })
  ).account.id;
  awin = (await addNetworkAccount(t.db, { networkCode: 'awin', name: 'Awin', publisherId: '1234567' }))
    .account.id;
  ops = { id: (await makeUser(t.db, { role: 'ops' })).id, role: 'ops' };
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate audit_log, conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const count = async (table: typeof conversions | typeof conversionEvents | typeof inboxEvents) =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

const request = (content: string, format = 'effiliation-csv', networkAccountId = effiliation) => ({
  networkAccountId,
  format,
  content,
});

describe('previewReport', () => {
  it('reads the file and says every event is new, writing nothing', async () => {
    const preview = await previewReport(t.db, request(csv));
    expect(preview.total).toBe(4);
    expect(preview.counts).toEqual({ new: 4, update: 0, duplicate: 0 });
    expect(preview.issues).toEqual([]);
    expect(preview.events[0]).toMatchObject({
      networkConversionId: '55501234',
      status: 'pending',
      commission: { amountMinor: 423, currency: 'EUR' },
      action: 'new',
    });
    expect(await count(inboxEvents)).toBe(0);
    expect(await count(conversionEvents)).toBe(0);
    expect(await count(conversions)).toBe(0);
  });

  it('after an apply, the same file previews as all duplicates', async () => {
    await applyReport(t.db, { ...request(csv), actor: ops });
    const preview = await previewReport(t.db, request(csv));
    expect(preview.counts).toEqual({ new: 0, update: 0, duplicate: 4 });
  });

  it('a changed row of a known conversion previews as an update', async () => {
    await applyReport(t.db, { ...request(csv), actor: ops });
    const validated = csv.replace('|4,23|Attente|14/03/2025 18:22:07|', '|4,23|Valide|14/03/2025 18:22:07|');
    expect(validated).not.toBe(csv);
    const preview = await previewReport(t.db, request(validated));
    expect(preview.counts).toEqual({ new: 0, update: 1, duplicate: 3 });
    expect(preview.events.find((e) => e.action === 'update')?.networkConversionId).toBe('55501234');
  });

  it('lists the bad rows with their place, and previews the good ones', async () => {
    const preview = await previewReport(t.db, request(malformed));
    expect(preview.issues.length).toBeGreaterThan(0);
    for (const issue of preview.issues) expect(issue.at).toMatch(/line \d+|document/);
    expect(preview.total).toBeGreaterThan(0);
    expect(preview.counts.new).toBe(preview.total);
  });

  it('refuses a format of another network, an unknown account, an empty or too big file', async () => {
    await expect(previewReport(t.db, request(csv, 'effiliation-csv', awin))).rejects.toMatchObject({
      code: 'unprocessable',
      message: 'admin.ingestion.errors.import.formatMismatch',
    });
    await expect(previewReport(t.db, request(csv, 'awin-transactions-json'))).rejects.toMatchObject({
      message: 'admin.ingestion.errors.import.formatMismatch',
    });
    await expect(previewReport(t.db, request(csv, 'effiliation-csv', 999_999))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(previewReport(t.db, request('  \n'))).rejects.toMatchObject({
      message: 'admin.ingestion.errors.import.empty',
    });
    await expect(previewReport(t.db, request('x'.repeat(IMPORT_MAX_BYTES + 1)))).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    await expect(previewReport(t.db, request('a\u0000b'))).rejects.toMatchObject({
      message: 'admin.ingestion.errors.import.unreadable',
    });
  });
});

describe('applyReport', () => {
  it('keeps the file as one csv inbox row, creates the conversions, audits the import', async () => {
    const result = await applyReport(t.db, {
      ...request(csv),
      actor: ops,
      ip: '203.0.113.7',
      fileName: 'transactions-fr.csv',
    });
    expect(result.total).toBe(4);
    expect(result.outcomes.applied).toBe(4);
    expect(result.conversionsCreated).toBe(4);
    expect(await count(conversions)).toBe(4);

    const [inbox] = await t.db.select().from(inboxEvents).where(eq(inboxEvents.id, result.inboxEventId));
    expect(inbox).toMatchObject({
      channel: 'csv',
      networkCode: 'effiliation',
      networkAccountId: effiliation,
      status: 'processed',
      eventCount: 4,
      error: null,
      body: csv,
      query: { format: 'effiliation-csv', file: 'transactions-fr.csv' },
    });
    expect(inbox!.payloadHash).toMatch(/^[0-9a-f]{64}$/);

    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ingestion.imported'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: ops.id,
      details: { inboxEventId: result.inboxEventId, format: 'effiliation-csv', events: 4, applied: 4 },
    });
  });

  it('importing the same file again is all duplicates and changes nothing', async () => {
    await applyReport(t.db, { ...request(csv), actor: ops });
    const snapshot = async () => ({
      conversions: await t.db.select().from(conversions).orderBy(conversions.networkConversionId),
      events: await count(conversionEvents),
    });
    const before = await snapshot();

    const again = await applyReport(t.db, { ...request(csv), actor: ops });
    expect(again.outcomes).toEqual({
      applied: 0,
      duplicate: 4,
      stale: 0,
      rejected_transition: 0,
      not_commissionable: 0,
    });
    expect(again.conversionsCreated).toBe(0);
    expect(await snapshot()).toEqual(before);
    // The second upload is still kept, as its own inbox row.
    expect(await count(inboxEvents)).toBe(2);
  });

  it('applies the good rows of a file with bad ones and reports the bad', async () => {
    const preview = await previewReport(t.db, request(malformed));
    const result = await applyReport(t.db, { ...request(malformed), actor: ops });
    expect(result.total).toBe(preview.total);
    expect(result.issues).toEqual(preview.issues);
    expect(result.outcomes.applied).toBe(preview.total);
    expect(await count(conversions)).toBe(preview.counts.new);
    const [inbox] = await t.db.select().from(inboxEvents).where(eq(inboxEvents.id, result.inboxEventId));
    expect(inbox!.status).toBe('processed');
    expect(inbox!.eventCount).toBe(preview.total);
    expect(inbox!.error).toContain(preview.issues[0]!.problem);
  });

  it('refuses a wrong account/format pair, a file with no event, and members; writes nothing', async () => {
    await expect(
      applyReport(t.db, { ...request(csv, 'effiliation-csv', awin), actor: ops }),
    ).rejects.toMatchObject({ message: 'admin.ingestion.errors.import.formatMismatch' });
    await expect(
      applyReport(t.db, { ...request('id_transaction|etat\n'), actor: ops }),
    ).rejects.toMatchObject({ message: 'admin.ingestion.errors.import.nothingToApply' });
    const member = { id: (await makeUser(t.db)).id, role: 'member' as const };
    await expect(applyReport(t.db, { ...request(csv), actor: member })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await count(inboxEvents)).toBe(0);
    expect(await count(conversions)).toBe(0);
  });
});
