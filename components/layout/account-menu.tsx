import { ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import { Button, LinkButton } from '@/components/ui/button';
import { classNames } from '@/components/ui/class-names';
import { STAFF_ROLES } from '@/lib/accounts/roles';
import { currentUser } from '@/lib/auth/current-user';
import { signOutAction } from '@/lib/auth/sign-out-action';
import { getTranslator } from '@/lib/i18n/server';

/** Sign in / sign up when anonymous; the member's name, account link and sign-out otherwise. */
export async function AccountMenu({ className }: { className?: string }) {
  const [{ t }, user] = await Promise.all([getTranslator(), currentUser()]);
  if (!user) {
    return (
      <div className={classNames('flex items-center gap-1', className)}>
        <LinkButton href="/auth/sign-in" variant="ghost" size="sm">
          {t('authUi.header.signIn')}
        </LinkButton>
        <LinkButton href="/auth/sign-up" size="sm">
          {t('authUi.header.signUp')}
        </LinkButton>
      </div>
    );
  }
  const staff = (STAFF_ROLES as readonly string[]).includes(user.role);
  return (
    <div className={classNames('flex items-center gap-1', className)}>
      {staff ? (
        <Link
          href="/admin"
          className="flex items-center rounded-full px-2.5 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 sm:px-3"
        >
          {/* An icon on phones, where the header has no room for the words. */}
          <ShieldCheck aria-hidden="true" className="size-5 sm:hidden" />
          <span className="sr-only sm:not-sr-only">{t('admin.nav.label')}</span>
        </Link>
      ) : null}
      <Link
        href="/account"
        className="max-w-48 truncate rounded-full px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
        title={t('authUi.header.signedInAs', { name: user.name })}
      >
        <span className="sr-only">{t('authUi.header.account')} · </span>
        {user.name}
      </Link>
      <form action={signOutAction}>
        <Button type="submit" variant="ghost" size="sm">
          {t('authUi.header.signOut')}
        </Button>
      </form>
    </div>
  );
}
