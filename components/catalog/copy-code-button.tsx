'use client';

import { Check, Copy } from 'lucide-react';
import { useState } from 'react';

type Props = { code: string; copyLabel: string; copiedLabel: string; copyText: string };

/** Copies a coupon code to the clipboard and says so (politely, for screen readers too). */
export function CopyCodeButton({ code, copyLabel, copiedLabel, copyText }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={copyLabel}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(code);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
      className="inline-flex h-9 items-center gap-1.5 rounded-full bg-white px-3 text-sm font-semibold text-brand-800 ring-1 ring-slate-300 hover:bg-brand-50"
    >
      {copied ? (
        <Check aria-hidden="true" className="size-4" />
      ) : (
        <Copy aria-hidden="true" className="size-4" />
      )}
      <span aria-live="polite">{copied ? copiedLabel : copyText}</span>
    </button>
  );
}
