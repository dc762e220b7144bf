import { type Browser, expect, type Page } from '@playwright/test';
import { newMember } from './account-space';
import { DEMO, openUser, signIn } from './admin';

// A member of one's own with money to withdraw, so journeys that move a
// balance never share one with another spec running beside them: signed up
// and verified through the real forms, then credited by ops with a balance
// adjustment (below the four-eyes threshold, so it posts at once).

export async function fundedMember(
  browser: Browser,
  options: { label: string; name: string; amount: string },
): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  const email = await newMember(page, options.label, options.name);

  const opsContext = await browser.newContext({ locale: 'fr-FR' });
  const ops = await opsContext.newPage();
  await signIn(ops, DEMO.ops.email, DEMO.ops.password);
  await openUser(ops, email, options.name);
  const section = ops.getByRole('region', { name: 'Ajuster le solde' });
  await section.getByLabel('Montant').fill(options.amount);
  await section.getByLabel('Motif').fill('Compte de test : solde de départ');
  await section.getByRole('button', { name: 'Enregistrer l’ajustement' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `Ajustement de ${options.amount} € passé en écriture.`,
  );
  await opsContext.close();
  return { page, email };
}
