// GET /admin/payout-options: the charities members can donate to and the gift card stock they choose from (ops, admin).
import type { Metadata } from 'next';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { CharityList } from '@/components/admin/payout-options/charity-list';
import { CreateOptionForm } from '@/components/admin/payout-options/create-option-form';
import { GiftCardBrandList } from '@/components/admin/payout-options/gift-card-brand-list';
import { StockUploadForm } from '@/components/admin/payout-options/stock-upload-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/current-user';
import { env } from '@/lib/env';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { charityAdminList } from '@/lib/payout-options/charity-admin-list';
import { DESCRIPTION_LENGTH_MAX, WEBSITE_LENGTH_MAX } from '@/lib/payout-options/charity-form';
import { SLUG_LENGTH_MAX } from '@/lib/payout-options/derive-slug';
import { GIFT_CARD_CURRENCIES } from '@/lib/payout-options/gift-card-brand-form';
import { giftCardStock } from '@/lib/payout-options/gift-card-stock';
import { STOCK_FILE_CARDS_MAX } from '@/lib/payout-options/gift-card-stock-file';
import { payoutDetailsKey } from '@/lib/withdrawals/payout-secrets';
import {
  createCharityAction,
  createGiftCardBrandAction,
  makeDefaultCharityAction,
  setCharityActiveAction,
  setGiftCardBrandActiveAction,
} from './actions';
import { uploadStockAction } from './upload-action';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('payoutOptions.metaTitle') };
}

export default async function AdminPayoutOptionsPage() {
  await requireStaff('/admin/payout-options');
  const [{ t, locale }, db] = await Promise.all([getTranslator(), getDb()]);
  const [charities, brands] = await Promise.all([charityAdminList(db), giftCardStock(db)]);
  const canSeal = payoutDetailsKey(env()) !== null;
  const slugField = (hint: string) => ({
    name: 'slug',
    kind: 'text' as const,
    maxLength: SLUG_LENGTH_MAX,
    hint,
  });
  return (
    <>
      <AdminPageTitle title={t('payoutOptions.title')} intro={t('payoutOptions.intro')} />
      <Card as="section" aria-labelledby="charities-title" className="flex min-w-0 flex-col gap-4">
        <h2 id="charities-title" className="text-lg font-bold">
          {t('payoutOptions.charities.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('payoutOptions.charities.intro')}</p>
        <CharityList
          charities={charities}
          actions={{ setActive: setCharityActiveAction, makeDefault: makeDefaultCharityAction }}
          locale={locale}
          t={t}
        />
        <h3 className="mt-2 border-t border-slate-200 pt-4 font-bold">
          {t('payoutOptions.charities.form.title')}
        </h3>
        <CreateOptionForm
          action={createCharityAction}
          label={t('payoutOptions.charities.form.title')}
          submitLabel={t('payoutOptions.charities.form.submit')}
          fields={[
            { name: 'name', kind: 'text', label: t('payoutOptions.charities.form.name'), maxLength: 120 },
            {
              ...slugField(t('payoutOptions.charities.form.slugHint')),
              label: t('payoutOptions.charities.form.slug'),
            },
            {
              name: 'descriptionFr',
              kind: 'textarea',
              label: t('payoutOptions.charities.form.descriptionFr'),
              maxLength: DESCRIPTION_LENGTH_MAX,
            },
            {
              name: 'descriptionEn',
              kind: 'textarea',
              label: t('payoutOptions.charities.form.descriptionEn'),
              maxLength: DESCRIPTION_LENGTH_MAX,
            },
            {
              name: 'websiteUrl',
              kind: 'url',
              label: t('payoutOptions.charities.form.website'),
              hint: t('payoutOptions.charities.form.websiteHint'),
              maxLength: WEBSITE_LENGTH_MAX,
            },
          ]}
        />
      </Card>
      <Card as="section" aria-labelledby="gift-cards-title" className="flex min-w-0 flex-col gap-4">
        <h2 id="gift-cards-title" className="text-lg font-bold">
          {t('payoutOptions.giftCards.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('payoutOptions.giftCards.intro')}</p>
        <GiftCardBrandList brands={brands} setActive={setGiftCardBrandActiveAction} locale={locale} t={t} />
        <h3 className="mt-2 border-t border-slate-200 pt-4 font-bold">
          {t('payoutOptions.giftCards.form.title')}
        </h3>
        <CreateOptionForm
          action={createGiftCardBrandAction}
          label={t('payoutOptions.giftCards.form.title')}
          submitLabel={t('payoutOptions.giftCards.form.submit')}
          fields={[
            { name: 'name', kind: 'text', label: t('payoutOptions.giftCards.form.name'), maxLength: 120 },
            {
              ...slugField(t('payoutOptions.giftCards.form.slugHint')),
              label: t('payoutOptions.giftCards.form.slug'),
            },
            {
              name: 'currency',
              kind: 'select',
              label: t('payoutOptions.giftCards.form.currency'),
              defaultValue: 'EUR',
              options: GIFT_CARD_CURRENCIES.map((code) => ({ value: code, label: code })),
            },
          ]}
        />
        <h3 className="mt-2 border-t border-slate-200 pt-4 font-bold">{t('payoutOptions.upload.title')}</h3>
        <p className="text-sm text-slate-600">
          {t('payoutOptions.upload.intro', {
            max: new Intl.NumberFormat(intlLocale[locale]).format(STOCK_FILE_CARDS_MAX),
          })}
        </p>
        {canSeal ? null : (
          <p
            role="note"
            className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          >
            {t('payoutOptions.noKey')}
          </p>
        )}
        <StockUploadForm
          action={uploadStockAction}
          brands={brands.map((brand) => ({ id: brand.id, label: `${brand.name} (${brand.currency})` }))}
          labels={{
            form: t('payoutOptions.upload.title'),
            brand: t('payoutOptions.upload.brand'),
            chooseBrand: t('payoutOptions.upload.chooseBrand'),
            file: t('payoutOptions.upload.file'),
            text: t('payoutOptions.upload.text'),
            submit: t('payoutOptions.upload.submit'),
            problemsLabel: t('payoutOptions.upload.problemsLabel'),
          }}
        />
      </Card>
    </>
  );
}
