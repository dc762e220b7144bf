import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { duration, greeting } from './phrases';

// Sent on "forgot password": a single-use link with a short lifetime.

export type PasswordResetParams = { link: string; name: string; expiresInMinutes: number };

export function passwordReset(
  locale: Locale,
  { link, name, expiresInMinutes }: PasswordResetParams,
): RenderedEmail {
  const lifetime = duration(locale, expiresInMinutes);
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Réinitialisez votre mot de passe',
      preheader: `Ce lien est valable ${lifetime}.`,
      heading: 'Choisissez un nouveau mot de passe',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: 'Vous avez demandé à réinitialiser le mot de passe de votre compte Ristourne. Choisissez-en un nouveau avec le bouton ci-dessous.',
        },
        { kind: 'action', label: 'Choisir un nouveau mot de passe', href: link },
        {
          kind: 'note',
          text: `Ce lien est valable ${lifetime} et ne sert qu’une fois. Vous n’êtes pas à l’origine de cette demande ? Ignorez cet e-mail : votre mot de passe reste inchangé.`,
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'Reset your password',
    preheader: `This link is valid for ${lifetime}.`,
    heading: 'Choose a new password',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: 'You asked to reset the password of your Ristourne account. Choose a new one with the button below.',
      },
      { kind: 'action', label: 'Choose a new password', href: link },
      {
        kind: 'note',
        text: `This link is valid for ${lifetime} and works once. Did not ask for this? Ignore this e-mail: your password stays the same.`,
      },
    ],
  });
}
