'use client';

import { RotateCcw } from 'lucide-react';
import { useEffect, useSyncExternalStore } from 'react';
import { Button, LinkButton } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

// A client boundary cannot call the server translator, so it carries its own
// few strings and reads the language from <html lang>, which the root layout
// set from the locale cookie.
const text = {
  fr: {
    title: 'Une erreur est survenue',
    body: 'Quelque chose s’est mal passé de notre côté. Réessayez dans un instant.',
    retry: 'Réessayer',
    home: 'Retour à l’accueil',
    reference: 'Référence de l’erreur : {digest}',
  },
  en: {
    title: 'Something went wrong',
    body: 'Something went wrong on our side. Please try again in a moment.',
    retry: 'Try again',
    home: 'Back to home',
    reference: 'Error reference: {digest}',
  },
} as const;

const subscribe = () => () => {};
const documentLanguage = () => (document.documentElement.lang === 'en' ? 'en' : 'fr');
const serverLanguage = () => 'fr' as const;

function digestOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined;
  return typeof error.digest === 'string' ? error.digest : undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const strings = text[useSyncExternalStore(subscribe, documentLanguage, serverLanguage)];
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container size="narrow" className="py-20 text-center sm:py-28">
      <h1 className="text-3xl font-bold sm:text-4xl">{strings.title}</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-slate-600">{strings.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button size="lg" onClick={() => retry()}>
          <RotateCcw aria-hidden="true" className="size-4" />
          {strings.retry}
        </Button>
        <LinkButton href="/" variant="secondary" size="lg" native>
          {strings.home}
        </LinkButton>
      </div>
      {digest ? (
        <p className="mt-8 text-xs text-slate-500">{strings.reference.replace('{digest}', digest)}</p>
      ) : null}
    </Container>
  );
}
