import { getDb } from '@/db/client';
import { DEMO_ACCOUNTS, hasDemoAccounts } from '@/db/seed/demo-accounts';
import { env } from '@/lib/env';
import type { Translator } from '@/lib/i18n/types';

/** The demo logins, on the sign-in page of a demo site only (DEMO_MODE and the seeded accounts present). */
export async function DemoLogins({ t }: { t: Translator }) {
  if (!env().DEMO_MODE || !(await hasDemoAccounts(await getDb()))) return null;
  return (
    <aside
      aria-labelledby="demo-logins-title"
      className="mb-6 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id="demo-logins-title" className="font-bold">
        {t('authUi.demo.title')}
      </h2>
      <p className="mt-1">{t('authUi.demo.intro')}</p>
      <table className="mt-2 w-full text-left">
        <thead className="sr-only">
          <tr>
            <th>{t('authUi.demo.role')}</th>
            <th>{t('authUi.fields.email')}</th>
            <th>{t('authUi.fields.password')}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <tr key={account.email} className="align-top">
              <th scope="row" className="py-0.5 pr-3 font-semibold">
                {t(`authUi.demo.roles.${account.role}`)}
              </th>
              <td className="break-all py-0.5 pr-3 font-mono text-xs">{account.email}</td>
              <td className="py-0.5 font-mono text-xs">{account.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
