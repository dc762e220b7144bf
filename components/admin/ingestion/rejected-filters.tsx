import { FilterField, filterFieldClass } from '@/components/admin/filter-bar';
import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import type { RejectedQuery } from '@/lib/admin/ingestion-query';
import type { Translator } from '@/lib/i18n/translate';
import { FilterBar } from '../filter-bar';
import { NetworkSelect } from './network-select';

export function RejectedFilters({
  query,
  networks,
  t,
}: {
  query: RejectedQuery;
  networks: string[];
  t: Translator;
}) {
  return (
    <FilterBar
      layout="wide"
      action="/admin/ingestion/rejected"
      active={Boolean(query.toReview || query.network)}
      t={t}
    >
      <FilterField id="rejected-show" label={t('admin.ingestion.rejected.show')}>
        <AutoSubmitSelect
          id="rejected-show"
          name="show"
          defaultValue={query.toReview ? 'to-review' : ''}
          className={filterFieldClass}
        >
          <option value="">{t('admin.ingestion.rejected.showAll')}</option>
          <option value="to-review">{t('admin.ingestion.rejected.showToReview')}</option>
        </AutoSubmitSelect>
      </FilterField>
      <NetworkSelect id="rejected-network" networks={networks} value={query.network} t={t} />
    </FilterBar>
  );
}
