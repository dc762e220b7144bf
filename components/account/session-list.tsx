'use client';

import { useActionState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/auth/form-state';
import { FormMessages } from './form-messages';

export type SessionRow = {
  id: string;
  device: string;
  details: string[];
  current: boolean;
  signOutLabel: string;
};

export type SessionListLabels = {
  list: string;
  thisDevice: string;
  signOut: string;
  signOutOthers: string;
  onlyThisOne: string;
};

/**
 * The signed-in devices as one form: each button posts its session id (or
 * "others"), and the status line stays in place while the list refreshes.
 */
export function SessionList({
  rows,
  labels,
  action,
}: {
  rows: SessionRow[];
  labels: SessionListLabels;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const others = rows.some((row) => !row.current);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessages state={state} />
      <ul aria-label={labels.list} className="divide-y divide-slate-200">
        {rows.map((row) => (
          <li
            key={row.id}
            data-testid="session"
            className="flex flex-col gap-3 py-4 first:pt-0 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {row.device}
                {row.current ? <Badge tone="success">{labels.thisDevice}</Badge> : null}
              </p>
              {row.details.map((line) => (
                <p key={line} className="text-sm text-slate-600">
                  {line}
                </p>
              ))}
            </div>
            {row.current ? null : (
              <Button
                type="submit"
                name="signOut"
                value={row.id}
                variant="secondary"
                size="sm"
                aria-label={row.signOutLabel}
                disabled={pending}
              >
                {labels.signOut}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others ? (
        <Button
          type="submit"
          name="signOut"
          value="others"
          variant="secondary"
          disabled={pending}
          className="self-start"
        >
          {labels.signOutOthers}
        </Button>
      ) : (
        <p className="text-sm text-slate-600">{labels.onlyThisOne}</p>
      )}
    </form>
  );
}
