import type { ReactNode } from 'react';
import { type AuthField, AuthForm } from '@/components/auth/auth-form';
import type { FormState } from '@/lib/auth/form-state';

export type AddPayoutMethodCardProps = {
  /** The card's `data-testid` (the journeys find each form by it). */
  testId: string;
  title: string;
  submitLabel: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: AuthField[];
  /** Why the method cannot be added yet (nothing to choose from); shown instead of the form. */
  unavailable?: string;
  /** Shown above the form, e.g. what each choice means. */
  intro?: ReactNode;
};

/** One "add a payout method" card: a heading, then its form (errors, notice, submit) or why it is not offered. */
export function AddPayoutMethodCard({
  testId,
  title,
  submitLabel,
  action,
  fields,
  unavailable,
  intro,
}: AddPayoutMethodCardProps) {
  return (
    <div data-testid={testId}>
      <h3 className="mb-3 text-lg font-bold">{title}</h3>
      {unavailable ? (
        <p className="text-slate-700">{unavailable}</p>
      ) : (
        <>
          {intro}
          <AuthForm action={action} submitLabel={submitLabel} fields={fields} />
        </>
      )}
    </div>
  );
}
