import { expect, test } from '@playwright/test';

// The public catalog as a visitor uses it, on the deterministic demo seed.

test('home → category → store page shows rates, coupon and terms', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('rembourser');
  await expect(page.getByRole('heading', { name: 'Offres boostées' })).toBeVisible();

  await page
    .getByRole('region', { name: 'Parcourir par catégorie' })
    .getByRole('link', { name: /^Mode/ })
    .click();
  await expect(page).toHaveURL(/\/categories\/mode$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boutiques Mode');

  await page
    .getByRole('navigation', { name: 'Sous-catégories' })
    .getByRole('link', { name: 'Vêtements femme' })
    .click();
  await expect(page).toHaveURL(/\/categories\/vetements-femme$/);
  await page.getByRole('link', { name: 'Maison Lavande', exact: true }).click();

  await expect(page).toHaveURL(/\/stores\/maison-lavande$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maison Lavande');
  const offers = page.getByRole('region', { name: 'Offres de cashback' });
  await expect(offers.getByTestId('rate')).toHaveCount(2);
  await expect(offers.getByTestId('rate').first()).toContainText('8 %');
  await expect(offers.getByTestId('rate').nth(1)).toContainText('5 %');
  await expect(page.getByRole('region', { name: 'Boosts et temps forts' })).toContainText(
    'mercredi de 16:00 à 19:00',
  );
  await expect(page.getByRole('region', { name: 'Codes promo' }).getByText('LAVANDE10')).toBeVisible();
  const terms = page.getByRole('region', { name: 'Conditions' });
  await expect(terms.getByText('Exclusions')).toBeVisible();
  await expect(terms).toContainText('cartes cadeaux');
  await expect(terms).toContainText('45 jours');
  await expect(page.getByRole('link', { name: /Activer le cashback/ })).toHaveAttribute(
    'href',
    '/out/maison-lavande',
  );
});

test('a coupon code can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/stores/maison-lavande');
  await page.getByRole('button', { name: 'Copier le code LAVANDE10' }).click();
  await expect(page.getByRole('button', { name: 'Copier le code LAVANDE10' })).toContainText('Copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('LAVANDE10');
});

test('search finds a merchant typed without accents or with a typo', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('banner').getByRole('searchbox');
  await search.fill('creme celeste');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/stores\?q=creme\+celeste/);
  await expect(page.getByTestId('merchant-card').first()).toContainText('Crème Céleste');

  await page.goto('/stores?q=electromenager');
  await expect(page.getByRole('link', { name: 'Volt Électroménager' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Électroménager', exact: true })).toBeVisible();

  await page.goto('/stores?q=lavnde');
  await expect(page.getByTestId('merchant-card').first()).toContainText('Maison Lavande');
});

test('sorting, filtering and paging are kept in the URL', async ({ page }) => {
  await page.goto('/stores');
  await page.getByLabel('Trier par').selectOption('rate');
  await expect(page).toHaveURL(/sort=rate/);
  await page.getByLabel('Filtrer par catégorie').selectOption('high-tech');
  await expect(page).toHaveURL(/category=high-tech/);
  await expect(page).toHaveURL(/sort=rate/);
  const cards = page.getByTestId('merchant-card');
  await expect(cards.first()).toBeVisible();

  await page.goto('/stores?sort=az');
  const first = await cards.first().textContent();
  await page.getByRole('link', { name: 'Page suivante' }).click();
  await expect(page).toHaveURL(/sort=az&page=2/);
  await expect(page.getByText('Page 2 sur')).toBeVisible();
  expect(await cards.first().textContent()).not.toBe(first);
});

test('bad query parameters are normalised, never an error', async ({ page }) => {
  for (const query of [
    '?page=-4',
    '?sort=nope&page=abc',
    `?q=${'x'.repeat(500)}`,
    '?category=..%2F..',
    '?page=99999999',
  ]) {
    const response = await page.goto(`/stores${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toutes les boutiques');
  }
});

test('the language switch goes to English and back, and persists', async ({ page }) => {
  await page.goto('/stores/maison-lavande');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('banner').getByRole('button', { name: /EN/ }).click();
  await expect(page).toHaveURL(/\/stores\/maison-lavande$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: /Activate cashback/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Cashback offers' }).getByTestId('rate').first(),
  ).toContainText('8%');

  await page.goto('/how-it-works');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('banner').getByRole('button', { name: /FR/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveURL(/\/how-it-works$/);
});

test('an unknown store is a 404 page, and so are non-live stores', async ({ page }) => {
  for (const path of ['/stores/this-store-does-not-exist', '/stores/atelier-brume', '/categories/nope']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toBeVisible();
  }
});

test('the store pages are keyboard-usable', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  const search = page.getByRole('banner').getByRole('searchbox');
  await search.focus();
  await page.keyboard.type('pixel etoile');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('merchant-card').first()).toContainText('Pixel Étoile');
});

test('how it works, legal notice and privacy pages are reachable from the footer', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Comment ça marche' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('details').first()).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
  await expect(page).toHaveURL(/\/legal$/);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Confidentialité' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
});

test('pages carry a nonce-based CSP and run their scripts under it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/stores/maison-lavande');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  // Hydrated client code works: the language switch and the store search form.
  await page.getByRole('banner').getByRole('button', { name: /EN/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('banner').getByRole('button', { name: /FR/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(violations).toEqual([]);
});
