import { expect, type Page, test } from '@playwright/test';
import { DEMO, expectNotFound, signIn } from './helpers/admin';

// The sandbox network in a real browser (DESIGN.md §3.9): a click with our
// click id goes through the network's tracking hop to the fake shop, which
// shows that id and takes an order; ops then approve it in the network's
// console. Members never see the console.

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** A fresh 26-character click id, the shape lib/tracking/click-id.ts makes. */
function clickId(): string {
  let id = '01k';
  for (let i = 0; i < 23; i++) id += BASE32[Math.floor(Math.random() * BASE32.length)];
  return id;
}

// A product page on Maison Lavande's second shop domain (db/seed/anchor-specs.ts).
const PRODUCT = 'https://shop.maison-lavande.example/robes/robe-iris?taille=38';

async function openShop(page: Page, ref: string, ued = PRODUCT) {
  const query = `clickref=${ref}&ued=${encodeURIComponent(ued)}`;
  await page.goto(`/sandbox/track/sbx-maison-lavande?${query}`);
  await expect(page).toHaveURL(/\/sandbox\/shop\/sbx-maison-lavande\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Boutique de démonstration · Maison Lavande',
  );
  await expect(page.getByTestId('sandbox-banner')).toContainText('Sandbox');
}

test('a sandbox click reaches the fake shop, an order is confirmed, ops approve it in the console', async ({
  page,
}) => {
  const ref = clickId();
  await openShop(page, ref);
  await expect(page.getByTestId('sandbox-click-ref')).toHaveText(ref);
  await expect(page.getByTestId('sandbox-product')).toHaveText(PRODUCT);

  // A bad amount is a message on the field, not an error page.
  const amount = page.getByLabel('Montant de la commande (€)');
  await amount.fill('84,5x');
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'La commande n’a pas pu être enregistrée : vérifiez le formulaire.',
  );
  await expect(page.getByText('Saisissez un montant en euros, par exemple 84,50.')).toBeVisible();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveValue('84,5x');

  await amount.fill('84,50');
  await page.getByLabel('Nouveau client').check();
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  const confirmation = page.getByTestId('sandbox-order-confirmation');
  await expect(confirmation.getByRole('heading')).toHaveText('Commande confirmée');
  const orderRef = (await page.getByTestId('sandbox-order-ref').textContent()) ?? '';
  expect(orderRef).toMatch(/^SBX-[0-9A-Z]{6}$/);
  await expect(confirmation).toContainText('84,50 €');
  // At least the 10 % the rule pays on Maison Lavande's 8 % (boosts may add to it).
  const commission = (await page.getByTestId('sandbox-order-commission').textContent()) ?? '';
  expect(Number(commission.replace(/[^\d,]/g, '').replace(',', '.'))).toBeGreaterThanOrEqual(8.45);
  // With SANDBOX_POSTBACK_DELAY_S=0 (Playwright) it reports at once; with a delay, it says when.
  await expect(confirmation).toContainText(/signal(e|era) cette vente à Ristourne/);

  await signIn(page, DEMO.ops.email, DEMO.ops.password, '/sandbox/console');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Console du réseau');
  const sale = page.locator(`[data-testid="sandbox-sale"][data-order-ref="${orderRef}"]`);
  await expect(sale.getByTestId('sandbox-sale-click-ref')).toHaveText(ref);
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('En attente');
  await expect(sale.getByTestId('sandbox-postback')).toHaveCount(1);
  await expect(sale.getByTestId('sandbox-postback').first()).toContainText('Création');

  await sale.getByRole('button', { name: 'Valider' }).click();
  await expect(sale.getByRole('status')).toHaveText('Vente validée.');
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('Validée');
  await expect(sale.getByTestId('sandbox-postback')).toHaveCount(2);
  await expect(sale.getByTestId('sandbox-postback').last()).toContainText('Validation');
  await expect(sale.getByRole('button', { name: 'Refuser' })).toHaveCount(0);

  // A refused move shows why.
  await sale.getByLabel('Nouveau montant (€)').fill('84,50');
  await sale.getByRole('button', { name: 'Modifier' }).click();
  await expect(sale.getByRole('alert')).toHaveText('Le nouveau montant est identique au montant actuel.');
  await sale.getByLabel('Nouveau montant (€)').fill('59,50');
  await sale.getByRole('button', { name: 'Modifier' }).click();
  await expect(sale.getByRole('status')).toHaveText('Montant modifié.');
  await expect(sale).toContainText('Avant modification : 84,50 €');
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('Validée');
});

test('the tracking hop keeps the click but never sends anyone off the merchant’s shop', async ({ page }) => {
  const ref = clickId();
  await openShop(page, ref, 'https://evil.example/maison-lavande.example');
  await expect(page.getByTestId('sandbox-click-ref')).toHaveText(ref);
  await expect(page.getByTestId('sandbox-product')).toHaveText('Aucune : page d’accueil de la boutique');

  // Typed straight into the shop's URL, a foreign page is not shown either.
  await page.goto(`/sandbox/shop/sbx-maison-lavande?ued=${encodeURIComponent('https://evil.example/')}`);
  await expect(page.getByTestId('sandbox-click-ref')).toHaveText('aucun');
  await expect(page.getByTestId('sandbox-product')).toHaveText('Aucune : page d’accueil de la boutique');

  // An advertiser the network does not know: a 404 right there, no hop anywhere.
  const unknown = await page.goto(
    `/sandbox/track/sbx-inconnu?clickref=${ref}&ued=${encodeURIComponent(PRODUCT)}`,
  );
  expect(unknown?.status()).toBe(404);
  expect(new URL(page.url()).pathname).toBe('/sandbox/track/sbx-inconnu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annonceur inconnu');
  const typed = await page.goto('/sandbox/shop/sbx-inconnu?clickref=x');
  expect(typed?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annonceur inconnu');
});

test('a member gets a plain 404 on the sandbox console', async ({ page }) => {
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  await expectNotFound(page, '/sandbox/console');
});
