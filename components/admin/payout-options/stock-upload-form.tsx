'use client';

import { useActionState, useId } from 'react';
import type { StockUploadState } from '@/app/admin/payout-options/form-states';
import { FormMessages } from '@/components/account/form-messages';
import { LabelledField } from '@/components/admin/labelled-field';
import { OptionSelect } from '@/components/admin/option-select';
import { UploadFileInput } from '@/components/admin/upload-file-input';
import { Button } from '@/components/ui/button';

export type StockUploadLabels = {
  brand: string;
  chooseBrand: string;
  file: string;
  text: string;
  submit: string;
  problemsLabel: string;
  /** Names the form for assistive technology and tests. */
  form: string;
};

type Props = {
  action: (state: StockUploadState, formData: FormData) => Promise<StockUploadState>;
  brands: { id: number; label: string }[];
  labels: StockUploadLabels;
};

const fieldClass =
  'w-full min-w-0 rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900 hover:border-slate-400 focus:border-brand-600';

/** Brand, then a CSV file or pasted text; the answer lists a refused file's problems by line. */
export function StockUploadForm({ action, brands, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  const problemsId = `${id}-problems`;
  return (
    <form action={formAction} noValidate aria-label={labels.form} className="flex flex-col gap-4">
      {state.error ? (
        <div
          role="alert"
          className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <p className="font-semibold">{state.error}</p>
          {state.problems?.length ? (
            <ul aria-label={labels.problemsLabel} id={problemsId} className="mt-2 list-disc pl-5 break-words">
              {state.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
          {state.more ? <p className="mt-2">{state.more}</p> : null}
        </div>
      ) : null}
      {state.error ? null : <FormMessages state={{ notice: state.notice }} />}
      <LabelledField id={`${id}-brand`} label={labels.brand}>
        <OptionSelect
          id={`${id}-brand`}
          name="brandId"
          defaultValue={state.values?.brandId ?? String(brands[0]?.id ?? '')}
          options={brands.map((brand) => ({ value: String(brand.id), label: brand.label }))}
          emptyLabel={labels.chooseBrand}
          className={`${fieldClass} h-11`}
        />
      </LabelledField>
      <LabelledField id={`${id}-file`} label={labels.file}>
        <UploadFileInput id={`${id}-file`} accept=".csv,.txt,text/csv,text/plain" />
      </LabelledField>
      <LabelledField id={`${id}-text`} label={labels.text}>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={5}
          spellCheck={false}
          autoComplete="off"
          defaultValue={state.values?.text ?? ''}
          placeholder={'code;value;expires_on\nABCD-1234-EFGH;10,00;2027-06-30'}
          aria-describedby={state.problems?.length ? problemsId : undefined}
          className={`${fieldClass} py-2 font-mono text-sm`}
        />
      </LabelledField>
      <Button
        type="submit"
        disabled={pending || brands.length === 0}
        aria-disabled={pending}
        className="self-start"
      >
        {labels.submit}
      </Button>
    </form>
  );
}
