// GET /sandbox/console: the sandbox network's advertiser console (ops and admins): sales, their postbacks, approve/decline/amend.
import type { Metadata } from 'next';
import { SaleList } from '@/components/sandbox/sale-list';
import { SalePager } from '@/components/sandbox/sale-pager';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { dueSandboxPostbacks } from '@/lib/sandbox/due-postbacks';
import { listSandboxSales } from '@/lib/sandbox/list-sales';
import { consoleSaleAction } from './actions';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('sandbox.console.metaTitle') };
}

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function SandboxConsolePage({ searchParams }: Props) {
  await requireStaff('/sandbox/console');
  const [{ locale, t }, query, db] = await Promise.all([getTranslator(), searchParams, getDb()]);
  const before =
    typeof query.before === 'string' && /^\d{1,15}$/.test(query.before) ? Number(query.before) : null;
  const [page, due] = await Promise.all([
    listSandboxSales(db, { limit: PAGE_SIZE, cursor: before }),
    dueSandboxPostbacks(db, { limit: 1000 }),
  ]);
  return (
    <Container className="flex flex-col gap-6 pb-16">
      <PageHeader
        eyebrow={t('sandbox.console.eyebrow')}
        title={t('sandbox.console.title')}
        description={<p className="text-base">{t('sandbox.console.intro')}</p>}
      />
      <p className="text-sm text-slate-600">{t('sandbox.console.waiting', { count: due.length })}</p>
      {page.sales.length === 0 ? (
        <p className="text-slate-600">{t('sandbox.console.empty')}</p>
      ) : (
        <SaleList sales={page.sales} action={consoleSaleAction} locale={locale} t={t} />
      )}
      <SalePager before={before} nextCursor={page.nextCursor} t={t} />
    </Container>
  );
}
