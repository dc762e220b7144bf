import type { ReactNode } from 'react';

// Small pieces for long legal pages (terms of use): an on-page table of
// contents and the lists used in the running text. They take ready strings;
// the page translates.

const linkClass = 'text-brand-700 underline hover:text-brand-900';

/** A numbered list of in-page links to the page's sections (`#id`). */
export function TableOfContents({ label, items }: { label: string; items: { id: string; title: string }[] }) {
  return (
    <nav aria-label={label}>
      <p className="font-semibold text-slate-950">{label}</p>
      <ol className="mt-3 grid gap-x-8 gap-y-1.5 text-sm sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className={linkClass}>
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1.5 pl-5 marker:text-brand-600">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Terms and their meanings, one per row. */
export function TermList({ items }: { items: { term: string; meaning: string }[] }) {
  return (
    <dl className="space-y-3">
      {items.map((item) => (
        <div key={item.term}>
          <dt className="font-semibold text-slate-950">{item.term}</dt>
          <dd>{item.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A short note set apart from the text (a demo disclaimer). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="note"
      className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      {children}
    </p>
  );
}

export { linkClass as legalLinkClass };
