import type { Translator } from '@/lib/i18n/translate';
import type { OrderFormLabels } from './order-form';

/** The order form's strings, translated on the server (a client component cannot take `t`). */
export function orderFormLabels(t: Translator): OrderFormLabels {
  return {
    title: t('sandbox.shop.orderTitle'),
    amount: t('sandbox.shop.amount'),
    amountHint: t('sandbox.shop.amountHint'),
    customer: t('sandbox.shop.customer'),
    customerNew: t('sandbox.shop.customerNew'),
    customerExisting: t('sandbox.shop.customerExisting'),
    submit: t('sandbox.shop.submit'),
    confirmedTitle: t('sandbox.shop.confirmedTitle'),
    orderRef: t('sandbox.shop.orderRef'),
    saleAmount: t('sandbox.shop.saleAmount'),
    commission: t('sandbox.shop.commission'),
    another: t('sandbox.shop.another'),
  };
}
