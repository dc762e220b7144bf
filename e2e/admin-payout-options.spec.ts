import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/admin';

// Ops configure what members can withdraw to besides money (issue 7): a new
// charity made the default for dormant balances (the default cannot be
// deactivated), a new gift card brand, and its stock uploaded from a CSV
// file: a file with a bad line is refused by line number and adds nothing;
// fixed, it adds its codes; uploaded again, it adds none. The demo member
// then sees the charity and the card's values offered. Names are unique per
// run, so reruns on the same database pass; the demo default is put back.

const csv = (lines: string[]) => ({
  name: 'stock.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
});

test('ops add a default charity and a gift card brand with its stock; the member is offered both', async ({
  page,
  browser,
}) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const charityName = `Entraide Été ${suffix}`;
  const brandName = `Bon Cadeau ${suffix}`;
  const code = (n: number) => `E2E-${suffix.toUpperCase()}-${n}`;

  await signIn(page, DEMO.ops.email, DEMO.ops.password);
  await page
    .getByRole('navigation', { name: 'Back-office' })
    .getByRole('link', { name: 'Dons et cartes cadeaux' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dons et cartes cadeaux');
  await expect(page).toHaveTitle('Dons et cartes cadeaux · Back-office · Ristourne');

  // A charity: the slug follows the name; the website must be https://.
  const addCharity = page.getByRole('form', { name: 'Ajouter une association' });
  await addCharity.getByLabel('Nom').fill(charityName);
  await expect(addCharity.getByLabel('Identifiant (dans les adresses)')).toHaveValue(
    `entraide-ete-${suffix}`,
  );
  await addCharity
    .getByLabel('Description en français')
    .fill('Des vacances pour les enfants qui n’en ont pas.');
  await addCharity.getByLabel('Description en anglais').fill('Holidays for children who have none.');
  await addCharity.getByLabel('Site web (facultatif)').fill('http://example.org/entraide');
  await addCharity.getByRole('button', { name: 'Ajouter l’association' }).click();
  await expect(addCharity.getByText('Une adresse complète commençant par https://')).toBeVisible();
  await addCharity.getByLabel('Site web (facultatif)').fill('https://example.org/entraide');
  await addCharity.getByRole('button', { name: 'Ajouter l’association' }).click();
  await expect(addCharity.getByRole('status')).toHaveText(`Association « ${charityName} » ajoutée.`);

  const charity = page.getByRole('listitem', { name: charityName });
  await expect(charity).toContainText('Active');
  await expect(charity).toContainText('Aucun don versé');
  await expect(charity).not.toContainText('Par défaut');
  await charity.getByRole('button', { name: 'Choisir par défaut' }).click();
  await expect(charity.getByRole('status')).toHaveText(
    'C’est désormais l’association par défaut pour les soldes dormants.',
  );
  await expect(charity).toContainText('Par défaut');
  // The default cannot be deactivated, and says why.
  await charity.getByRole('button', { name: 'Désactiver' }).click();
  await expect(charity.getByRole('alert')).toHaveText(
    'L’association par défaut ne peut pas être désactivée : choisissez d’abord une autre association par défaut.',
  );
  await expect(charity).toContainText('Active');

  // A gift card brand.
  const addBrand = page.getByRole('form', { name: 'Ajouter une enseigne' });
  await addBrand.getByLabel('Nom de l’enseigne').fill(brandName);
  await addBrand.getByLabel('Devise des cartes').selectOption('EUR');
  await addBrand.getByRole('button', { name: 'Ajouter l’enseigne' }).click();
  await expect(addBrand.getByRole('status')).toContainText(`Enseigne « ${brandName} » ajoutée.`);
  const brand = page.getByRole('listitem', { name: brandName });
  await expect(brand).toContainText('Aucun code importé.');

  // Its stock: one bad line, and nothing is added.
  const upload = page.getByRole('form', { name: 'Importer des codes' });
  await upload.getByLabel('Enseigne').selectOption({ label: `${brandName} (EUR)` });
  const good = [
    'code;value;expires_on',
    `${code(1)};10,00;2099-12-31`,
    `${code(2)};10,00;`,
    `${code(3)};25.00;`,
  ];
  await upload
    .getByLabel('Fichier CSV')
    .setInputFiles(csv([...good.slice(0, 2), `${code(2)};dix euros;`, good[3]!]));
  await upload.getByRole('button', { name: 'Importer les codes' }).click();
  const refusal = upload.getByRole('alert');
  await expect(refusal).toContainText('Rien n’a été importé : 1 problème dans le fichier.');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'Ligne 3 : la valeur n’est pas un montant (10,00 ou 10.00).',
  ]);
  await page.reload();
  await expect(brand).toContainText('Aucun code importé.');

  // Fixed: three codes in stock, by value.
  await upload.getByLabel('Enseigne').selectOption({ label: `${brandName} (EUR)` });
  await upload.getByLabel('Fichier CSV').setInputFiles(csv(good));
  await upload.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(upload.getByRole('status')).toHaveText(
    `Import terminé pour ${brandName}. Codes ajoutés : 3 · déjà en stock, ignorés : 0.`,
  );
  const stock = brand.getByTestId('stock-value');
  await expect(stock).toHaveCount(2);
  await expect(stock.nth(0)).toHaveText(/10,00\s€\s*2\s*0\s*0/);
  await expect(stock.nth(1)).toHaveText(/25,00\s€\s*1\s*0\s*0/);

  // The same file again: nothing added, every code skipped.
  await upload.getByLabel('Enseigne').selectOption({ label: `${brandName} (EUR)` });
  await upload.getByLabel('Fichier CSV').setInputFiles(csv(good));
  await upload.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(upload.getByRole('status')).toHaveText(
    `Import terminé pour ${brandName}. Codes ajoutés : 0 · déjà en stock, ignorés : 3.`,
  );
  await expect(stock.nth(0)).toHaveText(/10,00\s€\s*2\s*0\s*0/);
  // No code is ever shown in the back office.
  await expect(page.getByRole('main')).not.toContainText(code(1));

  // The demo member (read only): the charity and the card's values are offered.
  const member = await browser.newContext({ locale: 'fr-FR' });
  const memberPage = await member.newPage();
  await signIn(memberPage, DEMO.member.email, DEMO.member.password, '/account/withdrawals');
  const charities = memberPage.getByTestId('add-charity');
  await expect(charities).toContainText(charityName);
  await expect(charities).toContainText('Des vacances pour les enfants qui n’en ont pas.');
  await expect(charities.getByRole('option', { name: charityName })).toHaveCount(1);
  await expect(
    memberPage
      .getByTestId('add-gift-card')
      .getByRole('option', { name: new RegExp(`^${brandName} \\(10,00\\s€, 25,00\\s€\\)$`) }),
  ).toHaveCount(1);
  await member.close();

  // The demo's default charity back, as seeded.
  const seeded = page.getByRole('listitem', { name: 'Repas solidaires' });
  await seeded.getByRole('button', { name: 'Choisir par défaut' }).click();
  await expect(seeded).toContainText('Par défaut');
  await expect(charity).not.toContainText('Par défaut');
});

test('in English, the page and its nav entry', async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password, '/admin/payout-options');
  await page.getByRole('banner').getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donations and gift cards');
  await expect(
    page
      .getByRole('navigation', { name: 'Back office' })
      .getByRole('link', { name: 'Donations and gift cards' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Charities', level: 2 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Upload codes' })).toBeVisible();
});
