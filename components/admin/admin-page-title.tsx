import type { ReactNode } from 'react';

/** A back-office page's `<h1>`: smaller than the public pages' headers, the work is below it. */
export function AdminPageTitle({
  title,
  intro,
  above,
}: {
  title: ReactNode;
  intro?: ReactNode;
  above?: ReactNode;
}) {
  return (
    <header className="flex flex-col gap-2">
      {above}
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{title}</h1>
      {intro ? <p className="max-w-3xl text-pretty text-slate-600">{intro}</p> : null}
    </header>
  );
}
