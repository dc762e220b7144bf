import { expect, type Page, test } from '@playwright/test';

// Member accounts in a real browser, in French (the default): sign-up, the
// verification link from the dev mailbox, sign-in, the account page, sign-out.

const PASSWORD = 'violon-tartine-orage-47';

function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

async function signUp(page: Page, email: string, name: string) {
  await page.goto('/auth/sign-up');
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(PASSWORD);
  await page.getByLabel(/conditions d’utilisation/).check();
  await page.getByLabel(/politique de confidentialité/).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérifiez votre boîte de réception');
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('sign up → verify from the mailbox → sign in → account → sign out', async ({ page }) => {
  const email = uniqueEmail('journey');
  await signUp(page, email, 'Camille Martin');

  await page.goto('/dev/mailbox');
  await page.getByRole('link', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) }).click();
  const link = await page.locator('a[href*="/auth/verify-email?token="]').first().getAttribute('href');
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adresse e-mail vérifiée');

  await page.getByRole('link', { name: 'Continuer' }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByTestId('email-status')).toHaveText('Vérifiée');
  await expect(page.getByRole('banner').getByRole('link', { name: /Camille Martin/ })).toBeVisible();

  // A used link says so, precisely.
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Ce lien a déjà servi.');

  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Vous êtes déconnecté.');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/auth\/sign-in\?next=%2Faccount$/);
});

test('a wrong password gets the generic error, as does an unknown address', async ({ page }) => {
  const email = uniqueEmail('wrong');
  await signUp(page, email, 'Alex Durand');
  for (const [address, password] of [
    [email, 'pas-le-bon-mot-de-passe'],
    [uniqueEmail('nobody'), PASSWORD],
  ] as const) {
    await page.goto('/auth/sign-in');
    await signIn(page, address, password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    await expect(page).toHaveURL(/\/auth\/sign-in/);
  }
});

test('bad sign-up input gets field messages and creates nothing', async ({ page }) => {
  await page.goto('/auth/sign-up');
  await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
  await page.getByLabel('Mot de passe', { exact: true }).fill('azerty');
  await page.getByLabel('Confirmez le mot de passe').fill('autre');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Vérifiez les champs signalés.');
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Les deux mots de passe ne correspondent pas.')).toBeVisible();
  await expect(page).toHaveURL(/\/auth\/sign-up$/);
});

test('anonymous /account goes to sign-in, then back after signing in', async ({ page }) => {
  const email = uniqueEmail('return');
  await signUp(page, email, 'Sam Petit');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/auth\/sign-in\?next=%2Faccount$/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('email-status')).toContainText('Non vérifiée');
});
