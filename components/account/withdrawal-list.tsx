'use client';

import { useActionState } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/auth/form-state';
import { FormMessages } from './form-messages';

export type WithdrawalRow = {
  id: string;
  date: string;
  amount: string;
  destination: string;
  status: string;
  tone: BadgeTone;
  /** Why it is held, rejected or returned, in the member's words. */
  notes: string[];
  timeline: string[];
  cancelLabel: string | null;
};

/**
 * The member's withdrawals as one form: each cancel button posts its
 * withdrawal's id, and the status line stays in place while the list
 * refreshes.
 */
export function WithdrawalList({
  rows,
  labels,
  action,
}: {
  rows: WithdrawalRow[];
  labels: { list: string; timeline: string };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessages state={state} />
      <ul aria-label={labels.list} className="divide-y divide-slate-200">
        {rows.map((row) => (
          <li key={row.id} data-testid="withdrawal" className="flex flex-col gap-2 py-4 first:pt-0">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold text-slate-900">
                <span className="tabular-nums">{row.amount}</span>
                <span className="font-normal text-slate-600"> · {row.destination}</span>
              </p>
              <Badge tone={row.tone} data-testid="withdrawal-status">
                {row.status}
              </Badge>
            </div>
            <p className="text-sm text-slate-600">{row.date}</p>
            {row.notes.map((note) => (
              <p key={note} className="rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {note}
              </p>
            ))}
            <details className="text-sm text-slate-600">
              <summary className="cursor-pointer font-semibold text-slate-700">{labels.timeline}</summary>
              <ol className="mt-1 list-decimal pl-5">
                {row.timeline.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
            </details>
            {row.cancelLabel ? (
              <div>
                <Button
                  type="submit"
                  name="withdrawalId"
                  value={row.id}
                  variant="secondary"
                  size="sm"
                  disabled={pending}
                >
                  {row.cancelLabel}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </form>
  );
}
