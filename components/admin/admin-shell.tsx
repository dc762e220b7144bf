import { ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';
import type { SessionUser } from '@/lib/auth/credentials';
import type { Translator } from '@/lib/i18n/translate';
import { AdminNav } from './admin-nav';

/** The back-office frame: a dark band that says where one is and as whom, the section menu, the page. */
export function AdminShell({ user, t, children }: { user: SessionUser; t: Translator; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <div className="bg-slate-900 text-white">
        <Container
          size="wide"
          className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5 text-sm"
        >
          <p className="flex items-center gap-2 font-semibold">
            <ShieldCheck aria-hidden="true" className="size-4 text-accent-300" />
            <span data-testid="admin-badge">{t('admin.shell.badge')}</span>
            <span className="hidden font-normal text-slate-300 sm:inline">· {t('admin.shell.intro')}</span>
          </p>
          <p className="text-slate-300">
            {t('admin.shell.signedInAs', { name: user.name, role: t(`admin.roles.${user.role}`) })}
          </p>
        </Container>
      </div>
      <Container size="wide" className="grid gap-6 py-6 lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-10 lg:py-8">
        <aside className="lg:sticky lg:top-24 lg:self-start">
          <AdminNav role={user.role} t={t} />
        </aside>
        <div className="flex min-w-0 flex-col gap-6 pb-10">{children}</div>
      </Container>
    </div>
  );
}
