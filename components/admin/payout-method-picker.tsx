import Form from 'next/form';
import { Button } from '@/components/ui/button';
import type { PayoutMethodKind } from '@/db/schema';
import type { Translator } from '@/lib/i18n/translate';

const METHODS: readonly PayoutMethodKind[] = ['sepa', 'paypal', 'charity', 'gift_card'];

/** Which method's approved withdrawals to list (a GET form: the URL holds it). */
export function PayoutMethodPicker({ method, t }: { method: PayoutMethodKind; t: Translator }) {
  return (
    <Form action="/admin/payouts" className="flex flex-wrap items-end gap-2">
      <label htmlFor="batch-method" className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {t('payoutsAdmin.batches.method')}
        <select
          id="batch-method"
          name="method"
          defaultValue={method}
          className="h-10 rounded-xl border border-slate-300 bg-white px-3 text-sm"
        >
          {METHODS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`withdrawals.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" size="sm">
        {t('admin.common.apply')}
      </Button>
    </Form>
  );
}
