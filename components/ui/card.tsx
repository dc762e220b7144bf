import type { HTMLAttributes } from 'react';
import { classNames } from './class-names';

export type CardProps = HTMLAttributes<HTMLElement> & {
  as?: 'div' | 'article' | 'section' | 'li' | 'aside';
  /** Lift on hover, for cards that contain (or are covered by) a link. */
  interactive?: boolean;
  padding?: 'none' | 'md' | 'lg';
};

const paddings = { none: '', md: 'p-5', lg: 'p-6 sm:p-8' } as const;

/** A rounded white surface with a hairline border and a soft shadow. */
export function Card({
  as: Tag = 'div',
  interactive = false,
  padding = 'md',
  className,
  ...props
}: CardProps) {
  return (
    <Tag
      className={classNames(
        'rounded-card border border-slate-200/80 bg-white shadow-card',
        interactive && 'transition-shadow hover:border-brand-200 hover:shadow-card-hover',
        paddings[padding],
        className,
      )}
      {...props}
    />
  );
}
