import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { greeting } from './phrases';

// Sent to the NEW address when a member changes theirs: the change applies
// only once the new address is confirmed.

export type EmailChangeVerifyParams = { link: string; name: string };

export function emailChangeVerify(locale: Locale, { link, name }: EmailChangeVerifyParams): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Confirmez votre nouvelle adresse e-mail',
      preheader: 'Dernière étape pour changer l’adresse de votre compte Ristourne.',
      heading: 'Confirmez votre nouvelle adresse',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: 'Vous avez demandé à utiliser cette adresse pour votre compte Ristourne. Confirmez-la pour terminer le changement.',
        },
        { kind: 'action', label: 'Confirmer cette adresse', href: link },
        {
          kind: 'note',
          text: 'Tant que vous ne confirmez pas, votre ancienne adresse reste celle du compte. Vous n’êtes pas à l’origine de cette demande ? Ignorez cet e-mail.',
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'Confirm your new e-mail address',
    preheader: 'Last step to change the address of your Ristourne account.',
    heading: 'Confirm your new address',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: 'You asked to use this address for your Ristourne account. Confirm it to complete the change.',
      },
      { kind: 'action', label: 'Confirm this address', href: link },
      {
        kind: 'note',
        text: 'Until you confirm, your old address stays on the account. Did not ask for this? Ignore this e-mail.',
      },
    ],
  });
}
