'use server';

import { notFound } from 'next/navigation';
import type { OrderFormState } from '@/components/sandbox/order-form';
import { getDb } from '@/db/client';
import { formObject } from '@/lib/auth/form-fields';
import { errorState } from '@/lib/auth/form-state';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { placeSandboxOrder } from '@/lib/sandbox/place-order';
import { sandboxEnabled } from '@/lib/sandbox/sandbox-enabled';

/** "Place an order" in the fake shop: anyone may, as in a real shop; the domain validates everything. */
export async function placeOrderAction(_state: OrderFormState, formData: FormData): Promise<OrderFormState> {
  const config = env();
  if (!sandboxEnabled(config)) notFound();
  const { locale, t } = await getTranslator();
  const raw = formObject(formData, ['advertiserId', 'clickRef', 'amount', 'customerType']);
  try {
    const clock = { postbackDelayS: config.SANDBOX_POSTBACK_DELAY_S };
    const { sale } = await placeSandboxOrder(await getDb(), raw, clock);
    const money = (amountMinor: number) =>
      formatMoney({ amountMinor, currency: sale.saleCurrency }, intlLocale[locale]);
    return {
      order: {
        orderRef: sale.orderRef,
        amount: money(sale.saleAmountMinor),
        commission: money(sale.commissionAmountMinor),
        reportNote: t('sandbox.shop.reportNote', { count: clock.postbackDelayS }),
      },
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string).slice(0, 200) : '');
    return errorState(t, error, { amount: text('amount'), customerType: text('customerType') });
  }
}
