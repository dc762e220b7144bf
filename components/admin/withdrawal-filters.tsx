import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { payoutMethodKind, withdrawalStatus } from '@/db/schema';
import type { Translator } from '@/lib/i18n/translate';
import type { QueueQuery } from '@/lib/withdrawals/withdrawal-queue-query';
import { FilterBar, FilterField, filterFieldClass } from './filter-bar';

// The typed filters differ only in name, label and what may be typed:
// amounts in euros ("12,50"), the age in whole days.
const TYPED_FILTERS = [
  { name: 'min', label: 'payoutsAdmin.queue.filters.minAmount', inputMode: 'decimal', maxLength: 20 },
  { name: 'max', label: 'payoutsAdmin.queue.filters.maxAmount', inputMode: 'decimal', maxLength: 20 },
  { name: 'age', label: 'payoutsAdmin.queue.filters.minAge', inputMode: 'numeric', maxLength: 4 },
] as const;

/** The queue's filters as a GET form: the URL holds them. */
export function WithdrawalFilters({ query, t }: { query: QueueQuery; t: Translator }) {
  const active = Boolean(query.status || query.method || query.min || query.max || query.age);
  return (
    <FilterBar action="/admin/withdrawals" active={active} t={t} layout="wide">
      <ChoiceFilter
        name="status"
        label={t('payoutsAdmin.queue.filters.status')}
        value={query.status}
        anyLabel={t('payoutsAdmin.queue.filters.open')}
        choices={withdrawalStatus.enumValues.map((status) => ({
          value: status,
          label: t(`withdrawals.status.${status}`),
        }))}
      />
      <ChoiceFilter
        name="method"
        label={t('payoutsAdmin.queue.filters.method')}
        value={query.method}
        anyLabel={t('payoutsAdmin.queue.filters.allMethods')}
        choices={payoutMethodKind.enumValues.map((kind) => ({
          value: kind,
          label: t(`withdrawals.kinds.${kind}`),
        }))}
      />
      {TYPED_FILTERS.map((filter) => (
        <FilterField key={filter.name} id={`wq-${filter.name}`} label={t(filter.label)}>
          <input
            id={`wq-${filter.name}`}
            name={filter.name}
            inputMode={filter.inputMode}
            defaultValue={query[filter.name] ?? ''}
            maxLength={filter.maxLength}
            className={filterFieldClass}
          />
        </FilterField>
      ))}
    </FilterBar>
  );
}

/** A select over one column's values; the first option ("any") sets no filter. */
function ChoiceFilter({
  name,
  label,
  value,
  anyLabel,
  choices,
}: {
  name: 'status' | 'method';
  label: string;
  value: string | null;
  anyLabel: string;
  choices: { value: string; label: string }[];
}) {
  return (
    <FilterField id={`wq-${name}`} label={label}>
      <AutoSubmitSelect id={`wq-${name}`} name={name} defaultValue={value ?? ''} className={filterFieldClass}>
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </AutoSubmitSelect>
    </FilterField>
  );
}
