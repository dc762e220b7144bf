import type { Messages } from '../types';

// Messages of the member ledger (issue 6): errors and the back office's manual adjustments.

export const ledgerEn: Messages['ledger'] = {
  errors: {
    insufficientBalance: 'The available balance does not cover this movement.',
  },
  adjust: {
    title: 'Adjust the balance',
    intro:
      'Credit or debit the member’s available balance, with a reason. From {threshold}, a second team member must approve.',
    direction: 'Direction',
    credit: 'Credit',
    debit: 'Debit',
    amount: 'Amount',
    currency: 'Currency',
    reason: 'Reason (kept in the audit log)',
    submit: 'Record the adjustment',
    posted: 'Adjustment of {amount} posted.',
    awaiting: 'Adjustment of {amount} recorded: it awaits a second team member’s approval.',
    deleted: 'This account is anonymised: its balance can no longer be adjusted.',
    errors: {
      invalid: 'Check the highlighted fields.',
      direction: 'Choose credit or debit.',
      amount: 'Enter a positive amount, for example 12.50.',
      reason: 'Give a reason (at least 3 characters).',
      self: 'You cannot adjust your own balance.',
      secondPerson: 'A second team member must approve: not the one who asked for the adjustment.',
      alreadyDecided: 'This adjustment has already been decided.',
      notFound: 'Adjustment not found.',
    },
  },
  queue: {
    metaTitle: 'Balance adjustments',
    title: 'Balance adjustments',
    intro: 'Adjustments above the threshold wait here for a second team member’s approval.',
    awaitingTitle: 'Awaiting approval',
    recentTitle: 'Latest adjustments',
    empty: 'No adjustment is waiting.',
    emptyRecent: 'No adjustment yet.',
    member: 'Member',
    amount: 'Amount',
    reason: 'Reason',
    requestedBy: 'Requested by',
    decidedBy: 'Decided by',
    date: 'Date',
    status: 'Status',
    approve: 'Approve',
    reject: 'Reject',
    yours: 'Your request: another team member approves it.',
    approved: 'Adjustment approved and posted.',
    rejected: 'Adjustment rejected.',
    statuses: {
      awaiting_approval: 'Awaiting',
      posted: 'Posted',
      rejected: 'Rejected',
    },
  },
  flagged: {
    title: 'Flagged purchases',
    intro:
      'Clawbacks after payment the member’s balance could not cover (they owe us the difference) and conversions the click’s terms could not price. Settle them with an adjustment.',
    empty: 'No flagged purchase.',
    member: 'Member',
    merchant: 'Merchant',
    conversion: 'Conversion',
    flag: 'Flag',
    owed: 'Owed by the member',
    flags: {
      clawback: 'Clawback after payment',
      split_refused: 'Split refused (currency)',
    },
  },
};
