import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from './escape-html';

// One content model rendered twice: a plain-text body and a branded HTML body
// with inline styles only (most e-mail clients drop <style> and classes).
// Templates fill in the content; only this file writes markup, and it escapes
// every value it interpolates.

export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  /** The call to action: a button, plus the raw URL for clients that block buttons. */
  | { kind: 'action'; label: string; href: string }
  /** Small print: expiry, "if this was not you". */
  | { kind: 'note'; text: string };

export type EmailContent = {
  subject: string;
  /** The line inbox lists show after the subject. */
  preheader: string;
  heading: string;
  blocks: EmailBlock[];
};

export type RenderedEmail = { subject: string; text: string; html: string };

const BRAND = '#0c685d';
const FONT = 'Arial,Helvetica,sans-serif';

const chrome = {
  fr: {
    fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    tagline: 'Ristourne · le cashback simple et transparent',
    automatic: 'Cet e-mail automatique concerne votre compte Ristourne ; il n’est pas possible d’y répondre.',
  },
  en: {
    fallback: 'If the button does not work, copy this link into your browser:',
    tagline: 'Ristourne · simple, transparent cashback',
    automatic: 'This automatic e-mail is about your Ristourne account; replies are not read.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Links go into href attributes: only absolute http(s) URLs, never `javascript:` or `data:`. */
export function assertHttpUrl(href: string): string {
  let protocol = '';
  try {
    protocol = new URL(href).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new AppError('unprocessable', 'E-mail links must be absolute http(s) URLs', {
      fields: { href: ['must be an absolute http(s) URL'] },
    });
  }
  return href;
}

function textBlock(block: EmailBlock): string {
  if (block.kind === 'action') return `${block.label}:\n${block.href}`;
  return block.text;
}

function htmlBlock(locale: Locale, block: EmailBlock): string {
  if (block.kind === 'paragraph') return `<p style="margin:0 0 16px;">${escapeHtml(block.text)}</p>`;
  if (block.kind === 'note') {
    return `<p style="margin:24px 0 0;font-size:13px;line-height:1.5;color:#64748b;">${escapeHtml(block.text)}</p>`;
  }
  const href = escapeHtml(block.href);
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0;">',
    `<tr><td style="border-radius:999px;background:${BRAND};">`,
    `<a href="${href}" style="display:inline-block;padding:12px 28px;font:700 16px/1.2 ${FONT};color:#ffffff;text-decoration:none;border-radius:999px;">${escapeHtml(block.label)}</a>`,
    '</td></tr></table>',
    `<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:#64748b;">${escapeHtml(chrome[locale].fallback)}<br>`,
    `<a href="${href}" style="color:${BRAND};word-break:break-all;">${href}</a></p>`,
  ].join('');
}

export function renderEmail(locale: Locale, content: EmailContent): RenderedEmail {
  for (const block of content.blocks) if (block.kind === 'action') assertHttpUrl(block.href);
  const words = chrome[locale];

  const text = [
    content.heading,
    ...content.blocks.map(textBlock),
    `-- \n${words.tagline}\n${words.automatic}`,
  ].join('\n\n');

  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#eef4f3;">',
    `<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(content.preheader)}</div>`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef4f3;">',
    '<tr><td align="center" style="padding:24px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background:#ffffff;border:1px solid #d8e3e1;border-radius:12px;">',
    `<tr><td style="background:${BRAND};border-radius:12px 12px 0 0;padding:20px 32px;font:700 22px/1.2 ${FONT};color:#ffffff;">Ristourne</td></tr>`,
    `<tr><td style="padding:32px;font:16px/1.6 ${FONT};color:#1e293b;">`,
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#0f172a;">${escapeHtml(content.heading)}</h1>`,
    ...content.blocks.map((block) => htmlBlock(locale, block)),
    '</td></tr>',
    `<tr><td style="padding:20px 32px;border-top:1px solid #e2e8f0;font:12px/1.5 ${FONT};color:#64748b;">`,
    `${escapeHtml(words.tagline)}<br>${escapeHtml(words.automatic)}</td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join('\n');

  return { subject: content.subject, text, html };
}
