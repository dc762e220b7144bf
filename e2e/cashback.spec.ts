import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO, expectNotFound, PASSWORD, signIn } from './helpers/admin';
import { shopClickId, signedOutMember } from './helpers/click-out';

// The member's money in a real browser (issue 6): the demo member activates
// cashback, orders in the sandbox shop, and the sale the network posts back
// shows up in "Mon cashback" as tracked, with their cashback, how it is
// calculated and when the store should confirm it; ops approve it in the
// sandbox console; the member's available balance then rises by exactly the
// explained amount, and the statement lists the lines. The worker sends the
// sandbox's postbacks every second (SANDBOX_POSTBACK_DELAY_S=0).

// Crème Céleste pays 5 % on any basket under 200 € (10 % and 15 % above): an 84,50 € order earns
// cashback whoever the customer is. (Maison Lavande only has new- and existing-customer rates, and
// the ledger is not told which one an order is, so it prices nothing there.)
const STORE = { slug: 'creme-celeste', name: 'Crème Céleste', delayDays: 40 };

/** "6,76 €" → 676: the page shows every euro amount with its two decimals. */
function minorOf(text: string | null): number {
  const digits = (text ?? '').replace(/[^\d-]/g, '');
  expect(digits, `an amount in "${text}"`).toMatch(/^-?\d+$/);
  return Number(digits);
}

/** The purchase of `orderRef` on /account/cashback, reloaded until `ready` holds (at most 20 s). */
async function purchaseOnce(page: Page, orderRef: string, ready: (card: Locator) => Promise<void>) {
  const card = page.getByTestId('cashback-purchase').filter({ hasText: orderRef });
  await expect(async () => {
    await page.goto('/account/cashback');
    await ready(card);
  }).toPass({ timeout: 20_000, intervals: [500, 1000] });
  return card;
}

/** The available balance on the dashboard, read from what the member sees, checked against the page's data. */
async function availableMinor(page: Page): Promise<number> {
  await page.goto('/account');
  const amount = page.getByTestId('balance-available-amount').first();
  const shown = minorOf(await amount.textContent());
  expect(Number(await amount.getAttribute('data-amount-minor'))).toBe(shown);
  return shown;
}

async function approveInConsole(browser: Browser, orderRef: string) {
  const opsContext = await browser.newContext({ locale: 'fr-FR' });
  const ops = await opsContext.newPage();
  await signIn(ops, DEMO.ops.email, DEMO.ops.password, '/sandbox/console');
  const sale = ops.locator(`[data-testid="sandbox-sale"][data-order-ref="${orderRef}"]`);
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('En attente');
  await sale.getByRole('button', { name: 'Valider' }).click();
  await expect(sale.getByTestId('sandbox-sale-status')).toHaveText('Validée');
  await opsContext.close();
}

test('an order is tracked with its explanation and predicted date; once approved, the available balance rises by exactly that amount', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // two sign-ins, two round trips through the worker, a fresh member
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  const nav = page.getByRole('navigation', { name: 'Rubriques de mon compte' });
  await expect(nav.getByRole('link', { name: 'Relevé' })).toHaveAttribute('href', '/account/statement');
  const before = await availableMinor(page);

  await page.goto(`/stores/${STORE.slug}`);
  await page.getByRole('link', { name: 'Activer le cashback', exact: true }).click();
  await shopClickId(page, `sbx-${STORE.slug}`);
  await page.getByLabel('Montant de la commande (€)').fill('84,50');
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(page.getByTestId('sandbox-order-confirmation').getByRole('heading')).toHaveText(
    'Commande confirmée',
  );
  const orderRef = ((await page.getByTestId('sandbox-order-ref').textContent()) ?? '').trim();
  expect(orderRef).toMatch(/^SBX-[0-9A-Z]{6}$/);

  // Tracked: the cashback, the calculation that gives it, what the store pays us, and when it should confirm.
  const tracked = await purchaseOnce(page, orderRef, async (card) => {
    await expect(card).toHaveCount(1, { timeout: 1000 });
  });
  await expect(page.getByTestId('cashback-purchase').first()).toContainText(orderRef);
  await expect(tracked.getByTestId('cashback-merchant')).toHaveText(STORE.name);
  await expect(tracked.getByTestId('cashback-sale')).toHaveText(/^84,50\s€$/);
  // Tracked from the postback; the network's own report (a sync) may already have made it pending.
  await expect(tracked.getByTestId('cashback-status')).toHaveText(/^(Enregistré|En attente de validation)$/);
  const cashbackText = (await tracked.getByTestId('cashback-amount').textContent()) ?? '';
  const cashbackMinor = minorOf(cashbackText);
  expect(cashbackMinor).toBeGreaterThan(0);
  // The explanation starts from the purchase amount and ends on the member's amount.
  const explanation = tracked.getByTestId('cashback-explanation');
  await expect(explanation).toContainText(/de 84,50\s€/);
  expect(
    minorOf(/([\d\s\u202f\u00a0]+,\d\d)\s€[^€]*$/.exec((await explanation.textContent()) ?? '')?.[1] ?? ''),
  ).toBe(cashbackMinor);
  await expect(tracked.getByTestId('cashback-merchant-pays')).toHaveText(
    new RegExp(
      `^Le marchand nous verse [\\d,\\s\u202f\u00a0]+€, vous recevez ${cashbackText.replace(/\s/g, '\\s')}\\.$`,
    ),
  );
  await expect(tracked.getByTestId('cashback-predicted')).toContainText(
    new RegExp(
      `Accord du marchand\\s: attendu (le|entre le) .+\\(d’après (le délai annoncé par ${STORE.name} : ${STORE.delayDays}\\sjours|les délais de \\d+\\sachats validés chez ${STORE.name})\\)$`,
    ),
  );

  // The purchase's own page: the click with the terms it captured, then the ledger's steps.
  await tracked.getByTestId('cashback-details').click();
  await expect(page).toHaveURL(/\/account\/cashback\/[0-9a-f-]{36}$/);
  const purchasePath = new URL(page.url()).pathname;
  const purchaseId = purchasePath.split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Achat chez ${STORE.name}`);
  const timeline = page.getByRole('list', { name: `Historique de l’achat chez ${STORE.name}` });
  const entries = timeline.getByTestId('cashback-timeline-entry');
  await expect(entries.nth(0)).toHaveText(
    /Clic sur « Activer le cashback »[\s\S]*Conditions enregistrées au clic[\s\S]*%/,
  );
  await expect(entries.nth(1)).toHaveText(
    new RegExp(`Achat enregistréVotre cashback : ${cashbackText.replace(/\s/g, '\\s')}$`),
  );
  await expect(page.getByRole('region', { name: 'Le calcul de votre cashback' })).toContainText(
    /de 84,50\s€/,
  );
  await expect(page.getByTestId('cashback-predicted')).toContainText('attendu');

  // Nobody else sees it: to another member the page does not exist.
  const elsewhere = await browser.newContext({ locale: 'fr-FR' });
  const other = await elsewhere.newPage();
  const otherEmail = await signedOutMember(other, 'Inès Témoin');
  await signIn(other, otherEmail, PASSWORD, '/account');
  await expectNotFound(other, purchasePath);
  await elsewhere.close();

  await approveInConsole(browser, orderRef);

  const approved = await purchaseOnce(page, orderRef, async (card) => {
    await expect(card.getByTestId('cashback-status')).toHaveText('Disponible', { timeout: 1000 });
  });
  await expect(approved.getByTestId('cashback-amount')).toHaveText(cashbackText);
  // Confirmed: the predicted date was for a purchase awaiting the store.
  await expect(approved.getByTestId('cashback-predicted')).toHaveCount(0);
  expect(await availableMinor(page)).toBe(before + cashbackMinor);

  // The statement: the purchase's lines, newest first: into available and out of pending, after the tracking.
  await nav.getByRole('link', { name: 'Relevé' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relevé');
  const lines = page.locator(`[data-testid="statement-line"][data-purchase-id="${purchaseId}"]`);
  await expect(lines).toHaveCount(3);
  const signed = cashbackText.replace(/\s/g, '\\s');
  // One entry moves it out of pending and into available (two lines, in the ledger's order); before it, the tracking.
  await expect(lines.nth(2)).toHaveText(
    new RegExp(`Achat enregistré.*${STORE.name}.*${orderRef}.*En attente\\+${signed}$`),
  );
  const payable = lines.filter({ hasText: 'Cashback disponible' });
  await expect(payable).toHaveCount(2);
  await expect(payable.filter({ hasText: /Disponible\+/ })).toHaveText(new RegExp(`Disponible\\+${signed}$`));
  await expect(payable.filter({ hasText: /En attente-/ })).toHaveText(new RegExp(`En attente-${signed}$`));

  // The CSV: the same lines, for a spreadsheet.
  const csv = await page.request.get('/account/statement/csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['cache-control']).toBe('no-store');
  expect(csv.headers()['content-disposition']).toMatch(
    /^attachment; filename="ristourne-releve-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = body.toString('utf8').slice(1).split('\r\n');
  expect(rows[0]).toBe('Date;Opération;Boutique;Commande;Solde;Montant;Devise;Écriture');
  const cents = String(cashbackMinor).padStart(3, '0');
  const decimal = `${cents.slice(0, -2)},${cents.slice(-2)}`;
  const mine = rows.filter((row) => row.includes(`;${orderRef};`));
  expect(mine).toHaveLength(3);
  for (const expected of [
    `;Cashback disponible;${STORE.name};${orderRef};Disponible;${decimal};EUR;`,
    `;Cashback disponible;${STORE.name};${orderRef};En attente;-${decimal};EUR;`,
    `;Achat enregistré;${STORE.name};${orderRef};En attente;${decimal};EUR;`,
  ]) {
    expect(
      mine.some((row) => row.includes(expected)),
      expected,
    ).toBe(true);
  }
});

test('the dashboard shows the demo member’s balances and a chart of cashback by month, with its figures as a table', async ({
  page,
}) => {
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  await expect(page.getByRole('heading', { name: 'Mon cashback en un coup d’œil' })).toBeVisible();
  for (const [key, label] of [
    ['pending', 'En attente'],
    ['confirmed', 'Validé'],
    ['available', 'Disponible'],
    ['paid', 'Versé'],
  ]) {
    await expect(page.getByTestId(`balance-${key}`)).toContainText(label!);
    await expect(page.getByTestId(`balance-${key}-amount`)).toHaveText(/^[\d\s\u202f\u00a0]+,\d\d\s€$/);
  }
  const chart = page.getByRole('region', { name: 'Cashback par mois d’achat' });
  const bars = chart.getByTestId('earnings-chart').getByRole('link');
  await expect(bars).toHaveCount(12);
  // Each bar says its month and amounts in words.
  await expect(bars.last()).toHaveAccessibleName(/^\S+ \d{4} : [\d\s\u202f\u00a0]+,\d\d\s€ \(/);
  await chart.getByText('Voir les montants en tableau').click();
  await expect(chart.getByRole('table').getByRole('row')).toHaveCount(13);
  // The demo member's purchases were made in the last months: the month that earned most leads to them.
  const totals = await bars.evaluateAll((links) =>
    links.map((link) => Number(link.getAttribute('data-total-minor'))),
  );
  const best = totals.indexOf(Math.max(...totals));
  expect(totals[best]).toBeGreaterThan(0);
  const month = await bars.nth(best).getAttribute('data-month');
  await bars.nth(best).click();
  await expect(page).toHaveURL(new RegExp(`/account/cashback\\?period=${month}$`));
  await expect(page.getByLabel('Période', { exact: true })).toHaveValue(month!);
  await expect(page.getByTestId('cashback-purchase').first()).toBeVisible();
});

test('the purchase list filters by status and store, and says when nothing matches', async ({ page }) => {
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account/cashback');
  await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Annulé' });
  await expect(page).toHaveURL(/\/account\/cashback\?status=cancelled(&|$)/);
  const cards = page.getByTestId('cashback-purchase');
  await expect(cards.first()).toBeVisible();
  for (const status of await cards.getByTestId('cashback-status').allTextContents())
    expect(status).toBe('Annulé');
  await page.getByLabel('Boutique', { exact: true }).fill('zzz-aucune-boutique');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Aucun achat ne correspond à ces filtres.' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Effacer les filtres' }).first().click();
  await expect(page).toHaveURL(/\/account\/cashback$/);
  await expect(cards.first()).toBeVisible();
});

test('a member without purchases is told when they show up, with the way to their clicks and the stores', async ({
  page,
}) => {
  test.slow(); // a sign-up and a sign-in under parallel load
  const email = await signedOutMember(page, 'Inès Marchal');
  await signIn(page, email, PASSWORD, '/account');
  // Zeros, in euros, on a new member's dashboard.
  await expect(page.getByTestId('balance-available-amount')).toHaveText(/^0,00\s€$/);
  await expect(page.getByRole('region', { name: 'Cashback par mois d’achat' })).toContainText(
    'Aucun achat ces 12 derniers mois',
  );
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
  const legend = page.getByRole('region', { name: 'Ce que signifient les statuts' });
  for (const status of ['Enregistré', 'En attente de validation', 'Disponible', 'Versé', 'Annulé']) {
    await expect(legend).toContainText(status);
  }
  // A stale page link is said to be one, not shown as someone's list.
  await page.goto('/account/cashback?after=00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cette page de la liste n’existe plus.' }),
  ).toBeVisible();
  await page.goto('/account/statement');
  await expect(page.getByRole('region', { name: 'Aucun mouvement pour le moment' })).toBeVisible();
  // Fits a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/account', '/account/cashback', '/account/statement']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
