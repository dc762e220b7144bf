import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';

/** The centred card every /auth page sits in. */
export function AuthShell({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Container size="narrow" className="py-10 sm:py-16">
      <Card padding="lg" className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
        {intro ? <p className="mt-2 mb-6 text-slate-600">{intro}</p> : <div className="mb-6" />}
        {children}
        {footer ? (
          <div className="mt-6 border-t border-slate-200 pt-5 text-sm text-slate-600">{footer}</div>
        ) : null}
      </Card>
    </Container>
  );
}
