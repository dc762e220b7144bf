import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO, PASSWORD, signIn } from './helpers/admin';
import { shopClickId, signedOutMember } from './helpers/click-out';

// A tracked purchase in a real browser (issue 5's hand-over): the member
// activates cashback, orders in the sandbox shop, and the sale the network
// posts back shows up in "Mon cashback" as pending; ops approve it in the
// sandbox console and the member sees the new status and its history. The
// worker sends the sandbox's postbacks every second (SANDBOX_POSTBACK_DELAY_S=0).

/** The purchase of `orderRef` on /account/cashback, reloaded until `ready` holds (at most 20 s). */
async function purchaseOnce(page: Page, orderRef: string, ready: (card: Locator) => Promise<void>) {
  const card = page.getByTestId('cashback-purchase').filter({ hasText: orderRef });
  await expect(async () => {
    await page.goto('/account/cashback');
    await ready(card);
  }).toPass({ timeout: 20_000, intervals: [500, 1000] });
  return card;
}

test('an order in the sandbox shop shows up as pending, then approved with its history, in “Mon cashback”', async ({
  page,
  browser,
}) => {
  test.slow(); // two sign-ins, two round trips through the worker
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  await page
    .getByRole('navigation', { name: 'Rubriques de mon compte' })
    .getByRole('link', { name: 'Mon cashback' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon cashback');

  await page.goto('/stores/maison-lavande');
  await page.getByRole('link', { name: 'Activer le cashback', exact: true }).click();
  await shopClickId(page);
  await page.getByLabel('Montant de la commande (€)').fill('84,50');
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(page.getByTestId('sandbox-order-confirmation').getByRole('heading')).toHaveText(
    'Commande confirmée',
  );
  const orderRef = ((await page.getByTestId('sandbox-order-ref').textContent()) ?? '').trim();
  expect(orderRef).toMatch(/^SBX-[0-9A-Z]{6}$/);

  const pending = await purchaseOnce(page, orderRef, async (card) => {
    await expect(card).toHaveCount(1, { timeout: 1000 });
  });
  await expect(pending.getByTestId('cashback-merchant')).toHaveText('Maison Lavande');
  await expect(pending.getByTestId('cashback-sale')).toHaveText(/^84,50\s€$/);
  await expect(pending.getByTestId('cashback-status')).toHaveText('En attente de validation');
  await expect(pending).toContainText('Votre cashback');
  await expect(pending).toContainText('affiché dès qu’il sera calculé');
  await expect(pending).toContainText('Maison Lavande valide en général ses achats sous 45');
  await expect(pending.getByTestId('cashback-history-entry')).toHaveText([/En attente de validation$/]);
  // The newest purchase comes first, and the legend says what each status means.
  await expect(page.getByTestId('cashback-purchase').first()).toContainText(orderRef);
  const legend = page.getByRole('region', { name: 'Ce que signifient les statuts' });
  await expect(legend).toContainText('En attente de validation');
  await expect(legend).toContainText('Validé par le marchand');
  await expect(legend).toContainText('Annulé');

  // Ops approve the sale in the network's console, in a browser of their own.
  const opsContext = await browser.newContext({ locale: 'fr-FR' });
  const ops = await opsContext.newPage();
  await signIn(ops, DEMO.ops.email, DEMO.ops.password, '/sandbox/console');
  const sale = ops.locator(`[data-testid="sandbox-sale"][data-order-ref="${orderRef}"]`);
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('En attente');
  await sale.getByRole('button', { name: 'Valider' }).click();
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('Validée');
  await opsContext.close();

  const approved = await purchaseOnce(page, orderRef, async (card) => {
    await expect(card.getByTestId('cashback-status')).toHaveText('Validé par le marchand', { timeout: 1000 });
  });
  await expect(approved.getByTestId('cashback-sale')).toHaveText(/^84,50\s€$/);
  await expect(
    approved.getByRole('list', { name: 'Historique de l’achat chez Maison Lavande' }),
  ).toBeVisible();
  await expect(approved.getByTestId('cashback-history-entry')).toHaveText([
    /En attente de validation$/,
    /Validé par le marchand$/,
  ]);
  // Approved: the "validates within" hint is for pending purchases only.
  await expect(approved).not.toContainText('valide en général ses achats');
});

test('a member without purchases is told when they show up, with the way to their clicks and the stores', async ({
  page,
}) => {
  test.slow(); // a sign-up and a sign-in under parallel load
  const email = await signedOutMember(page, 'Inès Marchal');
  await signIn(page, email, PASSWORD, '/account');
  await page.getByRole('link', { name: 'Mon cashback' }).first().click();
  await expect(page).toHaveURL(/\/account\/cashback$/);
  const empty = page.getByRole('region', { name: 'Aucun achat suivi pour le moment' });
  await expect(empty).toContainText('de quelques minutes à 48');
  await expect(empty.getByRole('link', { name: 'Voir mes clics' })).toHaveAttribute(
    'href',
    '/account/clicks',
  );
  await expect(empty.getByRole('link', { name: 'Parcourir les boutiques' })).toHaveAttribute(
    'href',
    '/stores',
  );
  await expect(page.getByTestId('cashback-purchase')).toHaveCount(0);
  // A stale page link is said to be one, not shown as someone's list.
  await page.goto('/account/cashback?after=00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cette page de la liste n’existe plus.' }),
  ).toBeVisible();
  // Fits a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/account/cashback');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, '/account/cashback scrolls sideways').toBeLessThanOrEqual(0);
});
