'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';
import { STOCK_FILE_BYTES_MAX } from '@/lib/payout-options/gift-card-stock-file';
import { stockFileProblemLines } from '@/lib/payout-options/stock-file-messages';
import { uploadGiftCardStock } from '@/lib/payout-options/upload-gift-card-stock';
import { payoutDetailsKey } from '@/lib/withdrawals/payout-secrets';
import type { StockUploadState } from './form-states';

// Gift card stock upload: a chosen file, or else the pasted text, applied in
// one step (the domain writes all or nothing). The pasted text comes back on
// a refusal so ops fix it in place; the codes are never echoed otherwise.

export async function uploadStockAction(
  _state: StockUploadState,
  formData: FormData,
): Promise<StockUploadState> {
  const { t, locale } = await getTranslator();
  const brandId = String(formData.get('brandId') ?? '').slice(0, 12);
  const pasted = formData.get('text');
  const values = {
    brandId,
    text: typeof pasted === 'string' ? pasted.slice(0, STOCK_FILE_BYTES_MAX + 1) : '',
  };
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const content = await uploadedText(formData.get('file'), values.text);
    const result = await uploadGiftCardStock(await getDb(), {
      brandId: /^\d{1,9}$/.test(brandId) ? Number(brandId) : 0,
      content,
      key: payoutDetailsKey(env()),
      // The day as the database sees it is close enough: a card expiring today is accepted, not offered.
      today: new Date().toISOString().slice(0, 10),
      actor,
      ip: clientIp(await headers()),
    });
    if (!result.ok) {
      return {
        values,
        error: t('payoutOptions.upload.refused', { count: result.errorCount }),
        problems: stockFileProblemLines(result.errors, result.currency, intlLocale[locale], t),
        more:
          result.errorCount > result.errors.length
            ? t('payoutOptions.upload.more', { shown: result.errors.length })
            : undefined,
      };
    }
    revalidatePath('/admin/payout-options');
    return {
      values: { brandId, text: '' },
      notice: t('payoutOptions.upload.done', {
        brand: result.brand.name,
        added: result.added,
        skipped: result.skipped,
      }),
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { values, error: t(error.message as MessageKey) };
  }
}

/** The chosen file's text (UTF-8; a leading BOM is the parser's business), else the pasted text. */
async function uploadedText(file: FormDataEntryValue | null, pasted: string): Promise<string> {
  if (file && typeof file !== 'string' && file.size > 0) {
    if (file.size > STOCK_FILE_BYTES_MAX)
      throw new AppError('payload_too_large', 'payoutOptions.upload.problems.tooLarge' satisfies MessageKey);
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
    } catch {
      throw new AppError('unprocessable', 'payoutOptions.upload.errors.unreadable' satisfies MessageKey);
    }
  }
  if (pasted.trim() === '')
    throw new AppError('unprocessable', 'payoutOptions.upload.errors.noContent' satisfies MessageKey);
  return pasted;
}
