import { expect, type Page, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/admin';

// Report import in a real browser, as the demo ops user: an Effiliation CSV
// export built here (fresh transaction ids, so the test can run again on the
// same database) is previewed as new conversions, applied, then imported a
// second time: every event is a duplicate and nothing changes.

const HEADER =
  'id_transaction|id_affilieur|id_programme|id_session|effi_id|effi_id2|type|montant|commission|etat|date|dateclic|datetran|datevalidation|en_session';

function effiliationCsv(): string {
  const base = Date.now() % 1_000_000_000;
  const rows = [0, 1, 2].map(
    (i) =>
      `${base * 10 + i}|1234|5678|e2e${i}|||Vente|84,50|4,2${i}|Attente|14/03/2025 18:22:07|14/03/2025 18:01:44|14/03/2025 18:22:05||1`,
  );
  return `${[HEADER, ...rows].join('\n')}\n`;
}

async function previewFile(page: Page, csv: string) {
  await page.goto('/admin/ingestion/import');
  await page.getByLabel('Compte réseau').selectOption({ label: 'Effiliation (effiliation · 627104)' });
  await page.getByLabel('Format du fichier').selectOption('effiliation-csv');
  await page.getByLabel('Fichier (texte, 1 Mo au plus)').setInputFiles({
    name: 'effiliation-e2e.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Aperçu' }).click();
}

test('ops preview and apply an Effiliation report; importing it again changes nothing', async ({ page }) => {
  const csv = effiliationCsv();
  await signIn(page, DEMO.ops.email, DEMO.ops.password, '/admin/ingestion/import');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import de rapports');
  await expect(page.getByRole('link', { name: 'Import de rapports' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Nothing chosen: a clear message, not an error page.
  await page.getByRole('button', { name: 'Aperçu' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Choisissez un fichier à importer.' }),
  ).toBeVisible();

  await previewFile(page, csv);
  await expect(page.getByTestId('import-counts')).toHaveText(
    '3 nouvelles conversions · 0 mises à jour · 0 doublons',
  );
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByTestId('import-result')).toContainText('3 appliqués, 0 doublons');
  await expect(page.getByTestId('import-result')).toContainText('3 conversions créées');

  await previewFile(page, csv);
  await expect(page.getByTestId('import-counts')).toHaveText(
    '0 nouvelles conversions · 0 mises à jour · 3 doublons',
  );
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByTestId('import-result')).toContainText('0 appliqués, 3 doublons');
  await expect(page.getByTestId('import-result')).toContainText('0 conversions créées');
});
