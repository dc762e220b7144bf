import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.account.metaTitle'), robots: { index: false } };
}

export default async function AccountPage() {
  // The proxy already sent anonymous visitors away; this is the server's own check.
  const user = await requireUser('/account');
  const { t } = await getTranslator();
  const rows = [
    [t('authUi.account.name'), user.name],
    [t('authUi.account.email'), user.email],
    [t('authUi.account.language'), t(`language.${user.locale}`)],
  ] as const;

  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t('authUi.account.title')} />
      <Card as="section" padding="lg" aria-labelledby="profile-title">
        <h2 id="profile-title" className="mb-4 text-xl font-bold">
          {t('authUi.account.profile')}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-slate-600">{label}</dt>
              <dd className="break-all text-slate-900">{value}</dd>
            </div>
          ))}
          <dt className="font-semibold text-slate-600">{t('authUi.account.emailStatus')}</dt>
          <dd data-testid="email-status">
            {user.emailVerified ? (
              <span className="text-emerald-700">{t('authUi.account.verified')}</span>
            ) : (
              <span className="text-amber-800">
                {t('authUi.account.notVerified')} · {t('authUi.account.notVerifiedHint')}
              </span>
            )}
          </dd>
        </dl>
      </Card>
    </Container>
  );
}
