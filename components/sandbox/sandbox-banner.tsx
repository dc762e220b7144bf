import { FlaskConical } from 'lucide-react';
import { Container } from '@/components/ui/container';
import type { Translator } from '@/lib/i18n/translate';

/** The stripe over every /sandbox page: nobody should take the fake shop for a real one. */
export function SandboxBanner({ t }: { t: Translator }) {
  return (
    <div
      role="note"
      data-testid="sandbox-banner"
      className="border-b border-amber-300 bg-amber-100 text-amber-950"
    >
      <Container className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm">
        <span className="inline-flex items-center gap-1.5 rounded-full bg-amber-950 px-2.5 py-0.5 text-xs font-bold tracking-wide text-amber-50 uppercase">
          <FlaskConical aria-hidden="true" className="size-3.5" />
          {t('sandbox.banner.label')}
        </span>
        <span>{t('sandbox.banner.text')}</span>
      </Container>
    </div>
  );
}
