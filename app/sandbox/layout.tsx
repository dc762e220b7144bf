import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SandboxBanner } from '@/components/sandbox/sandbox-banner';
import { env } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/server';
import { sandboxEnabled } from '@/lib/sandbox/sandbox-enabled';

// Nothing under /sandbox exists on a real production site; search engines never index it.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function SandboxLayout({ children }: { children: ReactNode }) {
  if (!sandboxEnabled(env())) notFound();
  const { t } = await getTranslator();
  return (
    <>
      <SandboxBanner t={t} />
      {children}
    </>
  );
}
