import type { ImportLabels, ImportPreviewState } from '@/app/admin/ingestion/import/import-state';
import { classNames } from '@/components/ui/class-names';

type Preview = NonNullable<ImportPreviewState['preview']>;

const effectClass = {
  new: 'bg-brand-50 text-brand-900',
  update: 'bg-amber-50 text-amber-900',
  duplicate: 'bg-slate-100 text-slate-700',
} as const;

/** What applying the file would do: the counts, the first events, the rows the adapter could not read. */
export function ImportPreview({ preview, labels }: { preview: Preview; labels: ImportLabels }) {
  return (
    <section aria-label={labels.eventsLabel} className="flex flex-col gap-3">
      <div
        role="status"
        className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800"
      >
        <p>{preview.summary}</p>
        <p className="font-semibold" data-testid="import-counts">
          {preview.counts}
        </p>
      </div>
      {preview.rows.length === 0 ? (
        <p className="text-sm text-slate-700">{labels.noEvents}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{labels.eventsLabel}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {labels.conversionId}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {labels.status}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {labels.sale}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {labels.commission}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {labels.effect}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {preview.rows.map((row) => (
                <tr key={row.key}>
                  <td className="px-3 py-2 font-mono break-all">{row.conversionId}</td>
                  <td className="px-3 py-2">{row.status}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.sale}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.commission}</td>
                  <td className="px-3 py-2">
                    <span
                      className={classNames(
                        'inline-block rounded-full px-2 py-0.5 text-xs font-semibold',
                        effectClass[row.action],
                      )}
                    >
                      {row.effect}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.truncated ? <p className="text-sm text-slate-600">{preview.truncated}</p> : null}
      {preview.issues.length ? (
        <div className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <h2 className="font-semibold">{labels.issuesTitle}</h2>
          <p>{labels.issuesIntro}</p>
          <ul className="mt-2 list-disc pl-5">
            {preview.issues.map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and never reorder.
              <li key={index}>
                <span className="font-mono">{issue.at}</span> : {issue.problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
