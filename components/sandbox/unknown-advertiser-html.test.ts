import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '@/lib/i18n/messages';
import { createTranslator, type Translator } from '@/lib/i18n/translate';
import { unknownAdvertiserHtml } from './unknown-advertiser-html';

describe('unknownAdvertiserHtml', () => {
  it.each(['fr', 'en'] as const)('is a complete page in %s with its title and way home', (locale) => {
    const t = createTranslator(locale, messagesByLocale[locale]);
    const html = unknownAdvertiserHtml(t, locale);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(`<h1 style="font-size:32px;margin:8px 0 16px">${t('sandbox.unknown.title')}</h1>`);
    expect(html).toContain('<a href="/"');
    expect(html).not.toContain('<script');
  });

  it('escapes every message', () => {
    const hostile = (() => '<img src=x onerror=alert(1)>"\'&') as unknown as Translator;
    const html = unknownAdvertiserHtml(hostile, 'fr');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
  });
});
