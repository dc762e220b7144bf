import { describe, expect, it } from 'vitest';
import { withdrawalStatus } from '@/db/schema';
import {
  moneyMove,
  requestMove,
  type TransitionRequest,
  transitionRefusal,
  WITHDRAWAL_TRANSITIONS,
} from './withdrawal-transitions';

const base = { holdReason: null, actorUserId: 'staff', reason: null } as const;
const W = { userId: 'u1', amountMinor: 2_500, currency: 'EUR' };

describe('the withdrawal state machine', () => {
  it('names every status, and closed ones lead nowhere but paid → returned', () => {
    expect(Object.keys(WITHDRAWAL_TRANSITIONS).sort()).toEqual([...withdrawalStatus.enumValues].sort());
    expect(WITHDRAWAL_TRANSITIONS.paid).toEqual(['returned']);
    for (const closed of ['returned', 'rejected', 'cancelled'] as const)
      expect(WITHDRAWAL_TRANSITIONS[closed]).toEqual([]);
  });

  it.each<[string, Partial<TransitionRequest> & Pick<TransitionRequest, 'from' | 'to'>, string | null]>([
    ['requested → approved', { from: 'requested', to: 'approved' }, null],
    [
      'requested → approved by nobody',
      { from: 'requested', to: 'approved', actorUserId: null },
      'approverRequired',
    ],
    ['requested → cancelled', { from: 'requested', to: 'cancelled' }, null],
    ['requested → paid', { from: 'requested', to: 'paid' }, 'notAllowed'],
    ['requested → rejected without reason', { from: 'requested', to: 'rejected' }, 'reasonRequired'],
    ['requested → rejected with reason', { from: 'requested', to: 'rejected', reason: 'Fraud' }, null],
    [
      'requested → ops hold with note',
      { from: 'requested', to: 'on_hold', newHoldReason: 'ops_review', reason: 'Check' },
      null,
    ],
    [
      'requested → member hold',
      { from: 'requested', to: 'on_hold', newHoldReason: 'security_hold', reason: 'x' },
      'holdReasonRequired',
    ],
    [
      'awaiting confirmation → approved',
      { from: 'on_hold', to: 'approved', holdReason: 'awaiting_confirmation' },
      'needsConfirmation',
    ],
    [
      'security hold → requested by ops',
      { from: 'on_hold', to: 'requested', holdReason: 'security_hold' },
      'needsConfirmation',
    ],
    [
      'security hold → requested by the member',
      { from: 'on_hold', to: 'requested', holdReason: 'security_hold', confirmedByMember: true },
      null,
    ],
    ['ops hold → requested by ops', { from: 'on_hold', to: 'requested', holdReason: 'ops_review' }, null],
    [
      'ops hold → "confirmed" by the member',
      { from: 'on_hold', to: 'requested', holdReason: 'ops_review', confirmedByMember: true },
      'notAllowed',
    ],
    ['ops hold → approved', { from: 'on_hold', to: 'approved', holdReason: 'ops_review' }, null],
    [
      'awaiting confirmation → cancelled',
      { from: 'on_hold', to: 'cancelled', holdReason: 'awaiting_confirmation' },
      null,
    ],
    ['approved → in batch without batch', { from: 'approved', to: 'in_batch' }, 'batchRequired'],
    ['approved → in batch', { from: 'approved', to: 'in_batch', batchId: 7 }, null],
    ['approved → cancelled', { from: 'approved', to: 'cancelled' }, 'notAllowed'],
    ['in batch → paid', { from: 'in_batch', to: 'paid', actorUserId: null }, null],
    ['in batch → returned without reason', { from: 'in_batch', to: 'returned' }, 'reasonRequired'],
    ['paid → returned', { from: 'paid', to: 'returned', reason: 'AC04' }, null],
    ['paid → rejected', { from: 'paid', to: 'rejected', reason: 'x' }, 'notAllowed'],
    ['cancelled → requested', { from: 'cancelled', to: 'requested', confirmedByMember: true }, 'notAllowed'],
  ])('%s', (_label, request, expected) => {
    expect(transitionRefusal({ ...base, ...request })).toBe(expected);
  });
});

describe('the money each step moves (debit positive)', () => {
  const lines = (from: Parameters<typeof moneyMove>[0], to: Parameters<typeof moneyMove>[1]) => {
    const move = moneyMove(from, to, W);
    return move && { kind: move.entryKind, lines: move.lines.map((l) => [l.account.kind, l.amountMinor]) };
  };
  it.each([
    [
      'requested',
      'cancelled',
      {
        kind: 'withdrawal_cancelled',
        lines: [
          ['member_withdrawing', 2_500],
          ['member_available', -2_500],
        ],
      },
    ],
    [
      'approved',
      'rejected',
      {
        kind: 'withdrawal_rejected',
        lines: [
          ['member_withdrawing', 2_500],
          ['member_available', -2_500],
        ],
      },
    ],
    [
      'in_batch',
      'paid',
      {
        kind: 'withdrawal_paid',
        lines: [
          ['member_withdrawing', 2_500],
          ['cash', -2_500],
        ],
      },
    ],
    [
      'in_batch',
      'returned',
      {
        kind: 'withdrawal_returned',
        lines: [
          ['member_withdrawing', 2_500],
          ['member_available', -2_500],
        ],
      },
    ],
    [
      'paid',
      'returned',
      {
        kind: 'withdrawal_returned',
        lines: [
          ['cash', 2_500],
          ['member_available', -2_500],
        ],
      },
    ],
    ['requested', 'approved', null],
    ['approved', 'in_batch', null],
    ['on_hold', 'requested', null],
  ] as const)('%s → %s', (from, to, expected) => {
    expect(lines(from, to)).toEqual(expected);
  });

  it('a request moves available → withdrawing, and every move sums to zero', () => {
    const request = requestMove(W);
    expect(request.lines.map((l) => [l.account.kind, l.amountMinor])).toEqual([
      ['member_available', 2_500],
      ['member_withdrawing', -2_500],
    ]);
    for (const from of withdrawalStatus.enumValues) {
      for (const to of WITHDRAWAL_TRANSITIONS[from]) {
        const move = moneyMove(from, to, W);
        if (move) expect(move.lines.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(0);
      }
    }
    // Cash has no owner; the member's accounts are theirs.
    expect(moneyMove('in_batch', 'paid', W)!.lines.map((l) => l.account.userId ?? null)).toEqual([
      'u1',
      null,
    ]);
  });
});
