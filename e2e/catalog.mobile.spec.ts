import { expect, test } from '@playwright/test';

// 360 px wide: nothing overflows horizontally, the main actions stay reachable.

for (const path of [
  '/',
  '/stores',
  '/stores/maison-lavande',
  '/categories/mode',
  '/how-it-works',
  '/stores?q=electromenager',
]) {
  test(`${path} fits a 360 px screen`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a store can be found and opened on a phone', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('banner').getByRole('searchbox');
  await search.fill('maison lavande');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/stores\?q=maison\+lavande/);
  await page.getByRole('link', { name: 'Maison Lavande', exact: true }).click();
  await expect(page.getByRole('link', { name: /Activer le cashback/ })).toBeVisible();
});
