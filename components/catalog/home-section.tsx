import { ArrowRight } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  description?: string;
  icon?: ReactNode;
  more?: { href: string; label: string };
  children: ReactNode;
};

export function HomeSection({ id, title, description, icon, more, children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`${id}-heading`} className="flex items-center gap-2 text-2xl font-bold">
            {icon}
            {title}
          </h2>
          {description ? <p className="mt-1 text-slate-600">{description}</p> : null}
        </div>
        {more ? (
          <Link
            href={more.href}
            className="inline-flex items-center gap-1 text-sm font-semibold text-brand-800 hover:underline"
          >
            {more.label}
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}
