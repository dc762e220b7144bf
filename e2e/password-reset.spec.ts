import { expect, test } from '@playwright/test';
import { otherDevice, PASSWORD, signIn, signUp } from './helpers/account-space';
import { linkFromMailbox, uniqueEmail } from './helpers/mailbox';

// The ways back into an account, in a real browser: a forgotten password reset
// by e-mailed link (which signs every other browser out), and a magic link.

const NEW_PASSWORD = 'marmotte-kayak-soleil-19';

test('forgot password → e-mailed link → new password; other sessions end; the link works once', async ({
  page,
  browser,
}) => {
  test.slow(); // a sign-up, an e-mailed link and two sessions under parallel load (24.4–27.5 s in CI)
  const email = uniqueEmail('reset');
  await signUp(page, email, 'Dominique Roux');
  const elsewhere = await otherDevice(browser, email);

  await page.goto('/auth/sign-in');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mot de passe oublié');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);

  const link = await linkFromMailbox(page, email, '/auth/reset-password?token=');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisir un nouveau mot de passe');
  // A refused password leaves the link usable.
  await page.getByLabel('Nouveau mot de passe').fill('court');
  await page.getByLabel('Confirmez le mot de passe').fill('court');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Le mot de passe doit contenir au moins 10 caractères.')).toBeVisible();
  await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in\?reset=1$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Votre mot de passe a été changé. Vous pouvez vous connecter.',
  );

  // The browser that was signed in before the reset is signed out.
  await elsewhere.goto('/account');
  await expect(elsewhere).toHaveURL(/\/auth\/sign-in\?next=%2Faccount$/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect.',
  );
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);

  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe').fill('encore-un-autre-mot-77');
  await page.getByLabel('Confirmez le mot de passe').fill('encore-un-autre-mot-77');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Ce lien a déjà servi. Demandez-en un nouveau si besoin.',
  );
});

test('a tampered reset link is refused and changes nothing', async ({ page }) => {
  await page.goto(`/auth/reset-password?token=${'A'.repeat(43)}`);
  await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Ce lien n’est pas valide ou a été remplacé par un plus récent. Demandez-en un nouveau.',
  );
});

test('magic link: ask for a link, open it, press the button, signed in; the link works once', async ({
  page,
}) => {
  const email = uniqueEmail('magic');
  await signUp(page, email, 'Dominique Roux');
  await page.goto('/auth/sign-in');
  await page.getByRole('link', { name: 'Recevoir un lien de connexion par e-mail' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion par lien e-mail');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);

  const link = await linkFromMailbox(page, email, '/auth/magic-link?token=');
  await page.goto(link);
  await page.getByRole('button', { name: 'Me connecter' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email)).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await page.goto(link);
  await page.getByRole('button', { name: 'Me connecter' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Ce lien a déjà servi. Demandez-en un nouveau si besoin.',
  );
});

test('the demo logins are shown on the sign-in page and the admin one opens the back office', async ({
  page,
}) => {
  await page.goto('/auth/sign-in');
  const demo = page.getByRole('complementary', { name: 'Comptes de démonstration' });
  await expect(demo).toContainText('admin@demo.ristourne.fr');
  await signIn(page, 'admin@demo.ristourne.fr', 'demo-admin-2026');
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole('banner').getByRole('link', { name: 'Back-office' }).click();
  await expect(page).toHaveURL(/\/admin$/);
});
