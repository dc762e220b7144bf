import { type APIRequestContext, type Browser, expect, request, test } from '@playwright/test';
import { appRoutes, fillPattern } from './helpers/app-routes';

// Every page and route handler under /account and /admin (found on disk),
// requested over HTTP as anonymous, as a member, as another member, as ops
// and as admin: the status each must get, and no member's data in what
// anyone else receives.

const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

const DEMO = {
  member: { email: 'membre@demo.ristourne.fr', password: 'demo-membre-2026', name: 'Camille Dupont' },
  ops: { email: 'ops@demo.ristourne.fr', password: 'demo-ops-2026' },
  admin: { email: 'admin@demo.ristourne.fr', password: 'demo-admin-2026' },
};

const OTHER_NAME = 'Matrice Témoin';

type Who = 'anonymous' | 'member' | 'otherMember' | 'ops' | 'admin';
type Expected = 'sign-in' | 'ok' | 'not-found';

const EXPECTED: Record<'account' | 'admin', Record<Who, Expected>> = {
  account: { anonymous: 'sign-in', member: 'ok', otherMember: 'ok', ops: 'ok', admin: 'ok' },
  admin: { anonymous: 'sign-in', member: 'not-found', otherMember: 'not-found', ops: 'ok', admin: 'ok' },
};

async function signedIn(email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: BASE_URL });
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await context.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: '/account' },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBe(302);
  const cookies = await context.storageState();
  expect(cookies.cookies.some((cookie) => cookie.name.endsWith('authjs.session-token'))).toBe(true);
  return context;
}

/** A fresh member, signed up through the real form (server actions are not a public API). */
async function signUpOtherMember(browser: Browser): Promise<{ email: string; password: string }> {
  const email = `matrix-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = 'citron-piano-nuage-83';
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/auth/sign-up');
  await page.getByLabel('Votre nom').fill(OTHER_NAME);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmez le mot de passe').fill(password);
  await page.getByLabel(/conditions d’utilisation/).check();
  await page.getByLabel(/politique de confidentialité/).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/auth\/check-email$/);
  await context.close();
  return { email, password };
}

/**
 * A request in the intake inbox, as the back office links to it. A fresh
 * database has none: a sandbox sale (placed in the fake shop, a form, hence a
 * browser) makes the worker post one within a second or two.
 */
async function anInboxEventId(admin: APIRequestContext, browser: Browser): Promise<string> {
  const find = async () =>
    /\/admin\/ingestion\/inbox\/(\d+)/.exec(await (await admin.get('/admin/ingestion')).text())?.[1];
  const existing = await find();
  if (existing) return existing;
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/sandbox/shop/sbx-maison-lavande');
  await page.getByLabel('Montant de la commande (€)').fill('12,00');
  await page.getByLabel('Nouveau client').check();
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(page.getByTestId('sandbox-order-ref')).toBeVisible();
  await context.close();
  let id: string | undefined;
  await expect(async () => {
    id = await find();
    expect(id, 'the sandbox sale reached the inbox').toBeTruthy();
  }).toPass({ timeout: 30_000 });
  return id!;
}

test('every /account and /admin route answers each kind of visitor as it must', async ({ browser }) => {
  test.setTimeout(120_000);
  const other = await signUpOtherMember(browser);
  const contexts: Record<Who, APIRequestContext> = {
    anonymous: await request.newContext({ baseURL: BASE_URL }),
    member: await signedIn(DEMO.member.email, DEMO.member.password),
    otherMember: await signedIn(other.email, other.password),
    ops: await signedIn(DEMO.ops.email, DEMO.ops.password),
    admin: await signedIn(DEMO.admin.email, DEMO.admin.password),
  };

  // The demo member's id, as the back office links to it.
  const directory = await contexts.admin.get(`/admin/users?q=${encodeURIComponent(DEMO.member.email)}`);
  const memberId = /\/admin\/users\/([0-9a-f-]{36})/.exec(await directory.text())?.[1];
  expect(memberId, 'the admin user directory links to the demo member').toBeTruthy();
  // One of the demo member's clicks, as "My clicks" lists it.
  const myClicks = await (await contexts.member.get('/account/clicks')).text();
  const clickId = /data-testid="click-id"[^>]*>([0-9a-z]{26})</.exec(myClicks)?.[1];
  expect(clickId, 'the demo member has clicks').toBeTruthy();
  // One of the demo member's purchases, as "My cashback" lists it.
  const myCashback = await (await contexts.member.get('/account/cashback')).text();
  const purchaseId = /data-purchase-id="([0-9a-f-]{36})"/.exec(myCashback)?.[1];
  expect(purchaseId, 'the demo member has purchases').toBeTruthy();
  const inboxEventId = await anInboxEventId(contexts.admin, browser);
  const samples: Record<string, Record<string, string>> = {
    '/admin/users/[id]': { id: memberId! },
    '/admin/ingestion/inbox/[id]': { id: inboxEventId },
    '/account/clicks/[id]': { id: clickId! },
    '/account/cashback/[id]': { id: purchaseId! },
    // No batch exists in the demo: staff get the page's own 404, members and visitors what any /admin route gives them.
    '/admin/payouts/[id]': { id: '999999' },
    '/admin/payouts/[id]/file': { id: '999999' },
  };
  // Routes about one member's record: only its owner gets it; to anyone else it does not exist.
  const ownedByMember: Partial<Record<Who, Expected>> = {
    otherMember: 'not-found',
    ops: 'not-found',
    admin: 'not-found',
  };
  const overrides: Record<string, Partial<Record<Who, Expected>>> = {
    '/account/clicks/[id]': ownedByMember,
    '/account/cashback/[id]': ownedByMember,
    '/admin/payouts/[id]': { ops: 'not-found', admin: 'not-found' },
    '/admin/payouts/[id]/file': { ops: 'not-found', admin: 'not-found' },
  };

  // What must never reach someone else: each member's address and name.
  const privateTo: Partial<Record<Who, string[]>> = {
    member: [DEMO.member.email, DEMO.member.name],
    otherMember: [other.email, OTHER_NAME],
  };

  const routes = [
    ...appRoutes(process.cwd(), 'account').map((route) => ({ ...route, area: 'account' as const })),
    ...appRoutes(process.cwd(), 'admin').map((route) => ({ ...route, area: 'admin' as const })),
  ];
  expect(routes.length).toBeGreaterThanOrEqual(4);
  const seen: string[] = [];

  for (const route of routes) {
    if (route.kind === 'handler' && !route.methods.includes('GET')) continue;
    const url = fillPattern(route.pattern, samples[route.pattern] ?? {});
    for (const who of Object.keys(contexts) as Who[]) {
      const response = await contexts[who].get(url, { maxRedirects: 0 });
      const expected = overrides[route.pattern]?.[who] ?? EXPECTED[route.area][who];
      const label = `${who} GET ${url}`;
      seen.push(`${label} → ${response.status()}`);
      if (expected === 'sign-in') {
        expect(response.status(), label).toBe(307);
        const location = new URL(response.headers().location ?? '', BASE_URL);
        expect(location.pathname, label).toBe('/auth/sign-in');
        expect(location.searchParams.get('next'), label).toBe(url);
        continue;
      }
      expect(response.status(), label).toBe(expected === 'ok' ? 200 : 404);
      const body = await response.text();
      for (const [owner, secrets] of Object.entries(privateTo)) {
        if (owner === who) continue;
        // Staff may see members' data in the back office; nobody sees it anywhere else.
        if (route.area === 'admin' && (who === 'ops' || who === 'admin')) continue;
        for (const secret of secrets ?? [])
          expect(body, `${label} leaks ${owner}'s data`).not.toContain(secret);
      }
      // A spreadsheet export names no one (the statement's lines are its content); the leak check above still runs.
      const csv = (response.headers()['content-type'] ?? '').startsWith('text/csv');
      if (expected === 'ok' && route.area === 'account' && who in privateTo && !csv) {
        // The page is really the visitor's own (their address or name is on it).
        const own = privateTo[who]!;
        expect(
          own.some((secret) => body.includes(secret)),
          `${label} shows the visitor's own account`,
        ).toBe(true);
      }
    }
  }
  console.log(seen.join('\n'));
  for (const context of Object.values(contexts)) await context.dispose();
});
