import { expect, test } from '@playwright/test';
import { DEMO, expectNotFound, openUser, PASSWORD, setRole, signIn, signUpMember } from './helpers/admin';

// The back office in a real browser, in French (the default) with one English
// check: the admin makes a new member ops and back, the audit log tells it,
// and the member's access to /admin follows the role at their next page;
// ops can look but not change roles; members get a plain 404.

test('admin grants ops to a new member, the log shows it, access follows the role both ways', async ({
  page,
  browser,
}) => {
  test.slow(); // a sign-up and several sign-ins under parallel load (29.1–29.4 s in CI)
  const suffix = Date.now().toString(36);
  const name = `Inès Lefèvre ${suffix}`;
  const member = await browser.newContext({ locale: 'fr-FR' });
  const memberPage = await member.newPage();
  const email = await signUpMember(memberPage, name);
  await signIn(memberPage, email, PASSWORD, '/account');
  await expectNotFound(memberPage, '/admin');

  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vue d’ensemble');
  await expect(page.getByTestId('admin-badge')).toHaveText('Back-office');
  await openUser(page, `ines lefevre ${suffix}`, name); // accents and case do not matter
  await expect(page.getByText('Seul un administrateur')).toHaveCount(0);

  // Without the confirmation box nothing changes.
  await setRole(page, 'Opérations', { confirm: false });
  await expect(page.getByText('Cochez la case pour confirmer le changement.')).toBeVisible();

  await setRole(page, 'Opérations');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Rôle mis à jour : Opérations.');
  const history = page.getByRole('list', { name: /Entrées du journal/ });
  await expect(history.getByText('Rôle « Opérations » accordé (auparavant « Membre »)')).toBeVisible();

  // The audit log, filtered on this account by its address.
  await page
    .getByRole('navigation', { name: 'Back-office' })
    .getByRole('link', { name: 'Journal d’audit' })
    .click();
  await page.getByLabel('Compte concerné').fill(email);
  await page.getByRole('main').getByRole('button', { name: 'Filtrer' }).click();
  const first = page
    .getByRole('list', { name: /Entrées du journal/ })
    .getByRole('listitem')
    .first();
  await expect(first).toContainText('Rôle « Opérations » accordé (auparavant « Membre »)');
  await expect(first).toContainText(`Par ${DEMO.admin.name} (${DEMO.admin.email})`);
  await expect(first).toContainText(`Pour ${name} (${email})`);

  // The member's very next page knows the new role.
  await memberPage.goto('/admin');
  await expect(memberPage.getByRole('heading', { level: 1 })).toHaveText('Vue d’ensemble');
  await expect(memberPage.getByTestId('admin-badge')).toBeVisible();

  await openUser(page, email, name);
  await setRole(page, 'Membre');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Rôle mis à jour : Membre.');
  await expect(page.getByText('Rôle « Opérations » retiré : redevient « Membre »')).toBeVisible();
  await expectNotFound(memberPage, '/admin');
  await expectNotFound(memberPage, '/admin/users');
  await member.close();
});

test('the last admin cannot step down, and is told why on the form', async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await openUser(page, DEMO.admin.email, DEMO.admin.name);
  await setRole(page, 'Membre');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Impossible : il doit rester au moins un administrateur.',
  );
  await page.reload();
  await expect(page.getByRole('region', { name: 'Rôle' })).toContainText('Administrateur');
});

test('ops see accounts and the audit log, read-only', async ({ page }) => {
  await signIn(page, DEMO.ops.email, DEMO.ops.password);
  await expect(page.getByTestId('admin-badge')).toBeVisible();
  await openUser(page, DEMO.member.email, DEMO.member.name);
  await expect(page.getByText('Seul un administrateur peut changer le rôle d’un compte.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Changer le rôle' })).toHaveCount(0);
  await expect(page.getByLabel('Nouveau rôle')).toHaveCount(0);

  await page.goto('/admin/audit?action=role.granted');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal d’audit');
  await expect(page).toHaveTitle('Journal d’audit · Back-office · Ristourne');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByLabel('Action')).toHaveValue('role.granted');
  await expect(
    page
      .getByRole('list', { name: /Entrées du journal/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
});

test('a member gets the 404 page on the back office', async ({ page }) => {
  await signIn(page, DEMO.member.email, DEMO.member.password, '/account');
  for (const path of ['/admin', '/admin/users', '/admin/audit', '/admin/payout-options'])
    await expectNotFound(page, path);
});

test('an unknown or malformed account id is a 404, not an error', async ({ page }) => {
  await signIn(page, DEMO.ops.email, DEMO.ops.password);
  await expectNotFound(page, '/admin/users/00000000-0000-0000-0000-000000000000');
  await expectNotFound(page, '/admin/users/pas-un-identifiant');
});

test('in English', async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.getByRole('banner').getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await expect(nav.getByRole('link')).toHaveText([
    'Overview',
    'Users & roles',
    'Conversion intake',
    'Balance adjustments',
    'Withdrawals',
    'Payout batches',
    'Donations and gift cards',
    'Audit log',
  ]);
  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  await expect(page.getByLabel('Account concerned')).toBeVisible();
});

test.describe('on a 360 px screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every back-office page fits without sideways scrolling', async ({ page }) => {
    await signIn(page, DEMO.admin.email, DEMO.admin.password);
    await openUser(page, DEMO.member.email, DEMO.member.name);
    const userPath = new URL(page.url()).pathname;
    for (const path of ['/admin', '/admin/users', '/admin/audit', '/admin/payout-options', userPath]) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Back-office' }).getByRole('link')).toHaveCount(8);
      // The back office's own area; the site header above it has its own mobile spec.
      const overflow = await page
        .getByRole('main')
        .evaluate((main) =>
          Math.max(main.scrollWidth - main.clientWidth, main.getBoundingClientRect().right - 360),
        );
      expect(overflow, `${path} is not wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
});
