'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type {
  ImportApplyState,
  ImportLabels,
  ImportPreviewState,
} from '@/app/admin/ingestion/import/import-state';
import { Button } from '@/components/ui/button';

type Preview = NonNullable<ImportPreviewState['preview']>;

/** "Apply": posts the previewed file's text again; the server reads and checks it anew. */
export function ImportApplyForm({
  preview,
  labels,
  action,
}: {
  preview: Preview;
  labels: ImportLabels;
  action: (state: ImportApplyState, formData: FormData) => Promise<ImportApplyState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} aria-label={labels.apply} className="flex flex-col gap-3">
      <input type="hidden" name="networkAccountId" value={String(preview.networkAccountId)} />
      <input type="hidden" name="format" value={preview.format} />
      <input type="hidden" name="fileName" value={preview.fileName} />
      <input type="hidden" name="content" value={preview.contentBase64} />
      {state.error ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.notice ? (
        <div
          role="status"
          className="flex flex-col gap-1 rounded-xl border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900"
        >
          <p data-testid="import-result">{state.notice}</p>
          {state.issues ? <p>{state.issues}</p> : null}
          {state.inboxEventId ? (
            <Link href={`/admin/ingestion/inbox/${state.inboxEventId}`} className="font-semibold underline">
              {labels.openInbox}
            </Link>
          ) : null}
        </div>
      ) : (
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {labels.apply}
          </Button>
        </div>
      )}
    </form>
  );
}
