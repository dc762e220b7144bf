import { expect, type Page, test } from '@playwright/test';
import { DEMO, expectNotFound, signIn } from './helpers/admin';

// The intake screens in a real browser, as the demo ops user. A sale placed in
// the sandbox shop with no click reaches our postback URL through the worker
// (as a network's would) and lands in the inbox. Then either the sandbox
// network has its adapter (the sale is an orphan conversion: ops assign it to
// the demo member, and the audit log says so) or it has none yet (the request
// is a parse error: ops replay it, it stays one, and the audit log says so).

/** A sandbox order without a click ref; returns its order reference (SBX-XXXXXX). */
async function orderWithoutClick(page: Page, amount = '42,00'): Promise<string> {
  await page.goto('/sandbox/shop/sbx-maison-lavande');
  await expect(page.getByTestId('sandbox-click-ref')).toHaveText('aucun');
  await page.getByLabel('Montant de la commande (€)').fill(amount);
  await page.getByLabel('Nouveau client').check();
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  const orderRef = (await page.getByTestId('sandbox-order-ref').textContent()) ?? '';
  expect(orderRef).toMatch(/^SBX-[0-9A-Z]{6}$/);
  return orderRef;
}

/** The one inbox row holding this order reference, once the worker has posted it. */
async function inboxRowFor(page: Page, orderRef: string) {
  const rows = page.getByTestId('inbox-row');
  await expect(async () => {
    await page.goto(`/admin/ingestion?q=${encodeURIComponent(orderRef)}`);
    await expect(rows).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return rows.first();
}

test('ops find a sandbox sale with no click in the inbox and resolve it', async ({ page }) => {
  test.setTimeout(90_000);
  const orderRef = await orderWithoutClick(page);
  await signIn(page, DEMO.ops.email, DEMO.ops.password, '/admin/ingestion');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Remontées des réseaux');
  await expect(
    page
      .getByRole('navigation', { name: 'Back-office' })
      .getByRole('link', { name: 'Remontées des réseaux' }),
  ).toHaveAttribute('aria-current', 'page');

  const row = await inboxRowFor(page, orderRef);
  await expect(row).toContainText('sandbox');
  await expect(row).toContainText('Postback');
  await expect(row).toContainText('GET');
  const status = await row.getAttribute('data-status');
  const id = ((await row.getByRole('link').first().textContent()) ?? '').replace('#', '');

  // The request as received, shown as text.
  await row.getByRole('link', { name: `Détails de la réception n° ${id}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Réception n° ${id}`);
  await expect(page.getByTestId('raw-query')).toContainText(`orderRef=${orderRef}`);
  await expect(page.getByTestId('raw-headers')).toContainText('user-agent=Ristourne-Sandbox-Network/1.0');
  await expect(page.getByTestId('raw-body')).toHaveText('(vide)');

  if (status === 'parse_error') {
    // No sandbox adapter registered yet: the request is kept with its error, and a replay says it still is.
    await expect(page.getByTestId('inbox-error')).toHaveText('no adapter for network "sandbox"');
    await expect(page.getByText('Aucun événement n’a été enregistré depuis cette réception.')).toBeVisible();
    await page.getByRole('button', { name: 'Rejouer' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      'Rejouée : toujours illisible (no adapter for network "sandbox").',
    );
    await expect(page.getByRole('region', { name: 'Résumé' })).toContainText('rejouée 1 fois');

    await page.goto('/admin/audit?action=ingestion.replayed');
    const entry = page
      .getByRole('list', { name: /Entrées du journal/ })
      .getByRole('listitem')
      .filter({ hasText: `inboxEventId: ${id}` });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Réception rejouée');
    await expect(entry).toContainText(`Par ${DEMO.ops.name} (${DEMO.ops.email})`);
    await expect(entry).toContainText('to: parse_error');
    return;
  }

  // The sandbox adapter read it: no click, so an orphan conversion for ops to assign.
  expect(status).toBe('processed');
  await expect(page.getByRole('list', { name: 'Événements enregistrés' })).toContainText('Appliqué');
  await expect(page.getByRole('button', { name: 'Rejouer' })).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Back-office' })
    .getByRole('link', { name: 'Remontées des réseaux' })
    .click();
  await page
    .getByRole('navigation', { name: 'Sections des remontées' })
    .getByRole('link', { name: 'Sans clic' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conversions sans clic');
  await page.getByRole('main').getByLabel('Rechercher', { exact: true }).fill(orderRef);
  await page.getByRole('main').getByRole('button', { name: 'Filtrer' }).click();
  const sale = page.locator(`[data-testid="unmatched-row"][data-order-ref="${orderRef}"]`);
  await expect(sale).toContainText('Orpheline (aucun clic transmis)');
  await expect(sale).toContainText('Aucun clic reçu');
  await expect(sale).toContainText('Vente : 42,00 €');

  // A wrong address is told on the field, nothing changes.
  await sale.getByLabel('Adresse e-mail du membre').fill('personne@demo.ristourne.fr');
  await sale.getByRole('button', { name: 'Attribuer' }).click();
  await expect(sale.getByText('Aucun compte actif n’a cette adresse.')).toBeVisible();

  await sale.getByLabel('Adresse e-mail du membre').fill(DEMO.member.email);
  await sale.getByRole('button', { name: 'Attribuer' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    `Conversion ${orderRef} attribuée à ${DEMO.member.email}.`,
  );
  await expect(sale).toHaveCount(0);

  await page.goto(`/admin/audit?action=conversion.assigned&target=${encodeURIComponent(DEMO.member.email)}`);
  const entry = page
    .getByRole('list', { name: /Entrées du journal/ })
    .getByRole('listitem')
    .first();
  await expect(entry).toContainText('Conversion attribuée à un membre');
  await expect(entry).toContainText(`Par ${DEMO.ops.name} (${DEMO.ops.email})`);
  await expect(entry).toContainText(`Pour ${DEMO.member.name} (${DEMO.member.email})`);
  await expect(entry).toContainText('fromMatchStatus: orphan');
});

test('ops open every intake screen; pull sync is plainly not configured', async ({ page }) => {
  await signIn(page, DEMO.ops.email, DEMO.ops.password, '/admin/ingestion');
  const tabs = page.getByRole('navigation', { name: 'Sections des remontées' });
  await expect(tabs.getByRole('link')).toHaveText([
    'Réceptions',
    'Transitions refusées',
    'Sans clic',
    'État des comptes',
    'Import de rapports',
  ]);

  await tabs.getByRole('link', { name: 'Transitions refusées' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transitions refusées');
  await expect(page).toHaveTitle('Transitions refusées · Back-office · Ristourne');

  await tabs.getByRole('link', { name: 'État des comptes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('État des comptes réseau');
  const sandbox = page.getByTestId('health-account').filter({ hasText: 'sandbox' });
  await expect(sandbox.first()).toBeVisible();
  await expect(sandbox.first().getByTestId('pull-sync')).toHaveText('Pas encore configurée');

  // Filters live in the URL; junk in it is ignored, not an error.
  const response = await page.goto('/admin/ingestion?status=nope&from=2026-02-30&after=x%27');
  expect(response?.status()).toBe(200);
  await page.getByLabel('État').selectOption({ label: 'Illisible' });
  await expect(page).toHaveURL(/status=parse_error/);
  await expect(page.getByLabel('État')).toHaveValue('parse_error');
});

test('in English', async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password, '/admin/ingestion');
  await page.getByRole('banner').getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conversion intake');
  const tabs = page.getByRole('navigation', { name: 'Intake sections' });
  await tabs.getByRole('link', { name: 'Unmatched' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unmatched conversions');
  await tabs.getByRole('link', { name: 'Account health' }).click();
  await expect(page.getByTestId('pull-sync').first()).toHaveText('Not configured yet');
});

test('an unknown or malformed request id is a 404, not an error', async ({ page }) => {
  await signIn(page, DEMO.ops.email, DEMO.ops.password, '/admin/ingestion');
  await expectNotFound(page, '/admin/ingestion/inbox/999999999');
  await expectNotFound(page, '/admin/ingestion/inbox/pas-un-identifiant');
});

test('a member gets the 404 page on every intake screen', async ({ page }) => {
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  for (const path of [
    '/admin/ingestion',
    '/admin/ingestion/rejected',
    '/admin/ingestion/unmatched',
    '/admin/ingestion/health',
    '/admin/ingestion/inbox/1',
  ])
    await expectNotFound(page, path);
});
