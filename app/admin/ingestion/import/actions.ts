'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import {
  applyReport,
  checkReportContent,
  IMPORT_MAX_BYTES,
  previewReport,
} from '@/lib/conversions/import-report';
import { AppError, isAppError } from '@/lib/errors';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { ImportApplyState, ImportPreviewState } from './import-state';

// Report import's two steps (issue 5). Preview reads the uploaded file and
// hands back its text with what applying it would do; apply receives that text
// again and reads it again on the server: nothing the browser says about the
// preview is trusted. Each checks the role against the session; the domain
// checks it again on apply.

const staff = async () => requireRole(await currentUser(), 'ops', 'admin');

const choice = z.object({
  networkAccountId: text(20).transform(Number).pipe(z.number().int().positive()),
  format: text(64),
  fileName: text(255),
});

const err = (name: string) => `admin.ingestion.errors.import.${name}` as MessageKey;

/** The uploaded file as text, or an AppError naming what is wrong with it. */
async function readUpload(value: FormDataEntryValue | null): Promise<{ content: string; fileName: string }> {
  // No file chosen arrives as an empty, nameless (or 'blob') part: the same answer as an empty file.
  if (!value || typeof value === 'string' || value.size === 0)
    throw new AppError('unprocessable', err('noFile'));
  if (value.size > IMPORT_MAX_BYTES) throw new AppError('payload_too_large', err('tooLarge'));
  const content = decodeText(await value.arrayBuffer());
  checkReportContent(content);
  return { content, fileName: value.name.slice(0, 255) };
}

/** UTF-8 text (a leading BOM dropped), or an AppError: a binary or other-encoding file is not a report. */
function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('unprocessable', err('unreadable'));
  }
}

export async function previewImportAction(
  _state: ImportPreviewState,
  formData: FormData,
): Promise<ImportPreviewState> {
  const { locale, t } = await getTranslator();
  const values = {
    networkAccountId: String(formData.get('networkAccountId') ?? '').slice(0, 20),
    format: String(formData.get('format') ?? '').slice(0, 64),
  };
  try {
    await staff();
    const parsed = choice.safeParse({
      ...formObject(formData, ['networkAccountId', 'format']),
      fileName: '',
    });
    if (!parsed.success) throw new AppError('unprocessable', err('accountNotFound'));
    const { content, fileName } = await readUpload(formData.get('file'));
    const preview = await previewReport(await getDb(), {
      networkAccountId: parsed.data.networkAccountId,
      format: parsed.data.format,
      content,
    });
    const money = (m: { amountMinor: number; currency: string } | null) =>
      m ? formatMoney(m as Parameters<typeof formatMoney>[0], intlLocale[locale]) : '—';
    return {
      values,
      preview: {
        token: randomUUID(),
        networkAccountId: preview.account.id,
        format: preview.format.id,
        fileName,
        contentBase64: Buffer.from(content, 'utf8').toString('base64'),
        summary: t('admin.ingestion.import.summary', {
          total: preview.total,
          bytes: preview.bytes,
          account: preview.account.name,
          format: preview.format.label,
        }),
        counts: t('admin.ingestion.import.counts', preview.counts),
        truncated:
          preview.total > preview.events.length
            ? t('admin.ingestion.import.eventsTruncated', {
                shown: preview.events.length,
                total: preview.total,
              })
            : null,
        rows: preview.events.map((event, index) => ({
          key: `${index}-${event.sourceRecordKey}`,
          conversionId: event.networkConversionId,
          status: `${t(`admin.ingestion.common.conversionStatuses.${event.status}`)} (${event.networkStatus})`,
          sale: `${money(event.sale)}${event.amountsKind === 'delta' && event.sale ? ` ${t('admin.ingestion.import.delta')}` : ''}`,
          commission: `${money(event.commission)}${event.amountsKind === 'delta' ? ` ${t('admin.ingestion.import.delta')}` : ''}`,
          action: event.action,
          effect: t(`admin.ingestion.import.actions.${event.action}`),
        })),
        issues: preview.issues,
        canApply: preview.total > 0,
      },
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { values, error: t(error.message as MessageKey) };
  }
}

export async function applyImportAction(
  _state: ImportApplyState,
  formData: FormData,
): Promise<ImportApplyState> {
  const { t } = await getTranslator();
  try {
    const actor = await staff();
    const parsed = choice.safeParse(formObject(formData, ['networkAccountId', 'format', 'fileName']));
    if (!parsed.success) throw new AppError('unprocessable', err('accountNotFound'));
    const raw = formData.get('content');
    if (typeof raw !== 'string' || raw === '') throw new AppError('unprocessable', err('noFile'));
    // Base64 of at most 1 MiB; anything longer is not a file the preview handed out.
    if (raw.length > Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4)
      throw new AppError('payload_too_large', err('tooLarge'));
    const content = decodeText(Buffer.from(raw, 'base64'));
    const result = await applyReport(await getDb(), {
      networkAccountId: parsed.data.networkAccountId,
      format: parsed.data.format,
      content,
      fileName: parsed.data.fileName || null,
      actor,
      ip: clientIp(await headers()),
    });
    revalidatePath('/admin/ingestion', 'layout');
    return {
      inboxEventId: result.inboxEventId,
      notice: t('admin.ingestion.import.applied', {
        inboxEventId: result.inboxEventId,
        total: result.total,
        applied: result.outcomes.applied,
        duplicate: result.outcomes.duplicate,
        stale: result.outcomes.stale,
        rejected: result.outcomes.rejected_transition,
        notCommissionable: result.outcomes.not_commissionable,
        created: result.conversionsCreated,
      }),
      issues: result.issues.length
        ? t('admin.ingestion.import.appliedIssues', { count: result.issues.length })
        : undefined,
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { error: t(error.message as MessageKey) };
  }
}
