import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getTranslator } from '@/lib/i18n/server';

// Where the "your address changed" and "your password changed" notices send
// someone who did not make the change. It must work signed out: the person
// may no longer be able to sign in.

const STEPS = ['reset', 'contact', 'payouts', 'devices'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('securityHelp.metaTitle'), description: t('securityHelp.intro') };
}

export default async function AccountSecurityHelpPage() {
  const { t } = await getTranslator();
  const email = t('securityHelp.contactEmail');
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t('securityHelp.title')} description={<p>{t('securityHelp.intro')}</p>} />
      <Card as="section" padding="lg" aria-labelledby="steps-title">
        <h2 id="steps-title" className="mb-4 text-xl font-bold">
          {t('securityHelp.stepsTitle')}
        </h2>
        <ol className="list-decimal space-y-3 pl-5 text-slate-800 marker:font-bold marker:text-brand-700">
          {STEPS.map((step) => (
            <li key={step}>{t(`securityHelp.steps.${step}`, { email })}</li>
          ))}
        </ol>
        <div className="mt-6 flex flex-wrap gap-4 text-sm font-semibold">
          <Link href="/auth/forgot-password" className="text-brand-700 hover:underline">
            {t('securityHelp.forgotLink')}
          </Link>
          <a href={`mailto:${email}`} className="text-brand-700 hover:underline">
            {t('securityHelp.contactLink', { email })}
          </a>
        </div>
      </Card>
    </Container>
  );
}
