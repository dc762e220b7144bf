'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field-error';
import type { FormState } from '@/lib/auth/form-state';
import { FormAlert } from './form-messages';

export type PlacedOrder = { orderRef: string; amount: string; commission: string; reportNote: string };
export type OrderFormState = FormState & { order?: PlacedOrder };

export type OrderFormLabels = {
  title: string;
  amount: string;
  amountHint: string;
  customer: string;
  customerNew: string;
  customerExisting: string;
  submit: string;
  confirmedTitle: string;
  orderRef: string;
  saleAmount: string;
  commission: string;
  another: string;
};

const inputClass =
  'h-11 w-full max-w-xs rounded-xl border border-slate-300 bg-white px-3.5 text-base text-slate-900 hover:border-slate-400 focus:border-brand-600 aria-invalid:border-red-600';

/** "Place an order" in the fake shop; on success the confirmation takes the form's place. */
export function OrderForm({
  action,
  advertiserId,
  clickRef,
  againHref,
  labels,
}: {
  action: (state: OrderFormState, formData: FormData) => Promise<OrderFormState>;
  advertiserId: string;
  clickRef: string | null;
  /** This page as the network opened it: a fresh form for the same click. */
  againHref: string;
  labels: OrderFormLabels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.order) return <Confirmation order={state.order} againHref={againHref} labels={labels} />;
  const amountError = state.fields?.amount;
  const customerError = state.fields?.customerType;
  const customer = state.values?.customerType ?? 'new';
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5" aria-label={labels.title}>
      <FormAlert error={state.error} />
      <input type="hidden" name="advertiserId" value={advertiserId} />
      <input type="hidden" name="clickRef" value={clickRef ?? ''} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="sandbox-amount" className="text-sm font-semibold text-slate-800">
          {labels.amount}
        </label>
        <input
          id="sandbox-amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={state.values?.amount ?? ''}
          aria-invalid={amountError ? true : undefined}
          aria-describedby={amountError ? 'sandbox-amount-error sandbox-amount-hint' : 'sandbox-amount-hint'}
          className={inputClass}
        />
        <p id="sandbox-amount-hint" className="text-sm text-slate-500">
          {labels.amountHint}
        </p>
        <FieldError id="sandbox-amount-error" messages={amountError} />
      </div>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={customerError ? 'sandbox-customer-error' : undefined}
      >
        <legend className="mb-1 text-sm font-semibold text-slate-800">{labels.customer}</legend>
        {(['new', 'existing'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2.5 text-slate-700">
            <input
              type="radio"
              name="customerType"
              value={value}
              defaultChecked={customer === value}
              className="size-4 accent-brand-700"
            />
            {value === 'new' ? labels.customerNew : labels.customerExisting}
          </label>
        ))}
        <FieldError id="sandbox-customer-error" messages={customerError} />
      </fieldset>
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending} className="self-start">
        {labels.submit}
      </Button>
    </form>
  );
}

function Confirmation({
  order,
  againHref,
  labels,
}: {
  order: PlacedOrder;
  againHref: string;
  labels: OrderFormLabels;
}) {
  return (
    <section
      role="status"
      aria-labelledby="sandbox-confirmed"
      data-testid="sandbox-order-confirmation"
      className="flex flex-col gap-4 rounded-xl border border-brand-200 bg-brand-50 p-5 text-brand-950"
    >
      <h3 id="sandbox-confirmed" className="text-lg font-bold">
        {labels.confirmedTitle}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
        <dt className="font-semibold">{labels.orderRef}</dt>
        <dd data-testid="sandbox-order-ref" className="font-mono">
          {order.orderRef}
        </dd>
        <dt className="font-semibold">{labels.saleAmount}</dt>
        <dd>{order.amount}</dd>
        <dt className="font-semibold">{labels.commission}</dt>
        <dd data-testid="sandbox-order-commission">{order.commission}</dd>
      </dl>
      <p className="text-sm">{order.reportNote}</p>
      {/* A full reload, so the form starts again from the server's state. */}
      <a href={againHref} className="self-start text-sm font-semibold text-brand-800 underline">
        {labels.another}
      </a>
    </section>
  );
}
