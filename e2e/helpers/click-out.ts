import { expect, type Page } from '@playwright/test';
import { signUp } from './account-space';
import { uniqueEmail } from './mailbox';

// The click-out journeys' set-up and readings: a fresh member who is signed
// up but not signed in (to meet the interstitial), the click id the sandbox
// shop received, and the rows of "My clicks".

/** A lowercased ULID (lib/tracking/click-id.ts): 26 characters of Crockford's base32. */
export const CLICK_ID = /^[0-7][0-9a-hjkmnp-tv-z]{25}$/;

/** Signs a member up through the French form and leaves the browser signed out; returns the address. */
export async function signedOutMember(page: Page, name = 'Lou Garnier'): Promise<string> {
  const email = uniqueEmail('clickout');
  await signUp(page, email, name);
  return email;
}

/** Fills the sign-in form the page is on (the interstitial sent us there) and submits it. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** On the sandbox shop of `advertiserId`: the click id it received, checked to be one of ours. */
export async function shopClickId(page: Page, advertiserId = 'sbx-maison-lavande'): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`/sandbox/shop/${advertiserId}\\?`));
  const ref = page.getByTestId('sandbox-click-ref');
  await expect(ref).toHaveText(CLICK_ID);
  return (await ref.textContent())!.trim();
}

/** The rows of /account/clicks, newest first. */
export async function myClicks(page: Page) {
  await page.goto('/account/clicks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes clics');
  return page.getByRole('list', { name: 'Vos clics, du plus récent au plus ancien' }).getByTestId('click');
}
