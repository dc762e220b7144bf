import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { emailField } from '@/components/auth/email-field';
import { getTranslator } from '@/lib/i18n/server';
import { consumeMagicLinkAction, requestMagicLinkAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.magic.metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/** Without `token`: ask for a link. With it: confirm the sign-in with a button. */
export default async function MagicLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: unknown }>;
}) {
  const { t } = await getTranslator();
  const token = (await searchParams).token;
  if (typeof token === 'string') {
    return (
      <AuthShell title={t('authUi.magic.consumeTitle')} intro={t('authUi.magic.consumeIntro')}>
        <AuthForm
          action={consumeMagicLinkAction}
          submitLabel={t('authUi.magic.consumeSubmit')}
          fields={[{ name: 'token', type: 'hidden', label: '', defaultValue: token.slice(0, 200) }]}
        />
      </AuthShell>
    );
  }
  return (
    <AuthShell title={t('authUi.magic.title')} intro={t('authUi.magic.intro')}>
      <AuthForm
        action={requestMagicLinkAction}
        submitLabel={t('authUi.magic.submit')}
        fields={[emailField(t)]}
      />
    </AuthShell>
  );
}
