import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { type EnqueueEmailInput, enqueueEmail } from './enqueue-email';
import { renderTemplate } from './templates';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.pool.query('delete from email_outbox');
});

const verify = (
  overrides: Partial<EnqueueEmailInput<'verify-email'>> = {},
): EnqueueEmailInput<'verify-email'> => ({
  template: 'verify-email',
  locale: 'fr',
  to: 'zoe@example.com',
  params: { link: 'https://ristourne.example/verify?token=t1', name: 'Zoé' },
  delivery: 'smtp',
  ...overrides,
});

const count = async () => Number((await t.pool.query('select count(*) as n from email_outbox')).rows[0].n);

describe('enqueueEmail', () => {
  it('stores the rendered e-mail, exactly as the template renders it', async () => {
    const { id, created } = await enqueueEmail(t.db, verify({ to: '  zoe@example.com ' }));
    expect(created).toBe(true);
    const { rows } = await t.pool.query('select * from email_outbox where id = $1', [id]);
    const expected = renderTemplate('verify-email', 'fr', verify().params);
    expect(rows[0]).toMatchObject({
      template: 'verify-email',
      locale: 'fr',
      to_address: 'zoe@example.com',
      subject: expected.subject,
      text_body: expected.text,
      html_body: expected.html,
      status: 'pending',
      attempts: 0,
      dedupe_key: null,
      sent_at: null,
    });
  });

  it('exists iff the caller’s transaction commits', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueEmail(tx, verify());
        throw new Error('sign-up failed after the e-mail was queued');
      }),
    ).rejects.toThrow('sign-up failed');
    expect(await count()).toBe(0);

    await t.db.transaction((tx) => enqueueEmail(tx, verify()));
    expect(await count()).toBe(1);
  });

  it('is idempotent with a dedupe key and returns the first id', async () => {
    const first = await enqueueEmail(t.db, verify({ dedupeKey: 'verify:42:1' }));
    const again = await enqueueEmail(t.db, verify({ dedupeKey: 'verify:42:1', to: 'other@example.com' }));
    expect(again).toEqual({ id: first.id, created: false });
    const other = await enqueueEmail(t.db, verify({ dedupeKey: 'verify:42:2' }));
    expect(other.created).toBe(true);
    const noKey = await Promise.all([enqueueEmail(t.db, verify()), enqueueEmail(t.db, verify())]);
    expect(noKey.every((e) => e.created)).toBe(true);
    expect(await count()).toBe(4);
  });

  it('stays idempotent when two transactions race on one key', async () => {
    const racer = () =>
      t.db.transaction(async (tx) => {
        const result = await enqueueEmail(tx, verify({ dedupeKey: 'verify:race' }));
        await new Promise((resolve) => setTimeout(resolve, 50)); // hold the row uncommitted
        return result;
      });
    const [a, b] = await Promise.all([racer(), racer()]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await count()).toBe(1);
  });

  it('holds the e-mail for the mailbox when there is no SMTP', async () => {
    const { id } = await enqueueEmail(t.db, verify({ delivery: 'mailbox' }));
    const { rows } = await t.pool.query('select status from email_outbox where id = $1', [id]);
    expect(rows[0].status).toBe('held');
  });

  it.each([
    ['not an address', 'zoe', 'to'],
    ['a header injection', 'zoe@example.com\r\nBcc: all@example.com', 'to'],
    ['an empty dedupe key', 'zoe@example.com', 'dedupeKey'],
  ])('refuses %s with a 422 naming the field', async (_label, to, field) => {
    const input = verify({ to, ...(field === 'dedupeKey' ? { dedupeKey: '' } : {}) });
    const error = await enqueueEmail(t.db, input).catch((e: unknown) => e);
    expect(isAppError(error) && error.code === 'unprocessable' && error.fields?.[field]).toBeTruthy();
    expect(await count()).toBe(0);
  });

  it('refuses a link that is not http(s)', async () => {
    const input = verify({ params: { link: 'javascript:alert(1)', name: 'x' } });
    await expect(enqueueEmail(t.db, input)).rejects.toMatchObject({ code: 'unprocessable' });
  });
});
