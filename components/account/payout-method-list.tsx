'use client';

import { useActionState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/auth/form-state';
import { FormMessages } from './form-messages';

export type PayoutMethodRow = {
  id: string;
  kind: string;
  label: string;
  state: string;
  verified: boolean;
  notes: string[];
  archiveLabel: string;
};

/** The member's payout methods, masked, with where each stands; each remove button posts its id. */
export function PayoutMethodList({
  rows,
  labels,
  action,
}: {
  rows: PayoutMethodRow[];
  labels: { list: string; archive: string };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessages state={state} />
      <ul aria-label={labels.list} className="divide-y divide-slate-200">
        {rows.map((row) => (
          <li
            key={row.id}
            data-testid="payout-method"
            className="flex flex-col gap-2 py-4 first:pt-0 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {row.kind}
                <span className="font-normal wrap-anywhere text-slate-700">{row.label}</span>
                <Badge tone={row.verified ? 'success' : 'boost'}>{row.state}</Badge>
              </p>
              {row.notes.map((note) => (
                <p key={note} className="text-sm text-slate-600">
                  {note}
                </p>
              ))}
            </div>
            <Button
              type="submit"
              name="methodId"
              value={row.id}
              variant="secondary"
              size="sm"
              aria-label={row.archiveLabel}
              disabled={pending}
            >
              {labels.archive}
            </Button>
          </li>
        ))}
      </ul>
    </form>
  );
}
