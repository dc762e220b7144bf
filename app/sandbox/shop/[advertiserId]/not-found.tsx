import { LinkButton } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getTranslator } from '@/lib/i18n/server';

/** A shop URL naming an advertiser the sandbox network does not know (404). */
export default async function UnknownSandboxShop() {
  const { t } = await getTranslator();
  return (
    <Container size="narrow" className="py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">
        {t('sandbox.unknown.code')}
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('sandbox.unknown.title')}</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-slate-600">{t('sandbox.unknown.body')}</p>
      <LinkButton href="/" size="lg" className="mt-8">
        {t('sandbox.unknown.home')}
      </LinkButton>
    </Container>
  );
}
