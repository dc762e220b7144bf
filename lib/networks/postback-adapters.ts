import { admitadPostbackAdapter } from './admitad/adapter-postback';
import { awinPostbackAdapter } from './awin/adapter-postback';
import type { PostbackAdapter } from './conversion-event';
import { genericPostbackAdapter } from './generic/adapter';
import { impactPostbackAdapter } from './impact/adapter-postback';
import { kwankoPostbackAdapter } from './kwanko/adapter-postback';
import { sandboxPostbackAdapter } from './sandbox/adapter';

// Which adapter reads the postbacks of each network (issue 5). CJ, Rakuten,
// Tradedoubler and Effiliation push nothing to publishers (networks.md §1):
// they are read by pull sync and report import. A network without an adapter
// still gets its postbacks stored in the inbox, marked as parse errors, and
// replayed once its adapter lands. Any other code is a generic S2S platform
// whose field map is set on the account.

export const POSTBACK_ADAPTERS: Readonly<Record<string, PostbackAdapter>> = {
  admitad: admitadPostbackAdapter,
  awin: awinPostbackAdapter,
  generic: genericPostbackAdapter,
  impact: impactPostbackAdapter,
  kwanko: kwankoPostbackAdapter,
  sandbox: sandboxPostbackAdapter,
};
