import { type Browser, expect, type Page } from '@playwright/test';
import { linkFromMailbox, uniqueEmail } from './mailbox';

// A fresh member for each account-space test, through the real French forms:
// sign-up, the verification link from /dev/mailbox, sign-in.

export const PASSWORD = 'violon-tartine-orage-47';

/**
 * These tests type wrong passwords on purpose, and the sign-in lock-out also
 * counts failures per client IP (20 per 15 minutes), which every spec of the
 * suite shares on localhost. Their own documentation-range address keeps them
 * from locking the others out, and a rerun within 15 minutes from locking
 * itself out. One per worker. It works because the Playwright server runs
 * with TRUST_PROXY=true (playwright.config.ts): the test plays the proxy.
 */
export const OWN_IP_HEADERS = { 'X-Forwarded-For': `203.0.113.${1 + Math.floor(Math.random() * 254)}` };

export async function signUp(page: Page, email: string, name: string) {
  await page.goto('/auth/sign-up');
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(PASSWORD);
  await page.getByLabel(/conditions d’utilisation/).check();
  await page.getByLabel(/politique de confidentialité/).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);
}

export async function verifyFromMailbox(page: Page, email: string) {
  await page.goto(await linkFromMailbox(page, email, '/auth/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adresse e-mail vérifiée');
}

/** Signs in on the French form; leaves the page wherever the form sends it. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/auth/sign-in');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** A verified member, signed in on `page`, which ends on /account. */
export async function newMember(page: Page, label: string, name = 'Camille Martin'): Promise<string> {
  const email = uniqueEmail(label);
  await signUp(page, email, name);
  await verifyFromMailbox(page, email);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  return email;
}

/** The same member signed in from a second browser (its own cookies): "another device". */
export async function otherDevice(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: OWN_IP_HEADERS });
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
  return page;
}

/** A signed-out browser lands on sign-in when it opens /account. */
export async function expectSignedOut(page: Page) {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/auth\/sign-in\?next=%2Faccount$/);
}
