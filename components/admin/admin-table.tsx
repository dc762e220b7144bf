import type { ReactNode } from 'react';

// The back office's data tables: scrolls sideways on a narrow screen, a
// header row of column names (figures right-aligned), the rows given as
// children. A column given as null is left out (a column only some views show).

export type AdminColumn = { label: string; numeric?: boolean } | null;

export function AdminTable({ columns, children }: { columns: readonly AdminColumn[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            {columns.map((column) =>
              column ? (
                <th
                  key={column.label}
                  className={column.numeric ? 'py-2 pr-4 text-right font-medium' : 'py-2 pr-4 font-medium'}
                >
                  {column.label}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
