// What every tracking-link builder takes: the stored program (its template and
// ids), our click id, and an optional deep link that checkDeepLink accepted.

export type TrackingLinkInput = {
  /** network_programs.tracking_template, placeholders still literal (db/seed/networks.ts). */
  trackingTemplate: string;
  /** network_accounts.publisher_id: our account on that network. */
  publisherId: string;
  /** network_programs.advertiser_id: the merchant's id on that network. */
  advertiserId: string;
  /** Our click id (lib/tracking/click-id.ts); builders refuse anything else. */
  clickId: string;
  /** The product page to land on, already checked against the shop's domains. */
  deepLink?: URL | string;
  /** Our own origin, for templates that are paths on this app (the sandbox network). */
  appUrl?: URL | string;
};

export type TrackingLinkBuilder = (input: TrackingLinkInput) => string;
