import type { PostbackAdapter } from './conversion-event';

// Which adapter reads the postbacks of each network (issue 5). A network
// without one still gets its postbacks stored in the inbox, marked as parse
// errors, and replayed once its adapter lands.

export const POSTBACK_ADAPTERS: Readonly<Record<string, PostbackAdapter>> = {};
