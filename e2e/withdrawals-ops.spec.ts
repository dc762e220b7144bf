import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/admin';
import { linkFromMailbox } from './helpers/mailbox';

// The ops half of a withdrawal in a real browser (issue 7), after the member's
// half (its own Playwright project, playwright.config.ts): the demo member
// requests about 10 € by PayPal (method and withdrawal confirmed from
// /dev/mailbox, as in withdrawals-member.spec.ts); ops approve it in
// /admin/withdrawals, batch it alone in /admin/payouts, download the PayPal
// bulk CSV (the fallback that needs no network) and mark the batch paid; the
// member sees it paid and their balance lower by exactly that amount.

// An amount of its own (10,10 € to 10,99 €), so a rerun on the same database finds this run's withdrawal.
const CENTS = 10 + (Date.now() % 90);
const AMOUNT = `10,${CENTS}`;
const AMOUNT_MINOR = 1_000 + CENTS;

function cents(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''));
}

async function balances(page: Page) {
  return {
    available: cents(await page.getByTestId('balance-available').locator('dd').textContent()),
    withdrawing: cents(await page.getByTestId('balance-withdrawing').locator('dd').textContent()),
  };
}

test('ops approve, batch and pay a PayPal withdrawal; the member sees it paid', async ({ browser }) => {
  test.slow(); // two e-mailed links, two sessions
  const paypalEmail = `ops-journey-${Date.now()}@example.com`;
  const member = await (await browser.newContext()).newPage();
  await signIn(member, DEMO.member.email, DEMO.member.password, '/account/withdrawals');

  const paypal = member.getByTestId('add-paypal');
  await paypal.getByLabel('Adresse e-mail de votre compte PayPal').fill(paypalEmail);
  await paypal.getByRole('button', { name: 'Enregistrer ce compte PayPal' }).click();
  await expect(paypal.getByRole('status')).toContainText('Moyen de paiement enregistré');
  await member.goto(
    await linkFromMailbox(member, DEMO.member.email, '/account/withdrawals/verify-method?token='),
  );
  await member.getByRole('button', { name: 'Confirmer ce moyen de paiement' }).click();
  await expect(member).toHaveURL(/\/account\/withdrawals\?done=verified$/);

  const before = await balances(member);
  expect(before.available).toBeGreaterThanOrEqual(AMOUNT_MINOR);
  const request = member.locator('#request');
  await request.getByLabel('Moyen de paiement').selectOption({ label: 'PayPal · o•••@example.com' });
  await request.getByLabel('Montant (€)').fill(AMOUNT);
  await request.getByRole('button', { name: 'Demander le retrait' }).click();
  await expect(request.getByRole('status')).toContainText(`Retrait demandé : ${AMOUNT} €`);
  await member.goto(await linkFromMailbox(member, DEMO.member.email, '/account/withdrawals/confirm?token='));
  await member.getByRole('button', { name: 'Confirmer mon retrait' }).click();
  await expect(member).toHaveURL(/\/account\/withdrawals\?done=confirmed$/);

  // Ops: the request in the queue, found by its amount, approved.
  const ops = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const filter = `/admin/withdrawals?method=paypal&min=10.${CENTS}&max=10.${CENTS}`;
  await signIn(ops, DEMO.ops.email, DEMO.ops.password, filter);
  const row = ops.getByTestId('withdrawal-row').filter({ hasText: DEMO.member.email }).first();
  await expect(row).toContainText(`${AMOUNT} €`);
  await row.getByRole('button', { name: 'Approuver' }).click();
  // Approved, it leaves the queue of requests to decide on and is listed as approved.
  await expect(ops.getByTestId('withdrawal-row').filter({ hasText: `${AMOUNT} €` })).toHaveCount(0);
  await ops.goto(`${filter}&status=approved`);
  await expect(ops.getByTestId('withdrawal-row').filter({ hasText: `${AMOUNT} €` })).toHaveCount(1);

  // A batch of this withdrawal alone.
  await ops.goto('/admin/payouts?method=paypal');
  const candidates = ops.getByTestId('batch-candidate');
  await expect(candidates.filter({ hasText: 'o•••@example.com' }).first()).toBeVisible();
  for (const candidate of await candidates.all()) {
    // Amounts are written with a narrow no-break space before the €.
    const mine = ((await candidate.textContent()) ?? '').replace(/\s/g, ' ').includes(`${AMOUNT} €`);
    await candidate.getByRole('checkbox').setChecked(mine);
  }
  await ops.getByRole('button', { name: 'Créer le lot' }).click();
  await expect(ops).toHaveURL(/\/admin\/payouts\/\d+$/);
  await expect(ops.getByTestId('payout-item-row')).toHaveCount(1);

  // The PayPal bulk CSV: this payment, in PayPal's columns.
  const downloading = ops.waitForEvent('download');
  await ops.getByRole('link', { name: 'Télécharger le fichier PayPal (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^paypal-[0-9A-Z]{26}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toMatch(new RegExp(`^${paypalEmail.replace(/[.]/g, '\\.')},10\\.${CENTS},EUR,U[0-9a-v]{26},`));

  await ops.getByRole('button', { name: 'Marquer tout le lot payé' }).click();
  // Settled, the page no longer offers it: the item reads paid, the batch settled.
  await expect(ops.getByTestId('payout-item-row')).toContainText('Payé');
  await expect(ops.getByRole('heading', { level: 1 })).toContainText('Lot n°');
  await expect(ops.getByText(/^Réglé · 1 · /)).toBeVisible();

  // The member: paid, and the balance lower by exactly the amount.
  await member.goto('/account/withdrawals');
  const paid = member
    .getByTestId('withdrawal')
    .filter({ hasText: `${AMOUNT} €` })
    .first();
  await expect(paid.getByTestId('withdrawal-status')).toHaveText('Versé');
  expect(await balances(member)).toEqual({
    available: before.available - AMOUNT_MINOR,
    withdrawing: before.withdrawing,
  });
});
