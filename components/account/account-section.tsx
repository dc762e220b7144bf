import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { classNames } from '@/components/ui/class-names';

/** One titled card of an account page; `id` doubles as an anchor (`/account/security#email`). */
export function AccountSection({
  id,
  title,
  intro,
  tone = 'default',
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  tone?: 'default' | 'danger';
  children: ReactNode;
}) {
  return (
    <Card
      as="section"
      padding="none"
      id={id}
      aria-labelledby={`${id}-title`}
      className={classNames('scroll-mt-24 p-5 sm:p-8', tone === 'danger' && 'border-red-200')}
    >
      <h2 id={`${id}-title`} className={classNames('text-xl font-bold', tone === 'danger' && 'text-red-800')}>
        {title}
      </h2>
      {intro ? <div className="mt-2 text-slate-600">{intro}</div> : null}
      <div className="mt-5">{children}</div>
    </Card>
  );
}
