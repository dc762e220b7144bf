import { expect, type Page, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/admin';
import { linkFromMailbox } from './helpers/mailbox';

// The member's half of a withdrawal in a real browser (issue 7): the demo
// member adds a PayPal account, confirms it from the e-mail in /dev/mailbox,
// withdraws 10 € (their first withdrawal, so confirmed by e-mail too) and
// sees it requested with the money moved from available to "being
// withdrawn". A mistyped IBAN is refused on the form and nothing is saved.
// Rerunnable on the same database: a second run replaces the PayPal account
// (a new destination, so the withdrawal is on a security hold instead).

/** "1 234,56 €" → 123456: the figures of an amount shown with its two decimals. */
function cents(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''));
}

async function balances(page: Page) {
  return {
    available: cents(await page.getByTestId('balance-available').locator('dd').textContent()),
    withdrawing: cents(await page.getByTestId('balance-withdrawing').locator('dd').textContent()),
  };
}

test('the demo member adds PayPal, confirms it by e-mail, withdraws and sees the balance move', async ({
  page,
}) => {
  test.slow(); // two e-mailed links
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account/withdrawals');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes retraits');
  // Every minimum is on the page before the member types anything.
  await expect(page.getByTestId('minimums')).toContainText('PayPal : 10,00 € minimum');
  await expect(page.getByTestId('minimums')).toContainText('Don : 1,00 € minimum');

  // A typo in the IBAN: a message on the field, and no bank account saved.
  const sepa = page.getByTestId('add-sepa');
  await sepa.getByLabel('Titulaire du compte').fill('Camille Dupont');
  await sepa.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
  await sepa.getByRole('button', { name: 'Enregistrer ce compte bancaire' }).click();
  await expect(sepa.locator('#field-iban-error')).toHaveText(/faute de frappe/);
  await expect(sepa.getByLabel('IBAN')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('payout-method').filter({ hasText: 'Virement' })).toHaveCount(0);

  // PayPal, saved then confirmed from the mailbox.
  const paypal = page.getByTestId('add-paypal');
  await paypal.getByLabel('Adresse e-mail de votre compte PayPal').fill('camille.dupont@example.com');
  await paypal.getByRole('button', { name: 'Enregistrer ce compte PayPal' }).click();
  await expect(paypal.getByRole('status')).toContainText('Moyen de paiement enregistré');
  const method = page.getByTestId('payout-method').filter({ hasText: 'c•••@example.com' });
  await expect(method).toContainText('À confirmer');
  await page.goto(
    await linkFromMailbox(page, DEMO.member.email, '/account/withdrawals/verify-method?token='),
  );
  await page.getByRole('button', { name: 'Confirmer ce moyen de paiement' }).click();
  await expect(page).toHaveURL(/\/account\/withdrawals\?done=verified$/);
  await expect(page.getByRole('status').first()).toHaveText(/Moyen de paiement confirmé/);
  await expect(method).toContainText('Confirmé');

  // The withdrawal: 10 € by PayPal.
  const before = await balances(page);
  expect(before.available).toBeGreaterThanOrEqual(1_000);
  const request = page.locator('#request');
  await request.getByLabel('Moyen de paiement').selectOption({ label: 'PayPal · c•••@example.com' });
  await request.getByLabel('Montant (€)').fill('10');
  await request.getByRole('button', { name: 'Demander le retrait' }).click();
  await expect(request.getByRole('status')).toContainText('Retrait demandé : 10,00 €');
  await expect(async () => {
    expect(await balances(page)).toEqual({
      available: before.available - 1_000,
      withdrawing: before.withdrawing + 1_000,
    });
  }).toPass({ timeout: 10_000 });
  const newest = page.getByTestId('withdrawal').first();
  await expect(newest).toContainText('10,00 €');
  await expect(newest).toContainText('PayPal c•••@example.com');
  await expect(newest.getByTestId('withdrawal-status')).toHaveText('En attente');
  // The hold is explained: a first withdrawal, or a destination added less than 72 hours ago.
  await expect(newest).toContainText(/premier retrait|moins de 72 heures/);

  // Confirmed from the mailbox: it joins the ops queue as requested; the money stays moved.
  await page.goto(await linkFromMailbox(page, DEMO.member.email, '/account/withdrawals/confirm?token='));
  await page.getByRole('button', { name: 'Confirmer mon retrait' }).click();
  await expect(page).toHaveURL(/\/account\/withdrawals\?done=confirmed$/);
  await expect(page.getByTestId('withdrawal').first().getByTestId('withdrawal-status')).toHaveText('Demandé');
  expect(await balances(page)).toEqual({
    available: before.available - 1_000,
    withdrawing: before.withdrawing + 1_000,
  });
  await expect(
    page.getByTestId('withdrawal').first().getByRole('button', { name: 'Annuler ce retrait' }),
  ).toBeVisible();
});
