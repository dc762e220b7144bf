import type { ReactNode } from 'react';

export type PillTone = 'ok' | 'warn' | 'error' | 'neutral';

const tones: Record<PillTone, string> = {
  ok: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  warn: 'bg-amber-50 text-amber-900 ring-amber-200',
  error: 'bg-red-50 text-red-800 ring-red-200',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
};

/** A state as a coloured pill; the word says it, the colour only helps the eye. */
export function StatusPill({
  tone,
  children,
  testId,
}: {
  tone: PillTone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

export const inboxStatusTone = {
  processed: 'ok',
  received: 'warn',
  parse_error: 'error',
} as const satisfies Record<string, PillTone>;
