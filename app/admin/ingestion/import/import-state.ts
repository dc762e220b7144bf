import type { PreviewAction } from '@/lib/conversions/import-report';
import type { AdapterIssue } from '@/lib/networks/conversion-event';

// What the import actions hand back to their forms: translated text only, plus
// the file's content so that "Apply" posts it again (and it is read again).

export type ImportPreviewRow = {
  key: string;
  conversionId: string;
  status: string;
  sale: string;
  commission: string;
  action: PreviewAction;
  effect: string;
};

export type ImportPreviewState = {
  error?: string;
  values?: { networkAccountId: string; format: string };
  preview?: {
    /** New on every preview: resets the apply form. */
    token: string;
    networkAccountId: number;
    format: string;
    fileName: string;
    /** The file's exact bytes, base64: form posts would turn its line breaks into CRLF. */
    contentBase64: string;
    summary: string;
    counts: string;
    truncated: string | null;
    rows: ImportPreviewRow[];
    issues: AdapterIssue[];
    canApply: boolean;
  };
};

export type ImportApplyState = { error?: string; notice?: string; issues?: string; inboxEventId?: number };

/** The accounts offered, each with its network's formats. */
export type ImportAccountOption = {
  id: number;
  label: string;
  formats: { id: string; label: string; accept: string }[];
};

/** The form's fixed texts, translated by the page. */
export type ImportLabels = {
  account: string;
  chooseAccount: string;
  format: string;
  noFormats: string;
  file: string;
  preview: string;
  apply: string;
  eventsLabel: string;
  conversionId: string;
  status: string;
  sale: string;
  commission: string;
  effect: string;
  issuesTitle: string;
  issuesIntro: string;
  noEvents: string;
  openInbox: string;
};
