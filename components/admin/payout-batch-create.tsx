'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/auth/form-state';

export type BatchCandidate = { id: string; amount: string; memberEmail: string; destinationLabel: string };

/** The approved withdrawals of one method, all ticked: untick what should wait, then create the batch. */
export function PayoutBatchCreate({
  method,
  items,
  action,
  labels,
}: {
  method: string;
  items: BatchCandidate[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: { create: string };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={labels.create}>
      <input type="hidden" name="method" value={method} />
      {state.error ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <ul className="flex flex-col divide-y divide-slate-200">
        {items.map((item) => (
          <li key={item.id} className="py-2">
            <label className="flex flex-wrap items-center gap-3 text-sm" data-testid="batch-candidate">
              <input type="checkbox" name="withdrawalId" value={item.id} defaultChecked />
              <span className="font-semibold tabular-nums">{item.amount}</span>
              <span>{item.memberEmail}</span>
              <span className="text-slate-500">{item.destinationLabel}</span>
            </label>
          </li>
        ))}
      </ul>
      <Button type="submit" disabled={pending} aria-disabled={pending} className="self-start">
        {labels.create}
      </Button>
    </form>
  );
}
