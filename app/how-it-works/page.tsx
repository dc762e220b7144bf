import { ArrowRight, MousePointerClick, ShoppingBag, Wallet } from 'lucide-react';
import type { Metadata } from 'next';
import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getTranslator } from '@/lib/i18n/server';
import { Faq } from './faq';

const steps = [
  { id: 'click', Icon: MousePointerClick },
  { id: 'shop', Icon: ShoppingBag },
  { id: 'earn', Icon: Wallet },
] as const;

const statuses = ['tracked', 'pending', 'confirmed', 'payable', 'paid'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('howItWorks.metaTitle'), description: t('howItWorks.metaDescription') };
}

export default async function HowItWorksPage() {
  const { t } = await getTranslator();
  return (
    <Container>
      <PageHeader
        eyebrow={t('howItWorks.eyebrow')}
        title={t('howItWorks.title')}
        description={t('howItWorks.intro')}
      />

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-2xl font-bold">
          {t('howItWorks.stepsTitle')}
        </h2>
        <ol className="mt-6 grid gap-5 md:grid-cols-3">
          {steps.map(({ id, Icon }, index) => (
            <Card as="li" key={id} padding="lg" className="relative">
              <div className="flex items-center gap-3">
                <span className="inline-flex size-11 items-center justify-center rounded-xl bg-brand-50 text-brand-700">
                  <Icon aria-hidden="true" className="size-5" />
                </span>
                <span className="text-sm font-semibold text-accent-700">
                  {t('howItWorks.stepLabel', { number: index + 1 })}
                </span>
              </div>
              <h3 className="mt-4 text-lg font-bold">{t(`howItWorks.steps.${id}.title`)}</h3>
              <p className="mt-2 text-slate-600">{t(`howItWorks.steps.${id}.body`)}</p>
            </Card>
          ))}
        </ol>
      </section>

      <section aria-labelledby="statuses-title" className="mt-16">
        <h2 id="statuses-title" className="text-2xl font-bold">
          {t('howItWorks.statusesTitle')}
        </h2>
        <p className="mt-2 text-slate-600">{t('howItWorks.statusesIntro')}</p>
        <ol className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {statuses.map((status, index) => (
            <li key={status} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="flex items-center gap-2 font-semibold text-slate-950">
                <span
                  aria-hidden="true"
                  className="inline-flex size-6 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white"
                >
                  {index + 1}
                </span>
                {t(`howItWorks.statuses.${status}.title`)}
              </p>
              <p className="mt-2 text-sm text-slate-600">{t(`howItWorks.statuses.${status}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <Faq t={t} />

      <section
        aria-labelledby="cta-title"
        className="mt-16 rounded-card bg-brand-800 px-6 py-10 text-center text-white sm:px-10"
      >
        <h2 id="cta-title" className="text-2xl font-bold text-white">
          {t('howItWorks.ctaTitle')}
        </h2>
        <p className="mx-auto mt-2 max-w-xl text-brand-100">{t('howItWorks.ctaBody')}</p>
        <LinkButton href="/stores" variant="secondary" size="lg" className="mt-6">
          {t('howItWorks.ctaButton')}
          <ArrowRight aria-hidden="true" className="size-4" />
        </LinkButton>
      </section>
    </Container>
  );
}
