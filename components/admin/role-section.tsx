import { AuthForm } from '@/components/auth/auth-form';
import { Card } from '@/components/ui/card';
import { userRole } from '@/db/schema';
import type { UserDetail } from '@/lib/admin/user-detail';
import type { FormState } from '@/lib/auth/form-state';
import type { Translator } from '@/lib/i18n/translate';
import { RoleBadge } from './role-badge';

type Props = {
  user: UserDetail['user'];
  /** Only admins get the form; the action checks again, this only spares ops a button they cannot use. */
  canEdit: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  t: Translator;
};

export function RoleSection({ user, canEdit, action, t }: Props) {
  const editable = canEdit && !user.deletedAt;
  return (
    <Card as="section" aria-labelledby="role-title" className="flex flex-col gap-4">
      <h2 id="role-title" className="text-lg font-bold">
        {t('admin.roleForm.title')}
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-slate-700">
        {t('admin.roleForm.current')} <RoleBadge role={user.role} t={t} />
      </p>
      <p className="text-sm text-slate-600">
        {user.deletedAt
          ? t('admin.roleForm.deleted')
          : editable
            ? t('admin.roleForm.hint')
            : t('admin.roleForm.readOnly')}
      </p>
      {editable ? (
        <AuthForm
          action={action}
          submitLabel={t('admin.roleForm.submit')}
          fields={[
            { name: 'userId', type: 'hidden', label: '', defaultValue: user.id },
            {
              name: 'role',
              type: 'select',
              label: t('admin.roleForm.newRole'),
              defaultValue: user.role,
              options: userRole.enumValues.map((role) => ({ value: role, label: t(`admin.roles.${role}`) })),
            },
            { name: 'confirm', type: 'checkbox', label: t('admin.roleForm.confirm', { name: user.name }) },
          ]}
        />
      ) : null}
    </Card>
  );
}
