'use client';

import { usePathname, useSearchParams } from 'next/navigation';

/** A hidden `returnTo` field holding the current path and query, for forms that redirect back. */
export function ReturnToInput() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />;
}
