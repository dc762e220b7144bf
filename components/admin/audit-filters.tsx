import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { AUDIT_ACTIONS } from '@/lib/admin/audit-actions';
import type { AuditQuery } from '@/lib/admin/list-query';
import type { Translator } from '@/lib/i18n/translate';
import { FilterBar, FilterField, filterFieldClass } from './filter-bar';

export function AuditFilters({ query, t }: { query: AuditQuery; t: Translator }) {
  return (
    <FilterBar action="/admin/audit" active={Boolean(query.action || query.target)} t={t}>
      <FilterField id="audit-target" label={t('admin.audit.target')}>
        <input
          id="audit-target"
          type="search"
          name="target"
          defaultValue={query.target ?? ''}
          placeholder={t('admin.audit.targetPlaceholder')}
          maxLength={254}
          className={filterFieldClass}
        />
      </FilterField>
      <FilterField id="audit-action" label={t('admin.audit.action')}>
        <AutoSubmitSelect
          id="audit-action"
          name="action"
          defaultValue={query.action ?? ''}
          className={filterFieldClass}
        >
          <option value="">{t('admin.audit.allActions')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`admin.audit.actions.${action}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </FilterField>
    </FilterBar>
  );
}
