import type { ComponentProps } from 'react';
import { classNames } from './class-names';

export type BadgeTone = 'neutral' | 'boost' | 'success';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  boost: 'bg-accent-50 text-accent-800 ring-accent-200',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
};

export type BadgeProps = ComponentProps<'span'> & { tone?: BadgeTone };

/** A short label: a boost, a status, "Exclusive". */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      className={classNames(
        'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset',
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
