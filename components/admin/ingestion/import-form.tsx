'use client';

import { useActionState, useId, useState } from 'react';
import type {
  ImportAccountOption,
  ImportApplyState,
  ImportLabels,
  ImportPreviewState,
} from '@/app/admin/ingestion/import/import-state';
import { LabelledField } from '@/components/admin/labelled-field';
import { OptionSelect } from '@/components/admin/option-select';
import { UploadFileInput } from '@/components/admin/upload-file-input';
import { Button } from '@/components/ui/button';
import { ImportApplyForm } from './import-apply-form';
import { ImportPreview } from './import-preview';

type Props = {
  accounts: ImportAccountOption[];
  labels: ImportLabels;
  previewAction: (state: ImportPreviewState, formData: FormData) => Promise<ImportPreviewState>;
  applyAction: (state: ImportApplyState, formData: FormData) => Promise<ImportApplyState>;
};

const fieldClass =
  'h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm text-slate-900 hover:border-slate-400 focus:border-brand-600';

/** Report import: account, format and file → the server's preview → apply (the file is read again there). */
export function ImportForm({ accounts, labels, previewAction, applyAction }: Props) {
  const [state, formAction, pending] = useActionState(previewAction, {});
  const id = useId();
  const [accountId, setAccountId] = useState(state.values?.networkAccountId ?? String(accounts[0]?.id ?? ''));
  const account = accounts.find((a) => String(a.id) === accountId);
  const formats = account?.formats ?? [];
  const [formatId, setFormatId] = useState(state.values?.format ?? formats[0]?.id ?? '');
  const format = formats.find((f) => f.id === formatId) ?? formats[0];

  return (
    <div className="flex flex-col gap-6">
      <form
        action={formAction}
        noValidate
        aria-label={labels.preview}
        className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end"
      >
        <LabelledField id={`${id}-account`} label={labels.account}>
          <OptionSelect
            id={`${id}-account`}
            name="networkAccountId"
            value={accountId}
            onChange={(e) => {
              setAccountId(e.target.value);
              const next = accounts.find((a) => String(a.id) === e.target.value);
              setFormatId(next?.formats[0]?.id ?? '');
            }}
            options={accounts.map((a) => ({ value: String(a.id), label: a.label }))}
            emptyLabel={labels.chooseAccount}
            className={fieldClass}
          />
        </LabelledField>
        <LabelledField id={`${id}-format`} label={labels.format}>
          <OptionSelect
            id={`${id}-format`}
            name="format"
            value={format?.id ?? ''}
            onChange={(e) => setFormatId(e.target.value)}
            options={formats.map((f) => ({ value: f.id, label: f.label }))}
            emptyLabel={labels.noFormats}
            className={fieldClass}
          />
        </LabelledField>
        <LabelledField id={`${id}-file`} label={labels.file}>
          <UploadFileInput id={`${id}-file`} accept={format?.accept} />
        </LabelledField>
        <div className="sm:col-span-3">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {labels.preview}
          </Button>
        </div>
      </form>

      {state.error ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}

      {state.preview && !state.error ? (
        <>
          <ImportPreview preview={state.preview} labels={labels} />
          {state.preview.canApply ? (
            <ImportApplyForm
              key={state.preview.token}
              preview={state.preview}
              labels={labels}
              action={applyAction}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
