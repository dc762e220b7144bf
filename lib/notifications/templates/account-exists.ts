import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { greeting } from './phrases';

// Sent when someone signs up with an address that already has an account. The
// sign-up page answers "check your inbox" either way, so it does not reveal
// which addresses have accounts; the owner learns what happened here. Setting a
// password through "forgot password" also takes back an account that someone
// else registered with this address and never confirmed.

export type AccountExistsParams = { name: string; signInLink: string; resetLink: string };

export function accountExists(
  locale: Locale,
  { name, signInLink, resetLink }: AccountExistsParams,
): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Vous avez déjà un compte Ristourne',
      preheader: 'Quelqu’un a voulu créer un compte avec votre adresse.',
      heading: 'Vous avez déjà un compte',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: 'Quelqu’un (sans doute vous) a voulu créer un compte Ristourne avec cette adresse, mais elle en a déjà un. Aucun nouveau compte n’a été créé.',
        },
        { kind: 'action', label: 'Me connecter', href: signInLink },
        { kind: 'paragraph', text: 'Mot de passe oublié ? Choisissez-en un nouveau :' },
        { kind: 'action', label: 'Choisir un nouveau mot de passe', href: resetLink },
        {
          kind: 'note',
          text: 'Vous n’êtes pas à l’origine de cette demande ? Ignorez cet e-mail : votre compte n’a pas changé.',
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'You already have a Ristourne account',
    preheader: 'Someone tried to create an account with your address.',
    heading: 'You already have an account',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: 'Someone (probably you) tried to create a Ristourne account with this address, but it already has one. No new account was created.',
      },
      { kind: 'action', label: 'Sign in', href: signInLink },
      { kind: 'paragraph', text: 'Forgot your password? Choose a new one:' },
      { kind: 'action', label: 'Choose a new password', href: resetLink },
      {
        kind: 'note',
        text: 'Did not ask for this? Ignore this e-mail: your account has not changed.',
      },
    ],
  });
}
