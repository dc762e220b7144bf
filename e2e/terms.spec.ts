import { expect, test } from '@playwright/test';

// The terms of use (/terms): French by default, English after the language switch.

test('the terms of use render in French with their sections and table of contents', async ({ page }) => {
  const response = await page.goto('/terms');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Conditions générales d’utilisation/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conditions générales d’utilisation');
  await expect(page.getByRole('main').getByRole('note')).toContainText('Texte de démonstration');

  for (const name of [
    'Fonctionnement du cashback',
    'Statuts et délais',
    'Réclamations pour cashback manquant',
    'Retraits, dons et cartes cadeaux',
    'Fraude et abus',
    'Droit applicable et litiges',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const main = page.getByRole('main');
  await expect(main).toContainText('10\u00a0€');
  await expect(main).toContainText('72\u00a0heures');
  await expect(main).toContainText('90\u00a0jours');

  const contents = page.getByRole('navigation', { name: 'Sommaire' });
  await contents.getByRole('link', { name: 'Réclamations pour cashback manquant' }).click();
  await expect(page).toHaveURL(/\/terms#claims$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Réclamations pour cashback manquant' }),
  ).toBeInViewport();
});

test('the terms of use link to the privacy policy', async ({ page }) => {
  await page.goto('/terms');
  await page.getByRole('main').getByRole('link', { name: 'Lire la politique de confidentialité' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politique de confidentialité');
});

test('the terms of use switch to English', async ({ page }) => {
  await page.goto('/terms');
  await page.getByRole('banner').getByRole('button', { name: /EN/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/terms$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of use');
  await expect(page.getByRole('heading', { level: 2, name: 'How cashback works' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('from €10');

  await page.getByRole('main').getByRole('link', { name: 'Read the privacy policy' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
});
