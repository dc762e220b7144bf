import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import {
  expectSignedOut,
  newMember,
  OWN_IP_HEADERS,
  otherDevice,
  PASSWORD,
  signIn,
  signUp,
  verifyFromMailbox,
} from './helpers/account-space';
import { linkFromMailbox, mailboxSubjects, uniqueEmail } from './helpers/mailbox';

// The member's account space in a real browser: profile and language,
// notification preferences, data export, password and e-mail changes, the
// signed-in devices, and account deletion. French until the member switches
// to English. Each test has its own member, so they run in parallel.

const NEW_PASSWORD = 'marmotte-kayak-soleil-19';

test.use({ extraHTTPHeaders: OWN_IP_HEADERS });

const region = (page: Page, name: string) => page.getByRole('region', { name });

test('profile: the language switches the site to English, the name is saved, preferences stick', async ({
  page,
}) => {
  test.slow(); // several sign-ins and browsers: more than the default 30 s under parallel load
  await newMember(page, 'profile', 'Camille Martin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
  await expect(page.getByTestId('email-status')).toHaveText('Vérifiée');

  const profile = region(page, 'Modifier mon profil');
  await profile.getByLabel('Votre nom').fill('  Camille Martin-Lefèvre ');
  await profile.getByLabel('Langue préférée').selectOption('en');
  await profile.getByRole('button', { name: 'Enregistrer' }).click();

  // Saved in English, and the whole site is English now.
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Your profile has been saved.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner').getByRole('link', { name: /Camille Martin-Lefèvre/ })).toBeVisible();
  await page.reload();
  await expect(region(page, 'Edit my profile').getByLabel('Your name')).toHaveValue('Camille Martin-Lefèvre');
  await expect(region(page, 'Edit my profile').getByLabel('Preferred language')).toHaveValue('en');
  await page.goto('/stores');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Notification preferences: newsletter on (opt-in), cashback updates off.
  await page.goto('/account');
  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Notifications' })
    .click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  await expect(page.getByText('Some e-mails protect your account')).toBeVisible();
  const main = page.getByRole('main');
  const newsletter = main.getByLabel(/^Newsletter/);
  const cashback = main.getByLabel(/^Cashback updates/);
  const withdrawals = main.getByLabel(/^Withdrawals/);
  await expect(newsletter).not.toBeChecked();
  await expect(cashback).toBeChecked();
  await newsletter.check();
  await cashback.uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(main.getByRole('status')).toHaveText('Your preferences have been saved.');
  await page.reload();
  await expect(newsletter).toBeChecked();
  await expect(cashback).not.toBeChecked();
  await expect(withdrawals).toBeChecked();

  // Back to French from the account page too.
  await page.goto('/account');
  await region(page, 'Edit my profile').getByLabel('Preferred language').selectOption('fr');
  await region(page, 'Edit my profile').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
});

test('a blank name is refused with a field message and changes nothing', async ({ page }) => {
  await newMember(page, 'blank-name', 'Alex Durand');
  const profile = region(page, 'Modifier mon profil');
  await profile.getByLabel('Votre nom').fill('   ');
  await profile.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(profile.getByRole('alert')).toHaveText('Vérifiez les champs signalés.');
  await expect(profile.getByText('Indiquez votre nom.')).toBeVisible();
  await expect(profile.getByLabel('Votre nom')).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(region(page, 'Modifier mon profil').getByLabel('Votre nom')).toHaveValue('Alex Durand');
});

test('export my data: a JSON download with my address; anonymous visitors are sent to sign-in', async ({
  page,
  request,
}) => {
  const email = await newMember(page, 'export');
  await page
    .getByRole('navigation', { name: 'Rubriques de mon compte' })
    .getByRole('link', { name: 'Mes données' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes données');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger mes données' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ristourne-export-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(data.profile.email).toBe(email);
  expect(data.profile.name).toBe('Camille Martin');
  expect(JSON.stringify(data)).not.toContain('argon2');

  const anonymous = await request.get('/account/privacy/export', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toContain('/auth/sign-in');
});

test('change password: bad input changes nothing; then other devices are signed out and the new one works', async ({
  page,
  browser,
}) => {
  test.slow(); // several sign-ins and browsers: more than the default 30 s under parallel load
  const email = await newMember(page, 'password');
  const elsewhere = await otherDevice(browser, email);
  await page.goto('/account/security');
  const form = region(page, 'Changer de mot de passe');

  await form.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
  await form.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
  await form.getByLabel('Confirmez le nouveau mot de passe').fill('autre');
  await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(form.getByRole('alert')).toHaveText('Vérifiez les champs signalés.');
  await expect(form.getByText('Le mot de passe actuel est incorrect.')).toBeVisible();
  await expect(form.getByText('Le mot de passe doit contenir au moins 10 caractères.')).toBeVisible();
  await expect(form.getByText('Les deux mots de passe ne correspondent pas.')).toBeVisible();

  // The right current password, but a confirmation that does not match: still refused.
  await form.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await form.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel('Confirmez le nouveau mot de passe').fill(`${NEW_PASSWORD}x`);
  await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(form.getByText('Les deux mots de passe ne correspondent pas.')).toBeVisible();
  await expect(form.getByText('Le mot de passe actuel est incorrect.')).toHaveCount(0);
  // Nothing changed: the other device is still signed in.
  await elsewhere.goto('/account');
  await expect(elsewhere).toHaveURL(/\/account$/);

  await form.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await form.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel('Confirmez le nouveau mot de passe').fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'Votre mot de passe a été changé ; 1 autre appareil a été déconnecté.',
  );
  // This device stays signed in; the other one is out.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account$/);
  await expectSignedOut(elsewhere);

  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect.',
  );
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
});

test('signed-in devices: this one is marked; sign out one, then all the others', async ({
  page,
  browser,
}) => {
  test.slow(); // several sign-ins and browsers: more than the default 30 s under parallel load
  const email = await newMember(page, 'sessions');
  const second = await otherDevice(browser, email);
  await page.goto('/account/security');
  const sessions = region(page, 'Appareils connectés');
  await expect(sessions.getByTestId('session')).toHaveCount(2);
  const mine = sessions.getByTestId('session').filter({ hasText: 'Cet appareil' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText(/Chrome \d+ sur /);
  await expect(mine).toContainText('Dernière activité :');
  await expect(mine.getByRole('button')).toHaveCount(0);

  await sessions.getByRole('button', { name: /^Déconnecter .* \(dernière activité/ }).click();
  await expect(sessions.getByRole('status')).toHaveText('Cet appareil a été déconnecté.');
  await expect(sessions.getByTestId('session')).toHaveCount(1);
  await expect(sessions.getByText('Votre compte n’est ouvert sur aucun autre appareil.')).toBeVisible();
  await expectSignedOut(second);

  // Two more devices, then "sign out all the others".
  const third = await otherDevice(browser, email);
  const fourth = await otherDevice(browser, email);
  await page.reload();
  await expect(sessions.getByTestId('session')).toHaveCount(3);
  await sessions.getByRole('button', { name: 'Déconnecter partout ailleurs' }).click();
  await expect(sessions.getByRole('status')).toHaveText('2 autres appareils ont été déconnectés.');
  await expect(sessions.getByTestId('session')).toHaveCount(1);
  await expectSignedOut(third);
  await expectSignedOut(fourth);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account$/);
});

test('change e-mail: a link to the new address, a notice to the old one; the new address signs in', async ({
  page,
}) => {
  test.slow(); // several sign-ins and browsers: more than the default 30 s under parallel load
  const oldEmail = await newMember(page, 'old-address');
  const newEmail = uniqueEmail('new-address');
  await page.goto('/account/security');
  const form = region(page, 'Changer d’adresse e-mail');
  await expect(form).toContainText(`Adresse actuelle : ${oldEmail}`);

  // A wrong password and an invalid address: refused, nothing sent.
  await form.getByLabel('Nouvelle adresse e-mail').fill('pas-une-adresse');
  await form.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
  await form.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(form.getByText('Saisissez une adresse e-mail valide.')).toBeVisible();
  await expect(form.getByText('Le mot de passe actuel est incorrect.')).toBeVisible();
  await expect(page.getByTestId('pending-email')).toHaveCount(0);

  await form.getByLabel('Nouvelle adresse e-mail').fill(newEmail.toUpperCase());
  await form.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await form.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(form.getByRole('status')).toHaveText(
    `C’est presque fini : ouvrez le lien que nous venons d’envoyer à ${newEmail}.`,
  );
  await expect(page.getByTestId('pending-email')).toContainText(newEmail);
  // Nothing moves until the link is opened.
  await page.goto('/account');
  await expect(page.getByText(oldEmail)).toBeVisible();

  await page.goto(await linkFromMailbox(page, newEmail, '/auth/confirm-email?token='));
  await page.getByRole('button', { name: 'Confirmer la nouvelle adresse' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adresse e-mail modifiée');

  await page.goto('/account');
  await expect(page.getByText(newEmail)).toBeVisible();
  await expect(page.getByTestId('email-status')).toHaveText('Vérifiée');
  expect(await mailboxSubjects(page, oldEmail)).toContainEqual(
    expect.stringContaining('L’adresse e-mail de votre compte a changé'),
  );

  await page.goto('/account/security');
  await expect(page.getByTestId('pending-email')).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, oldEmail);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect.',
  );
  await signIn(page, newEmail);
  await expect(page).toHaveURL(/\/account$/);
});

test('delete the account: explained, confirmed by password and a box; then signed out for good', async ({
  page,
}) => {
  test.slow(); // several sign-ins and browsers: more than the default 30 s under parallel load
  const email = uniqueEmail('delete');
  // Unverified on purpose: deletion must not depend on it.
  await signUp(page, email, 'Dominique Roux');
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto('/account/privacy');
  const danger = region(page, 'Supprimer mon compte');
  await expect(danger).toContainText('Code de commerce (article L123-22)');
  await expect(danger).toContainText('10 ans');

  await danger.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
  await danger.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(danger.getByText('Le mot de passe actuel est incorrect.')).toBeVisible();
  await expect(danger.getByText('Cochez cette case pour confirmer.')).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account$/);

  await page.goto('/account/privacy');
  await danger.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await danger.getByLabel(/Je comprends que la suppression est définitive/).check();
  await danger.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(page).toHaveURL(/\/auth\/account-deleted$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre compte a été supprimé');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await expectSignedOut(page);

  await signIn(page, email);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect.',
  );
  // The only e-mail left to the old address is the goodbye.
  expect(await mailboxSubjects(page, email)).toHaveLength(1);
});

test('every account page fits a 360 px wide screen, with its section nav', async ({ page }) => {
  await newMember(page, 'narrow');
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/account', '/account/notifications', '/account/security', '/account/privacy']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Rubriques de mon compte' });
    await expect(nav.getByRole('link', { name: 'Sécurité' })).toBeInViewport();
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('the verification link can be sent again from the account page', async ({ page }) => {
  const email = uniqueEmail('resend');
  await signUp(page, email, 'Sam Petit');
  await signIn(page, email);
  await expect(page.getByTestId('email-status')).toHaveText('Non vérifiée');
  await page.getByRole('button', { name: 'Renvoyer le lien' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Un nouveau lien vient d’être envoyé.');
  await verifyFromMailbox(page, email);
  await page.goto('/account');
  await expect(page.getByTestId('email-status')).toHaveText('Vérifiée');
});
