import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** A short line above the title. */
  eyebrow?: ReactNode;
  /** Buttons or links shown beside (wide screens) or under (narrow) the title. */
  actions?: ReactNode;
  className?: string;
};

/** The page's `<h1>` with its introduction. */
export function PageHeader({ title, description, eyebrow, actions, className }: PageHeaderProps) {
  return (
    <header
      className={classNames(
        'flex flex-col gap-6 py-10 sm:py-14 md:flex-row md:items-end md:justify-between',
        className,
      )}
    >
      <div className="max-w-3xl">
        {eyebrow ? (
          <p className="mb-3 text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
        ) : null}
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        {description ? <div className="mt-4 text-lg text-pretty text-slate-600">{description}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-3">{actions}</div> : null}
    </header>
  );
}
