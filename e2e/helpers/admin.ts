import { expect, type Page } from '@playwright/test';
import { uniqueEmail } from './mailbox';

// The back-office journeys' set-up: the seeded demo staff (db/seed/demo-accounts.ts),
// a fresh member signed up through the real form, the forms staff use.

export const DEMO = {
  admin: { email: 'admin@demo.ristourne.fr', password: 'demo-admin-2026', name: 'Aline Moreau' },
  ops: { email: 'ops@demo.ristourne.fr', password: 'demo-ops-2026', name: 'Olivier Petit' },
  member: { email: 'membre@demo.ristourne.fr', password: 'demo-membre-2026', name: 'Camille Dupont' },
} as const;

export const PASSWORD = 'violon-tartine-orage-47';

/** Signs in on the French form, asking to come back to `next`, and waits to be there. */
export async function signIn(page: Page, email: string, password: string, next = '/admin') {
  await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?.]/g, '\\$&')}$`));
}

/** A fresh member signed up through /auth/sign-up (not verified: the role does not depend on it). */
export async function signUpMember(page: Page, name: string): Promise<string> {
  const email = uniqueEmail('admin');
  await page.goto('/auth/sign-up');
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(PASSWORD);
  await page.getByLabel(/conditions d’utilisation/).check();
  await page.getByLabel(/politique de confidentialité/).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);
  return email;
}

/** From anywhere in the back office: the users list, searched, then the one account found. */
export async function openUser(page: Page, search: string, name: string) {
  await page
    .getByRole('navigation', { name: 'Back-office' })
    .getByRole('link', { name: 'Utilisateurs et rôles' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utilisateurs et rôles');
  const main = page.getByRole('main');
  await main.getByLabel('Rechercher un compte').fill(search);
  await main.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/\/admin\/users\?q=/);
  const results = page.getByRole('list', { name: 'Comptes' }).getByRole('link');
  await expect(results).toHaveCount(1);
  await results.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** The role form on an account's page (admins only): choose, confirm, submit. */
export async function setRole(page: Page, roleLabel: string, options: { confirm?: boolean } = {}) {
  await page.getByLabel('Nouveau rôle').selectOption({ label: roleLabel });
  if (options.confirm ?? true) await page.getByLabel(/Je confirme le changement de rôle/).check();
  await page.getByRole('button', { name: 'Changer le rôle' }).click();
}

/** The 404 page, with a 404 status: the back office does not announce itself. */
export async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers 404`).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cette page s’est fait la malle');
  await expect(page.getByTestId('admin-badge')).toHaveCount(0);
}
