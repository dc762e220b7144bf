import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { duration } from './phrases';

// Password-less sign-in. No name: the address may not belong to an account yet.

export type MagicLinkParams = { link: string; expiresInMinutes: number };

export function magicLink(locale: Locale, { link, expiresInMinutes }: MagicLinkParams): RenderedEmail {
  const lifetime = duration(locale, expiresInMinutes);
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Votre lien de connexion à Ristourne',
      preheader: `Connectez-vous en un clic, lien valable ${lifetime}.`,
      heading: 'Connexion à Ristourne',
      blocks: [
        { kind: 'paragraph', text: 'Bonjour,' },
        {
          kind: 'paragraph',
          text: 'Cliquez sur le bouton ci-dessous pour vous connecter, sans mot de passe.',
        },
        { kind: 'action', label: 'Me connecter', href: link },
        {
          kind: 'note',
          text: `Ce lien est valable ${lifetime} et ne sert qu’une fois. Vous n’avez pas demandé à vous connecter ? Ignorez cet e-mail.`,
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'Your Ristourne sign-in link',
    preheader: `Sign in with one click, link valid for ${lifetime}.`,
    heading: 'Sign in to Ristourne',
    blocks: [
      { kind: 'paragraph', text: 'Hello,' },
      { kind: 'paragraph', text: 'Click the button below to sign in, no password needed.' },
      { kind: 'action', label: 'Sign me in', href: link },
      {
        kind: 'note',
        text: `This link is valid for ${lifetime} and works once. Did not ask to sign in? Ignore this e-mail.`,
      },
    ],
  });
}
