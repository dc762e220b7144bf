import type { Metadata } from 'next';
import Link from 'next/link';
import { BulletList, legalLinkClass, Notice, TableOfContents, TermList } from '@/components/legal/legal-text';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { TextSection } from '@/components/ui/text-section';
import { getTranslator } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/types';

// The terms of use. The text lives in lib/i18n/messages/terms.{fr,en}.ts;
// this file only lists the articles and, for each, the order of its blocks.

type TermsKey = Extract<MessageKey, `terms.${string}`>;

type Block =
  | { p: TermsKey }
  | { list: TermsKey[] }
  | { terms: { term: TermsKey; meaning: TermsKey }[] }
  | { link: TermsKey; href: string }
  | { email: TermsKey };

type Article = { id: string; title: TermsKey; blocks: Block[] };

const articles: Article[] = [
  {
    id: 'purpose',
    title: 'terms.purpose.title',
    blocks: [
      { p: 'terms.purpose.service' },
      { p: 'terms.purpose.scope' },
      { p: 'terms.purpose.acceptance' },
      { p: 'terms.purpose.free' },
      { link: 'terms.purpose.legalLink', href: '/legal' },
    ],
  },
  {
    id: 'definitions',
    title: 'terms.definitions.title',
    blocks: [
      {
        terms: [
          { term: 'terms.definitions.member.term', meaning: 'terms.definitions.member.meaning' },
          { term: 'terms.definitions.merchant.term', meaning: 'terms.definitions.merchant.meaning' },
          { term: 'terms.definitions.network.term', meaning: 'terms.definitions.network.meaning' },
          { term: 'terms.definitions.cashback.term', meaning: 'terms.definitions.cashback.meaning' },
          { term: 'terms.definitions.balance.term', meaning: 'terms.definitions.balance.meaning' },
        ],
      },
    ],
  },
  {
    id: 'membership',
    title: 'terms.membership.title',
    blocks: [
      { p: 'terms.membership.eligibility' },
      { p: 'terms.membership.oneAccount' },
      { p: 'terms.membership.accuracy' },
      { p: 'terms.membership.security' },
      { p: 'terms.membership.compromise' },
    ],
  },
  {
    id: 'cashback',
    title: 'terms.cashback.title',
    blocks: [
      { p: 'terms.cashback.click' },
      { p: 'terms.cashback.trackingIntro' },
      {
        list: [
          'terms.cashback.tracking.adblock',
          'terms.cashback.tracking.cookies',
          'terms.cashback.tracking.otherLink',
          'terms.cashback.tracking.coupon',
        ],
      },
      { p: 'terms.cashback.trackingClaim' },
      { p: 'terms.cashback.conditions' },
      { p: 'terms.cashback.rate' },
      { p: 'terms.cashback.base' },
    ],
  },
  {
    id: 'statuses',
    title: 'terms.statuses.title',
    blocks: [
      { p: 'terms.statuses.intro' },
      {
        terms: [
          { term: 'terms.statuses.pending.term', meaning: 'terms.statuses.pending.meaning' },
          { term: 'terms.statuses.validated.term', meaning: 'terms.statuses.validated.meaning' },
          { term: 'terms.statuses.declined.term', meaning: 'terms.statuses.declined.meaning' },
          { term: 'terms.statuses.paid.term', meaning: 'terms.statuses.paid.meaning' },
        ],
      },
      { p: 'terms.statuses.delays' },
      { p: 'terms.statuses.declinedIntro' },
      {
        list: [
          'terms.statuses.declinedReasons.returned',
          'terms.statuses.declinedReasons.cancelled',
          'terms.statuses.declinedReasons.conditions',
          'terms.statuses.declinedReasons.fraud',
        ],
      },
      { p: 'terms.statuses.contest' },
      { p: 'terms.statuses.acquired' },
    ],
  },
  {
    id: 'claims',
    title: 'terms.claims.title',
    blocks: [
      { p: 'terms.claims.when' },
      { p: 'terms.claims.proofIntro' },
      { list: ['terms.claims.proof.order', 'terms.claims.proof.amount', 'terms.claims.proof.document'] },
      { p: 'terms.claims.process' },
      { p: 'terms.claims.outcome' },
    ],
  },
  {
    id: 'withdrawals',
    title: 'terms.withdrawals.title',
    blocks: [
      { p: 'terms.withdrawals.intro' },
      {
        list: [
          'terms.withdrawals.methods.transfer',
          'terms.withdrawals.methods.paypal',
          'terms.withdrawals.methods.donation',
          'terms.withdrawals.methods.giftCard',
        ],
      },
      { p: 'terms.withdrawals.fees' },
      { p: 'terms.withdrawals.securityIntro' },
      {
        list: [
          'terms.withdrawals.security.verifiedEmail',
          'terms.withdrawals.security.confirmation',
          'terms.withdrawals.security.hold',
          'terms.withdrawals.security.ownAccount',
          'terms.withdrawals.security.review',
        ],
      },
      { p: 'terms.withdrawals.timing' },
      { p: 'terms.withdrawals.donationsAndCards' },
    ],
  },
  {
    id: 'inactive-accounts',
    title: 'terms.dormant.title',
    blocks: [{ p: 'terms.dormant.definition' }, { p: 'terms.dormant.notice' }, { p: 'terms.dormant.effect' }],
  },
  {
    id: 'referral',
    title: 'terms.referral.title',
    blocks: [{ p: 'terms.referral.body' }, { p: 'terms.referral.fairUse' }],
  },
  {
    id: 'fraud',
    title: 'terms.fraud.title',
    blocks: [
      { p: 'terms.fraud.intro' },
      {
        list: [
          'terms.fraud.list.multipleAccounts',
          'terms.fraud.list.selfReferral',
          'terms.fraud.list.fakeOrders',
          'terms.fraud.list.automation',
          'terms.fraud.list.falseClaims',
          'terms.fraud.list.links',
          'terms.fraud.list.payment',
        ],
      },
      { p: 'terms.fraud.procedure' },
      { p: 'terms.fraud.sanctions' },
    ],
  },
  {
    id: 'liability',
    title: 'terms.liability.title',
    blocks: [
      { p: 'terms.liability.notSeller' },
      { p: 'terms.liability.tracking' },
      { p: 'terms.liability.offers' },
      { p: 'terms.liability.availability' },
      { p: 'terms.liability.consumerRights' },
    ],
  },
  {
    id: 'personal-data',
    title: 'terms.personalData.title',
    blocks: [{ p: 'terms.personalData.body' }, { link: 'terms.personalData.privacyLink', href: '/privacy' }],
  },
  {
    id: 'changes',
    title: 'terms.changes.title',
    blocks: [{ p: 'terms.changes.notice' }, { p: 'terms.changes.refusal' }, { p: 'terms.changes.limits' }],
  },
  {
    id: 'termination',
    title: 'terms.termination.title',
    blocks: [
      { p: 'terms.termination.member' },
      { link: 'terms.termination.accountLink', href: '/account/privacy' },
      { p: 'terms.termination.balance' },
      { p: 'terms.termination.pending' },
      { p: 'terms.termination.byUs' },
    ],
  },
  {
    id: 'disputes',
    title: 'terms.disputes.title',
    blocks: [
      { p: 'terms.disputes.law' },
      { p: 'terms.disputes.complaint' },
      { p: 'terms.disputes.mediation' },
      { p: 'terms.disputes.courts' },
    ],
  },
  {
    id: 'contact',
    title: 'terms.contact.title',
    blocks: [
      { p: 'terms.contact.intro' },
      { email: 'terms.contact.email' },
      { p: 'terms.contact.post' },
      { p: 'terms.contact.claims' },
    ],
  },
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('terms.metaTitle'), description: t('terms.metaDescription') };
}

export default async function TermsPage() {
  const { t } = await getTranslator();
  const email = t('legal.publisher.email');
  const titled = articles.map((article, index) => ({
    ...article,
    heading: t('terms.articleTitle', { number: index + 1, title: t(article.title) }),
  }));

  const renderBlock = (block: Block) => {
    if ('p' in block) return <p key={block.p}>{t(block.p)}</p>;
    if ('list' in block) return <BulletList key={block.list[0]} items={block.list.map((key) => t(key))} />;
    if ('terms' in block) {
      return (
        <TermList
          key={block.terms[0]?.term}
          items={block.terms.map((item) => ({ term: t(item.term), meaning: t(item.meaning) }))}
        />
      );
    }
    if ('link' in block) {
      return (
        <p key={block.link}>
          <Link href={block.href} className={legalLinkClass}>
            {t(block.link)}
          </Link>
        </p>
      );
    }
    return (
      <p key={block.email}>
        {t(block.email)}{' '}
        <a href={`mailto:${email}`} className={legalLinkClass}>
          {email}
        </a>
      </p>
    );
  };

  return (
    <Container size="narrow">
      <PageHeader
        title={t('terms.title')}
        description={
          <>
            <p>{t('terms.intro')}</p>
            <p className="mt-3 text-base">{t('common.lastUpdated', { date: t('terms.updatedOn') })}</p>
          </>
        }
      />
      <div className="space-y-6">
        <Notice>{t('terms.demoNotice')}</Notice>
        <Card padding="lg">
          <TableOfContents
            label={t('terms.tocLabel')}
            items={titled.map((article) => ({ id: article.id, title: article.heading }))}
          />
        </Card>
        <Card padding="lg" className="space-y-8 lg:[&_h2]:scroll-mt-20">
          {titled.map((article) => (
            <TextSection key={article.id} id={article.id} title={article.heading}>
              {article.blocks.map(renderBlock)}
            </TextSection>
          ))}
        </Card>
      </div>
    </Container>
  );
}
