import Link from 'next/link';
import { AdminTime } from '@/components/admin/admin-time';
import { Card } from '@/components/ui/card';
import type { RejectedConversion, RejectedTransition } from '@/lib/admin/ingestion-rejected';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { ConversionAmounts } from './conversion-amounts';
import { InlineActionForm } from './inline-action-form';
import { StatusPill } from './status-pill';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The conversion a refused event was about: where it stands now, whose it is, the review button. */
export function FlaggedConversion({
  conversion,
  review,
  locale,
  t,
}: {
  conversion: RejectedConversion;
  review: Action;
  locale: Locale;
  t: Translator;
}) {
  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <span className="font-medium">{conversion.networkCode}</span>
        <span>{conversion.accountName}</span>
        <span>{t('admin.ingestion.rejected.conversion', { id: conversion.networkConversionId })}</span>
        {conversion.orderRef ? (
          <span>{t('admin.ingestion.unmatched.orderRef', { ref: conversion.orderRef })}</span>
        ) : null}
        <StatusPill tone={conversion.flagged ? 'warn' : 'ok'} testId="review-state">
          {conversion.flagged
            ? t('admin.ingestion.rejected.toReview')
            : t('admin.ingestion.rejected.reviewed')}
        </StatusPill>
      </p>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
        <span>
          {t('admin.ingestion.rejected.current', {
            status: t(`admin.ingestion.common.conversionStatuses.${conversion.status}`),
            networkStatus: conversion.networkStatus,
          })}
        </span>
        <ConversionAmounts amounts={conversion} locale={locale} t={t} />
        <span>
          {conversion.memberEmail
            ? t('admin.ingestion.rejected.member', { email: conversion.memberEmail })
            : t('admin.ingestion.rejected.noMember')}
        </span>
      </p>
      <InlineActionForm
        action={review}
        hidden={{ conversionId: conversion.id }}
        submitLabel={t('admin.ingestion.review.button')}
        enabled={conversion.flagged}
        label={`${t('admin.ingestion.review.button')} ${conversion.networkConversionId}`}
      />
    </div>
  );
}

/** Refused events, newest first: what was refused and why ("approved → pending"), then its conversion. */
export function RejectedList({
  items,
  review,
  locale,
  t,
}: {
  items: RejectedTransition[];
  review: Action;
  locale: Locale;
  t: Translator;
}) {
  if (items.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{t('admin.ingestion.rejected.empty')}</p>
      </Card>
    );
  }
  const now = new Date();
  return (
    <Card padding="none">
      <ul aria-label={t('admin.ingestion.rejected.listLabel')} className="divide-y divide-slate-200">
        {items.map((item) => (
          <li key={item.id} data-testid="rejected-row" className="flex flex-col gap-2 px-5 py-4">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-semibold text-slate-950" data-testid="rejected-detail">
                {item.detail ?? '—'}
              </span>
              <span className="text-sm text-slate-600">
                <AdminTime at={item.createdAt} locale={locale} now={now} />
              </span>
              <Link
                href={`/admin/ingestion/inbox/${item.inboxEventId}`}
                className="text-sm font-semibold text-brand-700 hover:underline"
              >
                {t('admin.ingestion.rejected.inbox', { id: item.inboxEventId })}
              </Link>
            </p>
            <FlaggedConversion conversion={item.conversion} review={review} locale={locale} t={t} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
