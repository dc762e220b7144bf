import { InlineActionForm } from '@/components/admin/ingestion/inline-action-form';
import type { FormState } from '@/lib/auth/form-state';

/** One button on a charity's or brand's row; its answer (or refusal) shows beside it, even once the row has changed. */
export function RowButton({
  action,
  hidden,
  label,
  formLabel,
  enabled,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  /** "Désactiver : Repas solidaires", for assistive technology and tests. */
  formLabel: string;
  enabled: boolean;
}) {
  return (
    <InlineActionForm
      action={action}
      hidden={hidden}
      submitLabel={label}
      enabled={enabled}
      label={formLabel}
      className="min-w-0"
    />
  );
}
