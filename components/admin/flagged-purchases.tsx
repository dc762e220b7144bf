import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import type { FlaggedPurchase } from '@/lib/ledger/flagged-purchases';
import { formatMoney } from '@/lib/money';
import { AdminTable } from './admin-table';

const FLAGS = new Set(['clawback', 'split_refused']);

/** Purchases the ledger flagged: whose, which conversion, why, and what the member owes now. */
export function FlaggedPurchases({
  items,
  locale,
  t,
}: {
  items: FlaggedPurchase[];
  locale: Locale;
  t: Translator;
}) {
  if (items.length === 0) return <p className="text-slate-600">{t('ledger.flagged.empty')}</p>;
  return (
    <AdminTable
      columns={[
        { label: t('ledger.flagged.member') },
        { label: t('ledger.flagged.merchant') },
        { label: t('ledger.flagged.conversion') },
        { label: t('ledger.flagged.flag') },
        { label: t('ledger.flagged.owed'), numeric: true },
      ]}
    >
      {items.map((item) => (
        <tr key={item.conversionId} className="border-t border-slate-200" data-testid="flagged-purchase">
          <td className="py-2 pr-4">
            {item.userId && item.memberName ? (
              <a className="text-brand-700 underline" href={`/admin/users/${item.userId}`}>
                {item.memberName}
              </a>
            ) : (
              t('admin.common.anonymised')
            )}
          </td>
          <td className="py-2 pr-4">{item.merchantName ?? '—'}</td>
          <td className="py-2 pr-4 font-mono text-xs">{item.networkConversionId}</td>
          <td className="py-2 pr-4">
            {FLAGS.has(item.flag)
              ? t(`ledger.flagged.flags.${item.flag as 'clawback' | 'split_refused'}`)
              : item.flag}
          </td>
          <td className="py-2 pr-4 text-right tabular-nums">
            {formatMoney({ amountMinor: item.owedMinor, currency: item.currency }, locale)}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
