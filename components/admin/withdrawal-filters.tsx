import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { payoutMethodKind, withdrawalStatus } from '@/db/schema';
import type { Translator } from '@/lib/i18n/translate';
import type { QueueQuery } from '@/lib/withdrawals/withdrawal-queue-query';
import { FilterBar, FilterField, filterFieldClass } from './filter-bar';

/** The queue's filters as a GET form: the URL holds them. */
export function WithdrawalFilters({ query, t }: { query: QueueQuery; t: Translator }) {
  const active = Boolean(query.status || query.method || query.min || query.max || query.age);
  return (
    <FilterBar action="/admin/withdrawals" active={active} t={t} layout="wide">
      <FilterField id="wq-status" label={t('payoutsAdmin.queue.filters.status')}>
        <AutoSubmitSelect
          id="wq-status"
          name="status"
          defaultValue={query.status ?? ''}
          className={filterFieldClass}
        >
          <option value="">{t('payoutsAdmin.queue.filters.open')}</option>
          {withdrawalStatus.enumValues.map((status) => (
            <option key={status} value={status}>
              {t(`withdrawals.status.${status}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </FilterField>
      <FilterField id="wq-method" label={t('payoutsAdmin.queue.filters.method')}>
        <AutoSubmitSelect
          id="wq-method"
          name="method"
          defaultValue={query.method ?? ''}
          className={filterFieldClass}
        >
          <option value="">{t('payoutsAdmin.queue.filters.allMethods')}</option>
          {payoutMethodKind.enumValues.map((kind) => (
            <option key={kind} value={kind}>
              {t(`withdrawals.kinds.${kind}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </FilterField>
      <FilterField id="wq-min" label={t('payoutsAdmin.queue.filters.minAmount')}>
        <input
          id="wq-min"
          name="min"
          inputMode="decimal"
          defaultValue={query.min ?? ''}
          maxLength={20}
          className={filterFieldClass}
        />
      </FilterField>
      <FilterField id="wq-max" label={t('payoutsAdmin.queue.filters.maxAmount')}>
        <input
          id="wq-max"
          name="max"
          inputMode="decimal"
          defaultValue={query.max ?? ''}
          maxLength={20}
          className={filterFieldClass}
        />
      </FilterField>
      <FilterField id="wq-age" label={t('payoutsAdmin.queue.filters.minAge')}>
        <input
          id="wq-age"
          name="age"
          inputMode="numeric"
          defaultValue={query.age ?? ''}
          maxLength={4}
          className={filterFieldClass}
        />
      </FilterField>
    </FilterBar>
  );
}
