import type { FormState } from '@/lib/auth/form-state';

/** A form's general error or success notice, styled like the auth forms'. */
export function FormMessages({ state }: { state: FormState }) {
  if (state.error) {
    return (
      <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
        {state.error}
      </p>
    );
  }
  if (state.notice) {
    return (
      <p
        role="status"
        className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900"
      >
        {state.notice}
      </p>
    );
  }
  return null;
}
