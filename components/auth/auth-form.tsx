'use client';

import { useActionState } from 'react';
import { FormMessages } from '@/components/account/form-messages';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field-error';
import type { FormState } from '@/lib/auth/form-state';

export type AuthField = {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text' | 'checkbox' | 'select' | 'hidden';
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  defaultValue?: string;
  options?: { value: string; label: string }[];
  /** A page to read before ticking (terms, privacy policy): opens in a new tab so the form keeps its input. */
  link?: { href: string; label: string };
};

const inputClass =
  'h-11 w-full rounded-xl border border-slate-300 bg-white px-3.5 text-base text-slate-900 hover:border-slate-400 focus:border-brand-600 aria-invalid:border-red-600';

/** A form posted to a server action; shows its general and per-field errors. */
export function AuthForm({
  action,
  fields,
  submitLabel,
  initialNotice,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: AuthField[];
  submitLabel: string;
  initialNotice?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { notice: initialNotice });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormMessages state={state} />
      {fields.map((field) => (
        <FieldRow key={field.name} field={field} state={state} />
      ))}
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}

function FieldRow({ field, state }: { field: AuthField; state: FormState }) {
  const id = `field-${field.name}`;
  const errors = state.fields?.[field.name];
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const value = state.values?.[field.name] ?? field.defaultValue;

  if (field.type === 'hidden')
    return <input type="hidden" name={field.name} value={field.defaultValue ?? ''} />;

  const errorText = <FieldError id={errorId} messages={errors} />;

  if (field.type === 'checkbox') {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="flex items-start gap-3 text-sm text-slate-700">
          <input
            id={id}
            name={field.name}
            type="checkbox"
            defaultChecked={value === 'on'}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={describedBy}
            className="mt-0.5 size-4 accent-brand-700"
          />
          <span>{field.label}</span>
        </label>
        {field.link ? (
          <a
            href={field.link.href}
            target="_blank"
            rel="noopener"
            className="ml-7 text-sm font-semibold text-brand-700 hover:underline"
          >
            {field.link.label}
          </a>
        ) : null}
        {errorText}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {field.label}
      </label>
      {field.type === 'select' ? (
        <select
          id={id}
          name={field.name}
          defaultValue={value}
          className={inputClass}
          aria-describedby={describedBy}
        >
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={field.name}
          type={field.type}
          autoComplete={field.autoComplete}
          required={field.required}
          defaultValue={field.type === 'password' ? undefined : value}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
      {field.hint ? (
        <p id={hintId} className="text-sm text-slate-500">
          {field.hint}
        </p>
      ) : null}
      {errorText}
    </div>
  );
}
