import type { AdapterIssue } from '../conversion-event';
import type { Parsed } from '../parse/parsed';

// Impact actions reach us two ways with the same fields under different names
// (a postback's query parameters, the Actions API's PascalCase keys;
// networks.md §1.4). An ActionSource hides which: the reader asks for the
// API's field name and learns where an issue should point.

/** The Actions API field names (networks.md §1.4, Partner API v16 `Action`). */
export type ImpactField =
  | 'Id'
  | 'CampaignId'
  | 'ActionTrackerName'
  | 'State'
  | 'StateDetail'
  | 'Payout'
  | 'DeltaPayout'
  | 'Amount'
  | 'DeltaAmount'
  | 'Currency'
  | 'OriginalCurrency'
  | 'OriginalAmount'
  | 'EventDate'
  | 'CreationDate'
  | 'LockingDate'
  | 'ClearedDate'
  | 'ReferringDate'
  | 'Oid'
  | 'SubId1'
  | 'SubId2'
  | 'SubId3'
  | 'SharedId';

export type ActionSource = {
  value(field: ImpactField): unknown;
  /** Where the field sits in what was received, for issues ("query.payout", "Actions[0].Payout"). */
  at(field: ImpactField): string;
};

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/** Reads fields off a source, collecting every problem; blank and absent read the same. */
export class ActionFields {
  readonly issues: AdapterIssue[] = [];

  constructor(private readonly source: ActionSource) {}

  has(field: ImpactField): boolean {
    return !isBlank(this.source.value(field));
  }

  raw(field: ImpactField): unknown {
    return this.source.value(field);
  }

  add(field: ImpactField, problem: string): void {
    this.issues.push({ at: this.source.at(field), problem });
  }

  required<T>(field: ImpactField, parse: (raw: unknown) => Parsed<T>): T | null {
    const raw = this.source.value(field);
    if (isBlank(raw)) {
      this.add(field, typeof raw === 'string' ? 'empty' : 'missing');
      return null;
    }
    return this.take(field, parse(raw));
  }

  optional<T>(field: ImpactField, parse: (raw: unknown) => Parsed<T>): T | null {
    const raw = this.source.value(field);
    return isBlank(raw) ? null : this.take(field, parse(raw));
  }

  private take<T>(field: ImpactField, parsed: Parsed<T>): T | null {
    if (parsed.ok) return parsed.value;
    this.add(field, parsed.problem);
    return null;
  }
}
