import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { linkFromMailbox, uniqueEmail } from './helpers/mailbox';

// Issue 3's "done when", in English from the first page: a visitor who reads
// English creates an account, verifies it, signs in, exports their data and
// deletes the account, without meeting a French word on the way.

const PASSWORD = 'lantern-biscuit-harbour-62';

test('in English: sign up → verify → sign in → export → delete', async ({ page }) => {
  test.slow();
  const email = uniqueEmail('english');
  await page.goto('/');
  await page.getByRole('button', { name: /^EN/ }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/auth/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await page.getByLabel('Your name').fill('Jamie Taylor');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm the password').fill(PASSWORD);
  await page.getByLabel('I accept the terms of use.').check();
  await page.getByLabel(/I have read the privacy policy/).check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);

  // The e-mail is in English too.
  await page.goto(await linkFromMailbox(page, email, '/auth/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mail address verified');

  await page.goto('/auth/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'My data' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My data');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const data = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(data.profile.email).toBe(email);
  expect(data.profile.locale).toBe('en');

  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel(/I understand that deletion is final/).check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/auth\/account-deleted$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account has been deleted');

  await page.goto('/auth/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Wrong e-mail address or password.');
});
