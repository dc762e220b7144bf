import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { userRole } from '@/db/schema';
import type { UserListQuery } from '@/lib/admin/list-query';
import type { Translator } from '@/lib/i18n/translate';
import { FilterBar, FilterField, filterFieldClass } from './filter-bar';

export function UserFilters({ query, t }: { query: UserListQuery; t: Translator }) {
  return (
    <FilterBar action="/admin/users" active={Boolean(query.query || query.role)} t={t}>
      <FilterField id="users-q" label={t('admin.users.search')}>
        <input
          id="users-q"
          type="search"
          name="q"
          defaultValue={query.query ?? ''}
          placeholder={t('admin.users.searchPlaceholder')}
          maxLength={80}
          className={filterFieldClass}
        />
      </FilterField>
      <FilterField id="users-role" label={t('admin.users.role')}>
        <AutoSubmitSelect
          id="users-role"
          name="role"
          defaultValue={query.role ?? ''}
          className={filterFieldClass}
        >
          <option value="">{t('admin.users.allRoles')}</option>
          {userRole.enumValues.map((role) => (
            <option key={role} value={role}>
              {t(`admin.roles.${role}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </FilterField>
    </FilterBar>
  );
}
