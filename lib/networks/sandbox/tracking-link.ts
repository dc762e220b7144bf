import { AppError } from '@/lib/errors';
import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// The built-in sandbox network (DESIGN.md §3.9): its template is a path on
// this app, '/sandbox/track/{advertiser_id}?clickref={click_id}&ued={url}'
// (db/seed/networks.ts), shaped like Awin because the sandbox answers with
// Awin-shaped postbacks. It resolves against our own origin and must stay on
// it: a template such as "//elsewhere.example/…" is refused.
export function sandboxTrackingLink(input: TrackingLinkInput): string {
  if (input.appUrl === undefined) throw new AppError('internal', 'sandbox tracking link needs the app URL');
  let base: URL;
  try {
    base = new URL(input.appUrl);
  } catch (cause) {
    throw new AppError('internal', 'sandbox tracking link needs an absolute app URL', { cause });
  }
  const link = fillLinkTemplate(input, { subIdParam: 'clickref', destinationParam: 'ued', base });
  if (new URL(link).origin !== base.origin) {
    throw new AppError('internal', 'sandbox tracking template leaves this app');
  }
  return link;
}
