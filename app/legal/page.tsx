import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { TextSection } from '@/components/ui/text-section';
import { getTranslator } from '@/lib/i18n/server';

const publisherFields = [
  'name',
  'form',
  'capital',
  'registration',
  'vat',
  'address',
  'email',
  'phone',
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('legal.metaTitle'), description: t('legal.metaDescription') };
}

export default async function LegalPage() {
  const { t } = await getTranslator();
  const email = t('legal.publisher.email');
  return (
    <Container size="narrow">
      <PageHeader
        title={t('legal.title')}
        description={<p className="text-base">{t('common.lastUpdated', { date: t('legal.updatedOn') })}</p>}
      />
      <Card padding="lg" className="space-y-8">
        <TextSection id="publisher" title={t('legal.publisherTitle')}>
          <p>{t('legal.publisherIntro')}</p>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-2">
            {publisherFields.map((field) => (
              <div key={field} className="contents">
                <dt className="font-semibold text-slate-950">{t(`legal.fields.${field}`)}</dt>
                <dd className="mb-3 sm:mb-0">
                  {field === 'email' ? (
                    <a href={`mailto:${email}`} className="text-brand-700 underline hover:text-brand-900">
                      {email}
                    </a>
                  ) : (
                    t(`legal.publisher.${field}`)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </TextSection>
        <TextSection id="director" title={t('legal.directorTitle')}>
          <p>{t('legal.directorBody')}</p>
        </TextSection>
        <TextSection id="host" title={t('legal.hostTitle')}>
          <p>{t('legal.hostBody')}</p>
        </TextSection>
        <TextSection id="affiliation" title={t('legal.affiliationTitle')}>
          <p>{t('legal.affiliationBody')}</p>
        </TextSection>
        <TextSection id="intellectual-property" title={t('legal.ipTitle')}>
          <p>{t('legal.ipBody')}</p>
        </TextSection>
        <TextSection id="contact" title={t('legal.contactTitle')}>
          <p>
            {t('legal.contactBody')}{' '}
            <a href={`mailto:${email}`} className="text-brand-700 underline hover:text-brand-900">
              {email}
            </a>
            .
          </p>
        </TextSection>
      </Card>
    </Container>
  );
}
