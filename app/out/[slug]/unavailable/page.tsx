import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { getDb } from '@/db/client';
import { getTranslator } from '@/lib/i18n/server';
import { merchantNotice } from '@/lib/tracking/merchant-notice';

// Where /out/<slug> sends a click it cannot take (paused, archived, no active
// network route): no redirect to the shop, no click. Unknown merchants and
// those never published are a plain 404.

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => merchantNotice(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, { t }] = await Promise.all([params, getTranslator()]);
  const notice = await load(slug);
  return {
    title: notice ? t('clickOut.unavailable.metaTitle') : t('notFound.title'),
    robots: { index: false, follow: false },
  };
}

export default async function ClickOutUnavailablePage({ params }: Props) {
  const [{ slug }, { t }] = await Promise.all([params, getTranslator()]);
  const notice = await load(slug);
  if (!notice) notFound();
  return (
    <Container size="narrow" className="py-10">
      <Card as="section" padding="lg" className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('clickOut.unavailable.title', { store: notice.name })}</h1>
        <p className="text-slate-700">{t(`clickOut.unavailable.${notice.reason}`, { store: notice.name })}</p>
        <LinkButton href="/stores" className="self-start">
          {t('clickOut.unavailable.browse')}
        </LinkButton>
      </Card>
    </Container>
  );
}
