import { expect, type Page, test } from '@playwright/test';
import { PASSWORD } from './helpers/account-space';
import { DEMO, signIn } from './helpers/admin';
import { CLICK_ID, myClicks, shopClickId, signedOutMember, submitSignIn } from './helpers/click-out';

// Tracked click-outs in a real browser (issue 4): a member activates cashback
// on a store page, lands on the sandbox shop with the click id that "My
// clicks" lists first, and orders; an anonymous visitor meets the
// interstitial, signs in and comes back to the same click-out; foreign deep
// links and merchants that are not live never send anyone off the site.

// A product page on Maison Lavande's second shop domain (db/seed/anchor-specs.ts).
const PRODUCT = 'https://shop.maison-lavande.example/robes/robe-iris?taille=38';

/** Every request the page makes to a host other than this app (there must be none). */
function offSiteRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== 'localhost') seen.push(request.url());
  });
  return seen;
}

test('a member activates cashback, gets the same click id on the shop and in “My clicks”, then orders', async ({
  page,
}) => {
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  await page.goto('/stores/maison-lavande');
  await page.getByRole('link', { name: 'Activer le cashback', exact: true }).click();
  const clickId = await shopClickId(page);
  const shop = page.url();

  const rows = await myClicks(page);
  // The seeded history is there too, older.
  expect(await rows.count()).toBeGreaterThan(1);
  const first = rows.first();
  await expect(first.getByTestId('click-id')).toHaveText(clickId);
  await expect(first.getByTestId('click-merchant')).toHaveText('Maison Lavande');
  // The terms captured, in words: Maison Lavande pays 8 % to new customers, 5 % to others.
  await expect(first).toContainText(/8\s%.*nouveaux clients uniquement/);
  await expect(first).toContainText(/5\s%.*clients existants uniquement/);
  await expect(page.getByText('Cette liste fait foi')).toBeVisible();

  // The detail page: the same click, with what the snapshot holds (rates, validation delay).
  await first.getByRole('link', { name: /Détail du clic chez Maison Lavande/ }).click();
  await expect(page).toHaveURL(`/account/clicks/${clickId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clic chez Maison Lavande');
  await expect(page.getByTestId('click-id')).toHaveText(clickId);
  const terms = page.getByRole('region', { name: 'Conditions en vigueur au moment du clic' });
  await expect(terms.getByTestId('captured-rate')).toHaveCount(2);
  await expect(page.getByText('Délai de validation annoncé : 45 jours')).toBeVisible();

  // Back in the shop, the order goes through.
  await page.goto(shop);
  await expect(page.getByTestId('sandbox-click-ref')).toHaveText(clickId);
  await page.getByLabel('Montant de la commande (€)').fill('84,50');
  await page.getByLabel('Nouveau client').check();
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  const confirmation = page.getByTestId('sandbox-order-confirmation');
  await expect(confirmation.getByRole('heading')).toHaveText('Commande confirmée');
  await expect(confirmation).toContainText('84,50 €');
});

test('an anonymous visitor meets the interstitial, signs in through it and comes back to the same click-out', async ({
  page,
}) => {
  test.slow(); // a sign-up and a sign-in under parallel load
  const email = await signedOutMember(page);

  await page.goto('/out/maison-lavande');
  await expect(page).toHaveURL(/\/out\/maison-lavande\/welcome$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Activez votre cashback chez Maison Lavande',
  );
  // Without cashback: a plain link to the shop's own domain (not followed: .example hosts are fake).
  const without = page.getByRole('link', { name: 'Continuer vers Maison Lavande sans cashback' });
  await expect(without).toHaveAttribute('href', 'https://maison-lavande.example/');

  // The same with a product page: the interstitial keeps it, both ways.
  await page.goto(`/out/maison-lavande?url=${encodeURIComponent(PRODUCT)}`);
  await expect(page).toHaveURL(/\/out\/maison-lavande\/welcome\?url=/);
  await expect(without).toHaveAttribute('href', PRODUCT);
  await page.getByRole('link', { name: 'Me connecter et activer le cashback' }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in\?next=%2Fout%2Fmaison-lavande%3Furl%3D/);
  await submitSignIn(page, email, PASSWORD);

  const clickId = await shopClickId(page);
  await expect(page.getByTestId('sandbox-product')).toHaveText(PRODUCT);
  // One click, the one made after signing in: the anonymous visits recorded nothing.
  const rows = await myClicks(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('click-id')).toHaveText(clickId);
  await expect(rows.first()).toContainText(`Page demandée : ${PRODUCT}`);
});

test('a deep link to another host is refused on our own page and never followed', async ({ page }) => {
  const offSite = offSiteRequests(page);
  for (const url of [
    'https://evil.example/',
    '//evil.example/maison-lavande.example',
    'https://maison-lavande.example@evil.example/',
    'javascript:alert(1)',
  ]) {
    await page.goto(`/out/maison-lavande?url=${encodeURIComponent(url)}`);
    await expect(page, url).toHaveURL(/^http:\/\/localhost:\d+\/out\/maison-lavande\/refused\?reason=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ce lien ne mène pas à Maison Lavande');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('il n’a donc pas été suivi');
    await expect(page.getByText('evil.example')).toHaveCount(0);
  }
  // The link given as is, unencoded, as someone would paste it.
  await page.goto('/out/maison-lavande?url=https://evil.example/');
  await expect(page).toHaveURL(/\/out\/maison-lavande\/refused\?reason=/);
  // The way on is the store's own click-out, without the foreign link.
  await expect(
    page.getByRole('link', { name: 'Activer le cashback sur la page d’accueil de Maison Lavande' }),
  ).toHaveAttribute('href', '/out/maison-lavande');
  expect(offSite).toEqual([]);
});

test('paused and archived merchants show the unavailable page, and record no click', async ({ page }) => {
  test.slow(); // a sign-up and a sign-in under parallel load
  const email = await signedOutMember(page, 'Noa Perrin');
  await signIn(page, email, PASSWORD, '/account');
  const offSite = offSiteRequests(page);
  for (const [slug, title, body] of [
    ['atelier-brume', 'Atelier Brume n’est pas disponible pour le moment', 'est suspendu pour le moment'],
    [
      'jardin-oublie',
      'Jardin Oublié n’est pas disponible pour le moment',
      'ne fait plus partie de nos boutiques',
    ],
  ] as const) {
    await page.goto(`/out/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/out/${slug}/unavailable$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('main')).toContainText(body);
    await expect(page.getByRole('link', { name: 'Voir les autres boutiques' })).toHaveAttribute(
      'href',
      '/stores',
    );
  }
  expect(offSite).toEqual([]);
  await myClicks(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Aucun clic pour le moment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Parcourir les boutiques' })).toHaveAttribute(
    'href',
    '/stores',
  );
});

test('another member’s click, or no click at all, is a plain 404', async ({ page, browser }) => {
  test.slow(); // two members, a sign-up and two sign-ins under parallel load
  const email = await signedOutMember(page, 'Sacha Morel');
  await signIn(page, email, PASSWORD, '/account');
  await page.goto('/out/creme-celeste');
  const theirs = await shopClickId(page, 'sbx-creme-celeste');

  const context = await browser.newContext({ locale: 'fr-FR' });
  const demo = await context.newPage();
  await signIn(demo, DEMO.member.email, DEMO.member.password, '/account');
  const rows = await myClicks(demo);
  const mine = (await rows.first().getByTestId('click-id').textContent())!.trim();
  expect(mine).toMatch(CLICK_ID);
  await expect(demo.getByText(theirs)).toHaveCount(0);
  for (const id of [theirs, '01abcdefghjkmnpqrstvwxyz00', 'not-a-click']) {
    const response = await demo.goto(`/account/clicks/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(demo.getByRole('heading', { level: 1 })).toHaveText('Cette page s’est fait la malle');
    await expect(demo.getByText(theirs)).toHaveCount(0);
  }
  expect((await demo.goto(`/account/clicks/${mine}`))?.status()).toBe(200);
  // And the owner does see it.
  expect((await page.goto(`/account/clicks/${theirs}`))?.status()).toBe(200);
  await expect(page.getByTestId('click-id')).toHaveText(theirs);
  await context.close();
});
