import { FilterField, filterFieldClass } from '@/components/admin/filter-bar';
import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { SEARCH_MAX_LENGTH, UNMATCHED_STATUSES, type UnmatchedQuery } from '@/lib/admin/ingestion-query';
import type { Translator } from '@/lib/i18n/translate';
import { FilterBar } from '../filter-bar';
import { NetworkSelect } from './network-select';

export function UnmatchedFilters({
  query,
  networks,
  t,
}: {
  query: UnmatchedQuery;
  networks: string[];
  t: Translator;
}) {
  return (
    <FilterBar
      layout="wide"
      action="/admin/ingestion/unmatched"
      active={Boolean(query.matchStatus || query.network || query.search)}
      t={t}
    >
      <FilterField id="unmatched-q" label={t('admin.ingestion.common.search')}>
        <input
          id="unmatched-q"
          type="search"
          name="q"
          defaultValue={query.search ?? ''}
          placeholder={t('admin.ingestion.unmatched.searchPlaceholder')}
          maxLength={SEARCH_MAX_LENGTH}
          className={filterFieldClass}
        />
      </FilterField>
      <NetworkSelect id="unmatched-network" networks={networks} value={query.network} t={t} />
      <FilterField id="unmatched-match" label={t('admin.ingestion.unmatched.matchStatus')}>
        <AutoSubmitSelect
          id="unmatched-match"
          name="match"
          defaultValue={query.matchStatus ?? ''}
          className={filterFieldClass}
        >
          <option value="">{t('admin.ingestion.unmatched.allMatch')}</option>
          {UNMATCHED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`admin.ingestion.unmatched.matchStatuses.${status}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </FilterField>
    </FilterBar>
  );
}
