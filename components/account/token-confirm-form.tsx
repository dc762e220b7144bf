import { AuthForm } from '@/components/auth/auth-form';
import { Card } from '@/components/ui/card';
import type { FormState } from '@/lib/auth/form-state';

/** An e-mailed link's landing: one button that posts its token (a mail scanner following the link changes nothing). */
export function TokenConfirmForm({
  token,
  action,
  submitLabel,
}: {
  token: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
}) {
  return (
    <Card padding="lg">
      <AuthForm
        action={action}
        submitLabel={submitLabel}
        fields={[{ name: 'token', type: 'hidden', label: '', defaultValue: token }]}
      />
    </Card>
  );
}
