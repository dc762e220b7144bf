import { expect, type Page, test } from '@playwright/test';

// The cashback calculator on the store page (issue 6): the split engine runs
// in the browser on the offers in force, on the deterministic demo seed.
// Crème Céleste: 5 %, 10 % from 200 €, 15 % from 300 €. Maison Lavande: 8 %
// for new customers (12 % on Wednesdays 16:00–19:00 Paris), 5 % for existing
// ones. Volt Électroménager: 3 %, 6 % on small appliances.

function calculator(page: Page, name: string) {
  const region = page.getByRole('region', { name });
  return {
    region,
    result: region.getByTestId('calculator-result'),
    details: region.getByTestId('calculator-details'),
  };
}

/** Whether Maison Lavande's Wednesday happy hour is on now (Paris wall clock). */
function lavandeHappyHour(): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  return get('weekday') === 'Wed' && minute >= 960 && minute < 1140;
}

test('basket tiers, both decimal marks and a refused amount, in French', async ({ page }) => {
  await page.goto('/stores/creme-celeste');
  const { region, result, details } = calculator(page, 'Calculez votre cashback');
  const basket = region.getByLabel('Montant de votre panier');

  await expect(basket).toHaveValue('150');
  await expect(result).toHaveText(/^Sur un panier de 150,00\s€, vous gagneriez 7,50\s€ de cashback\.$/);
  // No customer question: this store has no new- or existing-customer rate.
  await expect(region.getByRole('radio')).toHaveCount(0);

  await basket.fill('84,50');
  await expect(result).toHaveText(/vous gagneriez 4,22\s€/);
  await expect(details).toHaveText(/5\s%\sde 84,50\s€ = 4,22\s€/);

  await basket.fill('199.99');
  await expect(result).toHaveText(/panier de 199,99\s€, vous gagneriez 9,99\s€/);
  await basket.fill('200');
  await expect(result).toHaveText(/vous gagneriez 20,00\s€/);
  await expect(details).toHaveText(/10\s%\sde 200,00\s€ \(panier dès 200,00\s€\) = 20,00\s€/);
  await basket.fill('300,00');
  await expect(result).toHaveText(/vous gagneriez 45,00\s€/);

  await basket.fill('quatre-vingts');
  await expect(result).toHaveText('Saisissez un montant positif, par exemple 84,50.');
  await expect(basket).toHaveAttribute('aria-invalid', 'true');
  await basket.fill('0');
  await expect(result).toHaveText('Saisissez un montant positif, par exemple 84,50.');
  await basket.fill('50');
  await expect(basket).toHaveAttribute('aria-invalid', 'false');
  await expect(result).toHaveText(/vous gagneriez 2,50\s€/);
});

test('new or existing customer changes the rate', async ({ page }) => {
  await page.goto('/stores/maison-lavande');
  const { region, result } = calculator(page, 'Calculez votre cashback');
  await expect(region.getByRole('radio', { name: 'Déjà client' })).toBeChecked();
  await expect(result).toHaveText(/panier de 150,00\s€, vous gagneriez 7,50\s€/);

  await region.getByRole('radio', { name: 'Nouveau client' }).check();
  const expected = lavandeHappyHour() ? '18,00' : '12,00';
  await expect(result).toHaveText(new RegExp(`vous gagneriez ${expected}\\s€`));

  await region.getByRole('radio', { name: 'Déjà client' }).check();
  await expect(result).toHaveText(/vous gagneriez 7,50\s€/);
});

test('a product category rate', async ({ page }) => {
  await page.goto('/stores/volt-electromenager');
  const { region, result, details } = calculator(page, 'Calculez votre cashback');
  await expect(result).toHaveText(/vous gagneriez 4,50\s€/);
  await region.getByLabel('Catégorie de produit').selectOption({ label: 'Petit électroménager' });
  await expect(result).toHaveText(/vous gagneriez 9,00\s€/);
  await expect(details).toHaveText(/6\s%\sde 150,00\s€ \(catégorie Petit électroménager\) = 9,00\s€/);
});

test('in English', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await page.goto('/stores/creme-celeste');
  const { region, result, details } = calculator(page, 'Work out your cashback');
  await expect(result).toHaveText('On a basket of €150.00, you would earn €7.50 cashback.');
  await region.getByLabel('Your basket amount').fill('84.50');
  await expect(result).toHaveText('On a basket of €84.50, you would earn €4.22 cashback.');
  await expect(details).toHaveText('How: 5% of €84.50 = €4.22.');
  await region.getByLabel('Your basket amount').fill('1,234.56');
  await expect(result).toHaveText(/you would earn €185\.18 cashback/);
});
