import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';

// The tracking hop's answer for an advertiser the network does not know: a
// 404 at the very URL asked for, no hop anywhere. A route handler cannot
// render the app's not-found page (Next answers notFound() there with an empty
// body), so this is a small page of its own, styled inline (the CSP allows
// inline styles, not scripts) and with nothing from the request in it.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function unknownAdvertiserHtml(t: Translator, locale: Locale): string {
  const title = escapeHtml(t('sandbox.unknown.title'));
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} · ${escapeHtml(t('meta.siteName'))}</title>
</head>
<body style="margin:0;font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a">
<div role="note" style="background:#fef3c7;border-bottom:1px solid #fcd34d;color:#451a03;padding:10px 16px;font-size:14px">
<strong style="text-transform:uppercase;letter-spacing:.05em">${escapeHtml(t('sandbox.banner.label'))}</strong> · ${escapeHtml(t('sandbox.banner.text'))}
</div>
<main style="max-width:40rem;margin:0 auto;padding:64px 16px;text-align:center">
<p style="color:#bd2f10;font-weight:600;font-size:14px;text-transform:uppercase">${escapeHtml(t('sandbox.unknown.code'))}</p>
<h1 style="font-size:32px;margin:8px 0 16px">${title}</h1>
<p style="font-size:18px;color:#475569">${escapeHtml(t('sandbox.unknown.body'))}</p>
<p style="margin-top:32px"><a href="/" style="color:#0c685d;font-weight:600">${escapeHtml(t('sandbox.unknown.home'))}</a></p>
</main>
</body>
</html>
`;
}
