import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { TextSection } from '@/components/ui/text-section';
import { getTranslator } from '@/lib/i18n/server';

const dataKinds = ['account', 'activity', 'payout', 'technical'] as const;
const purposes = ['service', 'fraud', 'legal', 'networks'] as const;
const retention = ['account', 'accounting', 'logs'] as const;
const rights = ['access', 'rectification', 'erasure', 'portability', 'objection'] as const;
const cookies = ['locale', 'session'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('privacy.metaTitle'), description: t('privacy.metaDescription') };
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1.5 pl-5 marker:text-brand-600">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export default async function PrivacyPage() {
  const { t } = await getTranslator();
  const email = t('privacy.contactEmail');
  return (
    <Container size="narrow">
      <PageHeader
        title={t('privacy.title')}
        description={
          <>
            <p>{t('privacy.intro')}</p>
            <p className="mt-3 text-base">{t('common.lastUpdated', { date: t('privacy.updatedOn') })}</p>
          </>
        }
      />
      <Card padding="lg" className="space-y-8">
        <TextSection id="data" title={t('privacy.dataTitle')}>
          <List items={dataKinds.map((kind) => t(`privacy.data.${kind}`))} />
        </TextSection>
        <TextSection id="purposes" title={t('privacy.purposesTitle')}>
          <List items={purposes.map((purpose) => t(`privacy.purposes.${purpose}`))} />
        </TextSection>
        <TextSection id="retention" title={t('privacy.retentionTitle')}>
          <List items={retention.map((kind) => t(`privacy.retention.${kind}`))} />
        </TextSection>
        <TextSection id="rights" title={t('privacy.rightsTitle')}>
          <p>{t('privacy.rightsIntro')}</p>
          <List items={rights.map((right) => t(`privacy.rights.${right}`))} />
          <p>{t('privacy.rightsComplaint')}</p>
        </TextSection>
        <TextSection id="contact" title={t('privacy.contactTitle')}>
          <p>
            {t('privacy.contactBody')}{' '}
            <a href={`mailto:${email}`} className="text-brand-700 underline hover:text-brand-900">
              {email}
            </a>
          </p>
        </TextSection>
        <TextSection id="cookies" title={t('privacy.cookiesTitle')}>
          <p>{t('privacy.cookiesIntro')}</p>
          <List items={cookies.map((cookie) => t(`privacy.cookies.${cookie}`))} />
          <p>{t('privacy.cookiesMerchants')}</p>
        </TextSection>
      </Card>
    </Container>
  );
}
