import { describe, expect, it } from 'vitest';
import { bucketsSum, conversionPositions, type PositionInput } from './conversion-positions';
import { memberStatus } from './member-status';

const base: PositionInput = {
  status: 'pending',
  memberStatus: 'tracked',
  commissionMinor: 1000,
  memberMinor: 400,
  platformMinor: 600,
  marketingMinor: 0,
  cashMinor: 0,
};

describe('conversionPositions', () => {
  it.each([
    [
      'tracked: receivable against member pending and margin pending',
      base,
      { receivable: 1000, memberPending: -400, marginPending: -600 },
    ],
    [
      'payable: member available, margin earned',
      { ...base, status: 'approved', memberStatus: 'payable' },
      { receivable: 1000, memberAvailable: -400, margin: -600 },
    ],
    [
      'confirmed under the network_paid rule',
      { ...base, status: 'approved', memberStatus: 'confirmed' },
      { memberConfirmed: -400, margin: -600 },
    ],
    [
      'paid by the network: cash in, receivable settled',
      { ...base, status: 'paid', memberStatus: 'payable' },
      { receivable: 0, cash: 1000 },
    ],
    [
      'declined: nothing left',
      { ...base, status: 'declined', memberStatus: 'cancelled' },
      { receivable: 0, memberPending: 0, marginPending: 0 },
    ],
    [
      'reversed after payment: cash stays, we owe the network',
      { ...base, status: 'declined', memberStatus: 'cancelled', cashMinor: 1000 },
      { receivable: -1000, cash: 1000 },
    ],
    [
      'no member: all margin',
      { ...base, memberStatus: null, memberMinor: 0, platformMinor: 1000 },
      { memberPending: 0, marginPending: -1000 },
    ],
    [
      'subsidised: marketing expense funds the excess',
      { ...base, memberMinor: 1500, platformMinor: 0, marketingMinor: 500 },
      { marketing: 500, memberPending: -1500, marginPending: 0 },
    ],
  ] as const)('%s', (_label, input, expected) => {
    const buckets = conversionPositions(input as PositionInput);
    expect(buckets).toMatchObject(expected);
    expect(bucketsSum(buckets)).toBe(0);
  });

  it('refuses parts that do not make the commission', () => {
    expect(() => conversionPositions({ ...base, platformMinor: 599 })).toThrow(/do not make/);
  });
});

describe('memberStatus', () => {
  const input = {
    reportedByNetwork: false,
    lockPassed: false,
    holdRule: 'on_approval' as const,
    previous: null,
  };
  it.each([
    ['a postback alone is tracked', { ...input, status: 'pending' }, 'tracked'],
    [
      'the network’s report makes it pending',
      { ...input, status: 'pending', reportedByNetwork: true },
      'pending',
    ],
    ['a passed lock date makes it pending', { ...input, status: 'pending', lockPassed: true }, 'pending'],
    ['pending never goes back to tracked', { ...input, status: 'pending', previous: 'pending' }, 'pending'],
    ['approval pays out at once under on_approval', { ...input, status: 'approved' }, 'payable'],
    [
      'approval only confirms under network_paid',
      { ...input, status: 'approved', holdRule: 'network_paid' },
      'confirmed',
    ],
    [
      'the network’s payment makes it payable',
      { ...input, status: 'paid', holdRule: 'network_paid' },
      'payable',
    ],
    ['declined is cancelled', { ...input, status: 'declined' }, 'cancelled'],
    ['void is cancelled', { ...input, status: 'void' }, 'cancelled'],
    ['paid to the member stays paid', { ...input, status: 'paid', previous: 'paid' }, 'paid'],
  ] as const)('%s', (_label, given, expected) => {
    expect(memberStatus(given as Parameters<typeof memberStatus>[0])).toBe(expected);
  });
});
