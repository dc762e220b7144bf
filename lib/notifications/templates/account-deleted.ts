import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from './layout';
import { greeting } from './phrases';

// The last e-mail a member gets. It must not promise that every record is
// gone: accounting records are kept for their legal period.

export type AccountDeletedParams = { name: string };

export function accountDeleted(locale: Locale, { name }: AccountDeletedParams): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Votre compte Ristourne a été supprimé',
      preheader: 'La suppression de votre compte est effective.',
      heading: 'Compte supprimé',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        { kind: 'paragraph', text: 'Votre compte Ristourne a été supprimé, comme vous l’avez demandé.' },
        {
          kind: 'paragraph',
          text: 'Les données que la loi nous oblige à conserver, comme les pièces comptables, sont gardées pendant la durée légale, puis effacées.',
        },
        {
          kind: 'paragraph',
          text: 'Merci d’avoir utilisé Ristourne. Vous pouvez créer un nouveau compte à tout moment.',
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'Your Ristourne account has been deleted',
    preheader: 'Your account deletion is complete.',
    heading: 'Account deleted',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      { kind: 'paragraph', text: 'Your Ristourne account has been deleted, as you asked.' },
      {
        kind: 'paragraph',
        text: 'Records the law requires us to keep, such as accounting documents, are kept for the legal period, then erased.',
      },
      { kind: 'paragraph', text: 'Thank you for using Ristourne. You can create a new account at any time.' },
    ],
  });
}
