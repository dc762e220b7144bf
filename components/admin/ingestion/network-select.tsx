import { FilterField, filterFieldClass } from '@/components/admin/filter-bar';
import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import type { Translator } from '@/lib/i18n/translate';

/** The network filter shared by the intake lists. */
export function NetworkSelect({
  id,
  networks,
  value,
  t,
}: {
  id: string;
  networks: string[];
  value: string | null;
  t: Translator;
}) {
  return (
    <FilterField id={id} label={t('admin.ingestion.common.network')}>
      <AutoSubmitSelect id={id} name="network" defaultValue={value ?? ''} className={filterFieldClass}>
        <option value="">{t('admin.ingestion.common.allNetworks')}</option>
        {networks.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </AutoSubmitSelect>
    </FilterField>
  );
}
