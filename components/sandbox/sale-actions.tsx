'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field-error';
import type { FormState } from '@/lib/auth/form-state';
import { FormAlert } from './form-messages';

export type SaleActionLabels = { approve: string; decline: string; amend: string; newAmount: string };

/**
 * One sale's buttons in the console. Both forms post to the same action (the
 * pressed button names the intent), so the sale has one place for the result.
 * Only the moves the sale allows are offered; the server refuses the rest anyway.
 */
export function SaleActions({
  action,
  saleId,
  status,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  saleId: number;
  status: 'pending' | 'approved' | 'declined';
  labels: SaleActionLabels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  if (status === 'declined' && !state.error && !state.notice) return null;
  const inputId = `sandbox-amend-${saleId}`;
  const errors = state.fields?.newAmount;
  return (
    <div className="flex flex-col gap-3">
      <FormAlert error={state.error} />
      {state.notice && !state.error ? (
        <p role="status" className="text-sm font-semibold text-brand-800">
          {state.notice}
        </p>
      ) : null}
      {status === 'pending' ? (
        <form action={formAction} className="flex flex-wrap gap-2">
          <input type="hidden" name="saleId" value={saleId} />
          <Button type="submit" name="intent" value="approve" size="sm" disabled={pending}>
            {labels.approve}
          </Button>
          <Button
            type="submit"
            name="intent"
            value="decline"
            size="sm"
            variant="secondary"
            disabled={pending}
          >
            {labels.decline}
          </Button>
        </form>
      ) : null}
      {status !== 'declined' ? (
        <form action={formAction} noValidate className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="saleId" value={saleId} />
          <input type="hidden" name="intent" value="amend" />
          <div className="flex flex-col gap-1">
            <label htmlFor={inputId} className="text-sm font-semibold text-slate-800">
              {labels.newAmount}
            </label>
            <input
              id={inputId}
              name="newAmount"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={state.values?.newAmount ?? ''}
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${inputId}-error` : undefined}
              className="h-9 w-36 rounded-lg border border-slate-300 bg-white px-3 text-sm aria-invalid:border-red-600"
            />
          </div>
          <Button type="submit" size="sm" variant="secondary" disabled={pending}>
            {labels.amend}
          </Button>
          <FieldError id={`${inputId}-error`} messages={errors} />
        </form>
      ) : null}
    </div>
  );
}
