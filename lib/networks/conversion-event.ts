// The contract between the network adapters (lib/networks/<network>/adapter*.ts)
// and conversion intake (issue 5): every adapter is a pure function from what a
// network sent (a postback request, an API page, a CSV report) to these
// normalised events, following shared/networks.md §6.1–6.2. Adapters never
// touch the database and never throw on bad input: what they cannot read
// becomes an `AdapterIssue`, kept with the raw payload for replay.

/** Integer minor units with the ISO-4217 currency; never floats (DESIGN.md §3.2). */
export type Money = { amountMinor: number; currency: string };

/** networks.md §6.2 canonical statuses. */
export type ConversionStatus = 'pending' | 'approved' | 'declined' | 'paid' | 'void';

export type ConversionType = 'sale' | 'lead' | 'bonus' | 'other';

/**
 * How the amounts of an event read:
 * - `totals`: the network reports the conversion's current sale and commission
 *   (Awin, Impact, Tradedoubler, Kwanko, Effiliation, Admitad, the sandbox):
 *   intake turns a change of totals into a signed amendment line.
 * - `delta`: the record is itself a signed line to add (CJ corrections, which
 *   carry the difference, not the new total).
 */
export type EventAmounts =
  | { kind: 'totals'; sale: Money | null; commission: Money }
  | {
      kind: 'delta';
      line: 'original' | 'correction' | 'reversal' | 'bonus';
      saleDelta: Money | null;
      commissionDelta: Money;
    };

export type ConversionEvent = {
  network: string;
  /**
   * Unique per network account for this record (CJ commissionId, Impact
   * ActionUpdate id, `${transactionId}#${status}#${amount}`…): with the payload
   * hash it is intake's idempotency key.
   */
  sourceRecordKey: string;
  /** The network's id of the conversion all its records belong to (Awin transactionId, CJ originalActionId…). */
  networkConversionId: string;
  advertiserId: string | null;
  orderRef: string | null;
  type: ConversionType;
  /** Our sub-id slot as received; '', '0' and 'null' normalised to null (networks.md §6.1). */
  clickRef: string | null;
  /** Every sub-id slot as received (clickref2…, subId2…). */
  subIds: Record<string, string>;
  /** The network's own status word, kept raw ('pending', 'locked', 'REVERSED', 'A', 'Valide'). */
  networkStatus: string;
  status: ConversionStatus;
  amounts: EventAmounts;
  /** The sale in the shopper's currency when the network gives it (Awin trackedAmount, Impact OriginalAmount). */
  originalSale: Money | null;
  /** ISO-8601 UTC instants. */
  convertedAt: string;
  clickedAt: string | null;
  /** When this record took effect (amendment, validation or posting date); orders events of one conversion. */
  effectiveAt: string;
  validatedAt: string | null;
  lockAt: string | null;
  paidAt: string | null;
  /** Decline, correction or amendment reason as the network words it. */
  reason: string | null;
  /** False for informational rows that carry no money (Rakuten `is_event`). */
  commissionable: boolean;
  /**
   * A new (true) or returning (false) customer, when the network says so (the
   * sandbox's `customerAcquisition`): the split's new-customer rates need it.
   * Absent: unknown (left out of the event hash, so older events hash as before).
   */
  newCustomer?: boolean;
};

export type AdapterIssue = {
  /** Where in the payload (field name, row number, JSON path). */
  at: string;
  problem: string;
};

export type AdapterResult = { events: ConversionEvent[]; issues: AdapterIssue[] };

/** What an adapter knows about the account the payload came in on. */
export type AdapterAccount = {
  network: string;
  publisherId: string;
  /** For networks that send no currency code (CJ amounts are in the account's currency). */
  defaultCurrency: string;
  /** Generic S2S only: which query/body field holds which canonical field. */
  fieldMap?: Record<string, string>;
};

/** A pushed request exactly as received. */
export type RawPostback = {
  method: 'GET' | 'POST';
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The body as text ('' for GET). */
  body: string;
  contentType: string | null;
  receivedAt: string;
};

export type PostbackAdapter = (raw: RawPostback, account: AdapterAccount) => AdapterResult;
/** For pulled API pages and uploaded reports: the response body or file content as text. */
export type DocumentAdapter = (document: string, account: AdapterAccount) => AdapterResult;
