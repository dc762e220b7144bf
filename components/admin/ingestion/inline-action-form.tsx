'use client';

import { useActionState, useId } from 'react';
import { Button } from '@/components/ui/button';
import { classNames } from '@/components/ui/class-names';
import { FieldError } from '@/components/ui/field-error';
import type { FormState } from '@/lib/auth/form-state';

export type InlineField = {
  name: string;
  label: string;
  type: 'email' | 'text';
  autoComplete?: string;
  maxLength?: number;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  fields?: InlineField[];
  submitLabel: string;
  /** False hides the button but keeps the last answer on screen (the row's state changed under it). */
  enabled?: boolean;
  /** Names the form for assistive technology and tests ("Assign conversion X"). */
  label?: string;
  className?: string;
};

const inputClass =
  'h-10 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm text-slate-900 hover:border-slate-400 focus:border-brand-600 aria-invalid:border-red-600';

/** A small form on a back-office row (replay, mark reviewed, assign): its answer shows beside it. */
export function InlineActionForm({
  action,
  hidden,
  fields = [],
  submitLabel,
  enabled = true,
  label,
  className,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  if (!enabled && !state.notice && !state.error) return null;
  return (
    <form
      action={formAction}
      noValidate
      aria-label={label}
      className={classNames('flex flex-col gap-2', className)}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.error ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.notice && !state.error ? (
        <p
          role="status"
          className="rounded-xl border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900"
        >
          {state.notice}
        </p>
      ) : null}
      {enabled ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
          {fields.map((field) => {
            const fieldId = `${id}-${field.name}`;
            const errors = state.fields?.[field.name];
            const errorId = errors?.length ? `${fieldId}-error` : undefined;
            return (
              <div key={field.name} className="flex min-w-0 flex-1 flex-col gap-1 sm:min-w-56">
                <label htmlFor={fieldId} className="text-sm font-medium text-slate-700">
                  {field.label}
                </label>
                <input
                  id={fieldId}
                  name={field.name}
                  type={field.type}
                  autoComplete={field.autoComplete ?? 'off'}
                  maxLength={field.maxLength}
                  defaultValue={state.values?.[field.name]}
                  aria-invalid={errors?.length ? true : undefined}
                  aria-describedby={errorId}
                  className={inputClass}
                />
                <FieldError id={errorId} messages={errors} />
              </div>
            );
          })}
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            disabled={pending}
            aria-disabled={pending}
            className="self-start sm:self-end"
          >
            {submitLabel}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
