import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { greeting } from './phrases';

// Sent at sign-up: the member confirms they own the address.

export type VerifyEmailParams = { link: string; name: string };

export function verifyEmail(locale: Locale, { link, name }: VerifyEmailParams): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Confirmez votre adresse e-mail',
      preheader: 'Un clic pour activer votre compte Ristourne.',
      heading: 'Bienvenue chez Ristourne',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: 'Merci pour votre inscription. Pour activer votre compte et commencer à cumuler du cashback, confirmez votre adresse e-mail.',
        },
        { kind: 'action', label: 'Confirmer mon adresse', href: link },
        {
          kind: 'note',
          text: 'Vous n’avez pas créé de compte Ristourne ? Ignorez cet e-mail : aucun compte ne sera activé.',
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'Confirm your e-mail address',
    preheader: 'One click to activate your Ristourne account.',
    heading: 'Welcome to Ristourne',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: 'Thanks for signing up. To activate your account and start earning cashback, confirm your e-mail address.',
      },
      { kind: 'action', label: 'Confirm my address', href: link },
      {
        kind: 'note',
        text: 'Did not create a Ristourne account? Ignore this e-mail: no account will be activated.',
      },
    ],
  });
}
