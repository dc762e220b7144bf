import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '@/lib/i18n/config';
import { escapeHtml } from './escape-html';
import { renderTemplate, type TemplateName, type TemplateParams, templateNames } from './index';

// `&` in the link checks that HTML attributes are escaped, not just text.
const link = 'https://ristourne.example/auth/verify?token=abc123&next=%2Faccount';
const evilName = '<script>alert("x")</script>';

const samples: { [T in TemplateName]: TemplateParams<T> } = {
  'verify-email': { link, name: evilName },
  'password-reset': { link, name: evilName, expiresInMinutes: 60 },
  'magic-link': { link, expiresInMinutes: 15 },
  'email-change-verify': { link, name: evilName },
  'email-changed-notice': { name: evilName, newAddress: 'new.address@example.com', helpLink: link },
  'account-deleted': { name: evilName },
  'account-exists': { name: evilName, signInLink: link, resetLink: link },
  'payout-method-verify': { name: evilName, method: 'j•••@example.com', link, hours: 48 },
  'withdrawal-confirm': {
    name: evilName,
    amount: '25,00 €',
    destination: 'PayPal',
    reason: 'first',
    link,
    hours: 48,
  },
  'withdrawal-rejected': {
    name: evilName,
    amount: '25,00 €',
    destination: 'PayPal',
    reason: 'Details',
    link,
  },
  'withdrawal-returned': { name: evilName, amount: '25,00 €', destination: 'PayPal', reason: 'Closed', link },
  'withdrawal-paid': {
    name: evilName,
    amount: '25,00 €',
    destination: 'Fnac',
    kind: 'gift_card',
    code: 'GC-1',
    link,
  },
  'dormant-warning': { name: evilName, amount: '25,00 €', detail: '1 December 2026', link },
  'dormant-reminder': { name: evilName, amount: '25,00 €', detail: '', link },
  'dormant-settled': { name: evilName, amount: '25,00 €', detail: 'PayPal', link },
};

const cases = templateNames.flatMap((template) => locales.map((locale) => [template, locale] as const));
const render = (template: TemplateName, locale: Locale) =>
  renderTemplate(template, locale, samples[template] as never);
const hasLink = (template: TemplateName) => template !== 'account-deleted';
const hasName = (template: TemplateName) => 'name' in samples[template];

describe('e-mail templates', () => {
  it.each(cases)('%s (%s) puts its link in the text and in the HTML', (template, locale) => {
    const email = render(template, locale);
    if (!hasLink(template)) {
      expect(email.html).not.toContain('href=');
      return;
    }
    expect(email.text).toContain(link);
    expect(email.html).toContain(`href="${escapeHtml(link)}"`);
    expect(email.html).not.toContain(link); // the raw `&` never reaches the HTML
  });

  it.each(cases)('%s (%s) escapes a <script> in the name', (template, locale) => {
    const email = render(template, locale);
    expect(email.html).not.toContain('<script');
    if (hasName(template)) {
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(email.text).toContain(evilName); // plain text is not HTML: shown as typed
    }
  });

  it.each(cases)('%s (%s) is a complete branded document in its language', (template, locale) => {
    const email = render(template, locale);
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
    expect(email.html).toContain('#0c685d');
    expect(email.html.trimEnd().endsWith('</html>')).toBe(true);
    expect(email.text).toContain('Ristourne');
    expect(email.text.replaceAll(evilName, '')).not.toMatch(/<[a-z]/i); // no markup of our own
  });

  it.each(templateNames)('%s has a different subject and body per locale', (template) => {
    const fr = render(template, 'fr');
    const en = render(template, 'en');
    expect(fr.subject).not.toBe(en.subject);
    expect(fr.text).not.toBe(en.text);
  });

  it('states the lifetime of expiring links in words', () => {
    expect(render('password-reset', 'fr').text).toContain('valable 1 heure');
    expect(render('password-reset', 'en').text).toContain('valid for 1 hour');
    expect(render('magic-link', 'fr').text).toContain('valable 15 minutes');
  });

  it('masks the new address in the notice sent to the old one', () => {
    const email = render('email-changed-notice', 'en');
    expect(email.text).toContain('n•••s@example.com');
    expect(email.text).not.toContain('new.address@example.com');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['a relative path', '/auth/verify?token=x'],
    ['not a URL', 'nothing'],
  ])('refuses a %s link', (_label, badLink) => {
    expect(() => renderTemplate('verify-email', 'fr', { link: badLink, name: 'Zoé' })).toThrow(
      /absolute http\(s\) URLs/,
    );
  });
});
