import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { greeting, maskEmail } from './phrases';

// Sent to the OLD address once a change is confirmed, so a hijacked account
// does not change hands silently. `helpLink` is where the owner reacts.

export type EmailChangedNoticeParams = { name: string; newAddress: string; helpLink: string };

export function emailChangedNotice(
  locale: Locale,
  { name, newAddress, helpLink }: EmailChangedNoticeParams,
): RenderedEmail {
  const masked = maskEmail(newAddress);
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'L’adresse e-mail de votre compte a changé',
      preheader: `Votre compte Ristourne utilise désormais ${masked}.`,
      heading: 'Adresse e-mail modifiée',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `L’adresse e-mail de votre compte Ristourne vient d’être remplacée par ${masked}. Les prochains e-mails seront envoyés à cette adresse.`,
        },
        {
          kind: 'paragraph',
          text: 'Vous n’êtes pas à l’origine de ce changement ? Contactez-nous tout de suite pour sécuriser votre compte.',
        },
        { kind: 'action', label: 'Sécuriser mon compte', href: helpLink },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'The e-mail address of your account has changed',
    preheader: `Your Ristourne account now uses ${masked}.`,
    heading: 'E-mail address changed',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `The e-mail address of your Ristourne account has just been changed to ${masked}. Future e-mails will go to that address.`,
      },
      {
        kind: 'paragraph',
        text: 'Did not make this change? Contact us right away to secure your account.',
      },
      { kind: 'action', label: 'Secure my account', href: helpLink },
    ],
  });
}
