import { Compass } from 'lucide-react';
import type { Metadata } from 'next';
import { LinkButton } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('notFound.metaTitle') };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <Container size="narrow" className="py-20 text-center sm:py-28">
      <span className="mx-auto inline-flex size-16 items-center justify-center rounded-2xl bg-accent-50 text-accent-700">
        <Compass aria-hidden="true" className="size-8" />
      </span>
      <p className="mt-6 text-sm font-semibold tracking-wide text-accent-700 uppercase">
        {t('notFound.code')}
      </p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{t('notFound.title')}</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-slate-600">{t('notFound.body')}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <LinkButton href="/" size="lg">
          {t('notFound.home')}
        </LinkButton>
        <LinkButton href="/stores" variant="secondary" size="lg">
          {t('notFound.stores')}
        </LinkButton>
      </div>
    </Container>
  );
}
