import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

/** A titled card on the store page, reachable by its anchor. */
export function StoreSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card as="section" aria-labelledby={`${id}-heading`} padding="lg" id={id} className="scroll-mt-24">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-bold">
        {title}
      </h2>
      {children}
    </Card>
  );
}
