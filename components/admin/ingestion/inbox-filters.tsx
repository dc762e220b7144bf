import { FilterField, filterFieldClass } from '@/components/admin/filter-bar';
import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { inboxStatus } from '@/db/schema';
import { type InboxQuery, SEARCH_MAX_LENGTH } from '@/lib/admin/ingestion-query';
import type { Translator } from '@/lib/i18n/translate';
import { FilterBar } from '../filter-bar';
import { NetworkSelect } from './network-select';

export function InboxFilters({
  query,
  networks,
  t,
}: {
  query: InboxQuery;
  networks: string[];
  t: Translator;
}) {
  const active = Boolean(query.network || query.status || query.from || query.to || query.search);
  return (
    <FilterBar layout="wide" action="/admin/ingestion" active={active} t={t}>
      <FilterField id="inbox-q" label={t('admin.ingestion.common.search')}>
        <input
          id="inbox-q"
          type="search"
          name="q"
          defaultValue={query.search ?? ''}
          placeholder={t('admin.ingestion.inbox.searchPlaceholder')}
          maxLength={SEARCH_MAX_LENGTH}
          className={filterFieldClass}
        />
      </FilterField>
      <NetworkSelect id="inbox-network" networks={networks} value={query.network} t={t} />
      <FilterField id="inbox-status" label={t('admin.ingestion.inbox.status')}>
        <AutoSubmitSelect
          id="inbox-status"
          name="status"
          defaultValue={query.status ?? ''}
          className={filterFieldClass}
        >
          <option value="">{t('admin.ingestion.inbox.allStatuses')}</option>
          {inboxStatus.enumValues.map((status) => (
            <option key={status} value={status}>
              {t(`admin.ingestion.inbox.statuses.${status}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </FilterField>
      <FilterField id="inbox-from" label={t('admin.ingestion.inbox.from')}>
        <input
          id="inbox-from"
          type="date"
          name="from"
          defaultValue={query.from ?? ''}
          className={filterFieldClass}
        />
      </FilterField>
      <FilterField id="inbox-to" label={t('admin.ingestion.inbox.to')}>
        <input
          id="inbox-to"
          type="date"
          name="to"
          defaultValue={query.to ?? ''}
          className={filterFieldClass}
        />
      </FilterField>
    </FilterBar>
  );
}
