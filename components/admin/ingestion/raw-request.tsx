import { Card } from '@/components/ui/card';
import type { InboxEventDetail } from '@/lib/admin/ingestion-inbox-detail';
import type { Translator } from '@/lib/i18n/translate';

const preClass =
  'max-h-96 overflow-auto rounded-xl border border-slate-200 bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap break-all text-slate-900';

/** One `name=value` per line: how ops read a query string, and safe to copy. */
function lines(record: Record<string, string> | null): string {
  return Object.entries(record ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

/**
 * The request as received, as text: React escapes it, so a payload carrying
 * markup or script shows as characters and never runs in the back office.
 */
export function RawRequest({ detail, t }: { detail: InboxEventDetail; t: Translator }) {
  const parts: [string, string, string][] = [
    ['raw-query', t('admin.ingestion.detail.query'), lines(detail.query)],
    ['raw-headers', t('admin.ingestion.detail.headers'), lines(detail.headers)],
    ['raw-body', t('admin.ingestion.detail.body'), detail.body],
  ];
  return (
    <Card as="section" aria-labelledby="raw-request" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="raw-request" className="text-lg font-bold">
          {t('admin.ingestion.detail.raw')}
        </h2>
        <p className="text-sm text-slate-600">{t('admin.ingestion.detail.rawIntro')}</p>
      </div>
      {parts.map(([id, label, text]) => (
        <div key={id} className="flex flex-col gap-1">
          <h3 id={id} className="font-semibold text-slate-700">
            {label}
          </h3>
          <pre data-testid={id} className={preClass}>
            {text === '' ? t('admin.ingestion.detail.emptyBody') : text}
          </pre>
        </div>
      ))}
    </Card>
  );
}
