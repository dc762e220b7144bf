import { AdminTime } from '@/components/admin/admin-time';
import { Card } from '@/components/ui/card';
import type { UnmatchedConversion } from '@/lib/admin/ingestion-unmatched';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { ConversionAmounts } from './conversion-amounts';
import { InlineActionForm } from './inline-action-form';
import { StatusPill } from './status-pill';

type Props = {
  items: UnmatchedConversion[];
  assign: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
};

/** Conversions with no click of ours, each with what the network sent and the form to assign it. */
export function UnmatchedList({ items, assign, locale, t }: Props) {
  if (items.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{t('admin.ingestion.unmatched.empty')}</p>
      </Card>
    );
  }
  const now = new Date();
  return (
    <Card padding="none">
      <ul aria-label={t('admin.ingestion.unmatched.listLabel')} className="divide-y divide-slate-200">
        {items.map((item) => (
          <li
            key={item.id}
            data-testid="unmatched-row"
            data-order-ref={item.orderRef ?? undefined}
            className="flex flex-col gap-3 px-5 py-4"
          >
            <div className="flex flex-col gap-1.5">
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-semibold break-all text-slate-950">
                  {t('admin.ingestion.unmatched.networkConversionId', { id: item.networkConversionId })}
                </span>
                <StatusPill tone={item.matchStatus === 'orphan' ? 'neutral' : 'warn'}>
                  {t(`admin.ingestion.unmatched.matchStatuses.${item.matchStatus}`)}
                </StatusPill>
                <StatusPill tone="neutral">
                  {t(`admin.ingestion.common.conversionStatuses.${item.status}`)}
                </StatusPill>
              </p>
              <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
                <span className="font-medium">{item.networkCode}</span>
                <span>{item.accountName}</span>
                {item.orderRef ? (
                  <span>{t('admin.ingestion.unmatched.orderRef', { ref: item.orderRef })}</span>
                ) : null}
                <ConversionAmounts amounts={item} locale={locale} t={t} />
              </p>
              <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
                <span className="break-all">
                  {item.clickRef === null ? (
                    t('admin.ingestion.unmatched.noClickRef')
                  ) : (
                    <>
                      {t('admin.ingestion.unmatched.clickRef')}{' '}
                      <code className="text-slate-800">{item.clickRef}</code>
                    </>
                  )}
                </span>
                <span>
                  {t('admin.ingestion.unmatched.convertedAt', { date: formatDate(item.convertedAt, locale) })}
                </span>
                <AdminTime at={item.firstSeenAt} locale={locale} now={now} />
              </p>
            </div>
            <InlineActionForm
              action={assign}
              hidden={{ conversionId: item.id }}
              label={t('admin.ingestion.assign.title')}
              submitLabel={t('admin.ingestion.assign.submit')}
              fields={[
                {
                  name: 'memberEmail',
                  label: t('admin.ingestion.assign.memberEmail'),
                  type: 'email',
                  maxLength: 254,
                },
                { name: 'clickId', label: t('admin.ingestion.assign.clickId'), type: 'text', maxLength: 26 },
              ]}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
