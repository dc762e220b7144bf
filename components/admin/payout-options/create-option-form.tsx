'use client';

import { useActionState, useId, useRef } from 'react';
import { FormMessages } from '@/components/account/form-messages';
import { LabelledField } from '@/components/admin/labelled-field';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field-error';
import type { FormState } from '@/lib/auth/form-state';
import { deriveSlug } from '@/lib/payout-options/derive-slug';

export type OptionField = {
  name: string;
  label: string;
  kind: 'text' | 'url' | 'textarea' | 'select';
  hint?: string;
  maxLength?: number;
  options?: { value: string; label: string }[];
  defaultValue?: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: OptionField[];
  submitLabel: string;
  /** Names the form for assistive technology and tests. */
  label: string;
};

const inputClass =
  'w-full min-w-0 rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900 hover:border-slate-400 focus:border-brand-600 aria-invalid:border-red-600';

/**
 * "Add a charity" / "Add a brand": the fields, their messages, and a slug
 * that follows the name as ops type it until they write one of their own.
 * The inputs stay uncontrolled, so React's reset after the action leaves
 * them empty on success and refilled (from the answer) on a refusal.
 */
export function CreateOptionForm({ action, fields, submitLabel, label }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  const slugRef = useRef<HTMLInputElement>(null);
  const lastDerived = useRef('');

  const followName = (name: string) => {
    const slug = slugRef.current;
    if (!slug) return;
    // Only while the slug is empty or still the one derived from the name.
    if (slug.value === '' || slug.value === lastDerived.current) slug.value = deriveSlug(name);
    lastDerived.current = deriveSlug(name);
  };

  return (
    <form action={formAction} noValidate aria-label={label} className="flex flex-col gap-4">
      <FormMessages state={state} />
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const errors = state.fields?.[field.name];
        const errorId = errors?.length ? `${fieldId}-error` : undefined;
        const hintId = field.hint ? `${fieldId}-hint` : undefined;
        const common = {
          id: fieldId,
          name: field.name,
          defaultValue: state.values?.[field.name] ?? field.defaultValue,
          'aria-invalid': errors?.length ? true : undefined,
          'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
        };
        return (
          <LabelledField key={field.name} id={fieldId} label={field.label}>
            {field.kind === 'textarea' ? (
              <textarea {...common} rows={2} maxLength={field.maxLength} className={`${inputClass} py-2`} />
            ) : field.kind === 'select' ? (
              <select {...common} className={`${inputClass} h-11`}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                ref={field.name === 'slug' ? slugRef : undefined}
                type={field.kind === 'url' ? 'url' : 'text'}
                inputMode={field.kind === 'url' ? 'url' : undefined}
                autoComplete="off"
                spellCheck={field.name === 'slug' ? false : undefined}
                maxLength={field.maxLength}
                onChange={
                  field.name === 'name' ? (event) => followName(event.currentTarget.value) : undefined
                }
                className={`${inputClass} h-11`}
              />
            )}
            {field.hint ? (
              <p id={hintId} className="text-sm text-slate-500">
                {field.hint}
              </p>
            ) : null}
            <FieldError id={errorId} messages={errors} />
          </LabelledField>
        );
      })}
      <Button type="submit" disabled={pending} aria-disabled={pending} className="self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
