import { expect, test } from '@playwright/test';
import { DEMO, openUser, PASSWORD, signIn, signUpMember } from './helpers/admin';

// Manual balance adjustments in a real browser: ops credits a new member a
// small amount (posted at once), asks for a large one (it waits), cannot
// approve their own request; the admin approves it from the queue; the
// member's page lists both, and a debit beyond the balance is refused with a
// clear message.

test('ops adjusts a balance; a large adjustment needs the admin’s approval', async ({ page, browser }) => {
  test.slow(); // a sign-up and three sign-ins under parallel load (24.7 s and 32.4 s in two CI runs)
  const suffix = Date.now().toString(36);
  const name = `Jules Mercier ${suffix}`;
  const member = await browser.newContext({ locale: 'fr-FR' });
  const email = await signUpMember(await member.newPage(), name);
  await member.close();

  await signIn(page, DEMO.ops.email, DEMO.ops.password);
  await openUser(page, email, name);
  const section = page.getByRole('region', { name: 'Ajuster le solde' });
  await expect(section).toContainText('À partir de 50,00 €');

  // A small credit posts at once.
  await section.getByLabel('Montant').fill('12,50');
  await section.getByLabel('Motif').fill('Geste commercial : colis perdu');
  await section.getByRole('button', { name: 'Enregistrer l’ajustement' }).click();
  await expect(section.getByRole('status')).toHaveText('Ajustement de 12,50 € passé en écriture.');

  // A debit beyond what the member has is refused, with the reason.
  await section.getByLabel('Sens').selectOption({ label: 'Débiter' });
  await section.getByLabel('Montant').fill('20');
  await section.getByLabel('Motif').fill('Reprise');
  await section.getByRole('button', { name: 'Enregistrer l’ajustement' }).click();
  await expect(section.getByRole('alert')).toHaveText('Le solde disponible ne suffit pas pour ce mouvement.');

  // An amount that is not one is a field message.
  await section.getByLabel('Montant').fill('douze');
  await section.getByRole('button', { name: 'Enregistrer l’ajustement' }).click();
  await expect(section.locator('#field-amount-error')).toHaveText(
    'Indiquez un montant positif, par exemple 12,50.',
  );

  // A large credit waits for a second person.
  await section.getByLabel('Sens').selectOption({ label: 'Créditer' });
  await section.getByLabel('Montant').fill('80');
  await section.getByLabel('Motif').fill('Commande non suivie, preuve reçue');
  await section.getByRole('button', { name: 'Enregistrer l’ajustement' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Ajustement de 80,00 € enregistré : il attend l’approbation d’un second membre de l’équipe.',
  );

  await page.goto('/admin/adjustments');
  const waiting = page.getByRole('region', { name: 'En attente d’approbation' });
  const row = waiting.getByTestId('adjustment-row').filter({ hasText: name });
  await expect(row).toContainText('+80,00 €');
  await expect(row).toContainText('Votre demande : un autre membre de l’équipe l’approuve.');
  await expect(row.getByRole('button', { name: 'Approuver' })).toHaveCount(0);

  const adminContext = await browser.newContext({ locale: 'fr-FR' });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, DEMO.admin.email, DEMO.admin.password, '/admin/adjustments');
  const adminRow = adminPage
    .getByRole('region', { name: 'En attente d’approbation' })
    .getByTestId('adjustment-row')
    .filter({ hasText: name });
  await adminRow.getByRole('button', { name: 'Approuver' }).click();
  await expect(adminPage).toHaveURL(/\/admin\/adjustments\?done=approved$/);
  await expect(adminPage.getByRole('main').getByRole('status')).toHaveText(
    'Ajustement approuvé et passé en écriture.',
  );
  await expect(adminRow).toHaveCount(0);
  const done = adminPage
    .getByRole('region', { name: 'Derniers ajustements' })
    .getByTestId('adjustment-row')
    .filter({ hasText: name });
  await expect(done.first()).toContainText('Passé');
  await expect(done.first()).toContainText(`Décidé par ${DEMO.admin.name}`);
  await adminContext.close();

  // The member now has 92,50 € available, on their own dashboard.
  const memberAgain = await browser.newContext({ locale: 'fr-FR' });
  const memberPage = await memberAgain.newPage();
  await signIn(memberPage, email, PASSWORD, '/account');
  await expect(memberPage.getByRole('main')).toContainText('92,50 €');
  await memberAgain.close();
});
