import type { ReactNode } from 'react';

/** The heading and sections of one account page (the layout adds the section nav around it). */
export function AccountPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <header>
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        {intro ? <p className="mt-3 text-lg text-pretty text-slate-600">{intro}</p> : null}
      </header>
      {children}
    </div>
  );
}
