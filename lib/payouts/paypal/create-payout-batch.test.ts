import { describe, expect, it } from 'vitest';
import {
  type CreatePayoutBatchInput,
  isDuplicateSenderBatchId,
  linkedPayoutBatchId,
  PAYPAL_MAX_ITEMS,
  payoutBatchBody,
  paypalAmountValue,
} from './create-payout-batch';

const item = (senderItemId: string, amountMinor = 1234) => ({
  senderItemId,
  receiverEmail: 'jeanne@example.com',
  amountMinor,
  currency: 'EUR',
  note: 'Votre cashback Ristourne',
});

describe('paypalAmountValue', () => {
  it.each([
    [1, 'EUR', '0.01'],
    [1234, 'EUR', '12.34'],
    [100, 'EUR', '1.00'],
    [123_456_789, 'EUR', '1234567.89'],
    [500, 'JPY', '500'],
    [1234, 'KWD', '1.234'],
  ])('%i %s → "%s"', (amountMinor, currency, expected) => {
    expect(paypalAmountValue(amountMinor, currency)).toBe(expected);
  });
});

describe('payoutBatchBody', () => {
  it('is the body PayPal documents', () => {
    expect(
      payoutBatchBody({
        senderBatchId: 'paypal-ABC',
        emailSubject: 'Votre cashback est arrivé',
        items: [item('W1'), { ...item('W2', 5), currency: 'eur', receiverEmail: ' marc@example.fr ' }],
      }),
    ).toEqual({
      sender_batch_header: {
        sender_batch_id: 'paypal-ABC',
        recipient_type: 'EMAIL',
        email_subject: 'Votre cashback est arrivé',
      },
      items: [
        {
          recipient_type: 'EMAIL',
          amount: { value: '12.34', currency: 'EUR' },
          receiver: 'jeanne@example.com',
          sender_item_id: 'W1',
          note: 'Votre cashback Ristourne',
        },
        {
          recipient_type: 'EMAIL',
          amount: { value: '0.05', currency: 'EUR' },
          receiver: 'marc@example.fr',
          sender_item_id: 'W2',
          note: 'Votre cashback Ristourne',
        },
      ],
    });
  });

  it('cuts a note to 1000 characters', () => {
    const body = payoutBatchBody({ senderBatchId: 'b', items: [{ ...item('W1'), note: 'ü'.repeat(1200) }] });
    expect((body.items as Array<{ note: string }>)[0]!.note).toHaveLength(1000);
  });

  it.each<[string, CreatePayoutBatchInput, RegExp]>([
    ['an empty batch', { senderBatchId: 'b', items: [] }, /at least one item/],
    ['a sender_batch_id with a space', { senderBatchId: 'a b', items: [item('W1')] }, /sender_batch_id/],
    ['a sender_item_id over 63', { senderBatchId: 'b', items: [item('x'.repeat(64))] }, /sender_item_id/],
    [
      'one withdrawal twice',
      { senderBatchId: 'b', items: [item('W1'), item('W1')] },
      /Withdrawal W1 is twice/,
    ],
    ['a zero amount', { senderBatchId: 'b', items: [item('W1', 0)] }, /positive amount/],
    ['a negative amount', { senderBatchId: 'b', items: [item('W1', -5)] }, /positive amount/],
    ['a fractional amount', { senderBatchId: 'b', items: [item('W1', 12.5)] }, /positive amount/],
    [
      'a bad receiver',
      { senderBatchId: 'b', items: [{ ...item('W1'), receiverEmail: 'nobody' }] },
      /not an e-mail/,
    ],
    [
      'an unknown currency',
      { senderBatchId: 'b', items: [{ ...item('W1'), currency: 'XYZ1' }] },
      /Unknown currency/,
    ],
  ])('refuses %s', (_label, input, message) => {
    expect(() => payoutBatchBody(input)).toThrow(message);
  });

  it(`refuses more than ${PAYPAL_MAX_ITEMS} items`, () => {
    const items = Array.from({ length: PAYPAL_MAX_ITEMS + 1 }, (_, i) => item(`W${i}`));
    expect(() => payoutBatchBody({ senderBatchId: 'b', items })).toThrow(/at most 15000 items/);
  });
});

describe('the duplicate sender_batch_id answer', () => {
  // As measured on the sandbox: the link sits inside the detail.
  const inDetail = {
    name: 'USER_BUSINESS_ERROR',
    message: 'User business error.',
    debug_id: 'f2c1d3e4a5b6c',
    details: [
      {
        field: 'SENDER_BATCH_ID',
        location: 'body',
        issue: 'Batch with given sender_batch_id already exists',
        link: [
          {
            href: 'https://api-m.sandbox.paypal.com/v1/payments/payouts/KKM4X27WFLE3C',
            rel: 'self',
            method: 'GET',
          },
        ],
      },
    ],
  };
  // As the API reference describes it: a HATEOAS link on the error.
  const atTop = {
    name: 'USER_BUSINESS_ERROR',
    details: [{ field: 'sender_batch_id', issue: 'Batch with given sender_batch_id already exists' }],
    links: [
      { href: 'https://api-m.paypal.com/v1/payments/payouts/5UXD2E8A7EBQJ?fields=batch_header', rel: 'self' },
    ],
  };

  it.each([
    ['link in the detail', inDetail, true, 'KKM4X27WFLE3C'],
    ['link at the top level', atTop, true, '5UXD2E8A7EBQJ'],
    ['no link', { details: [{ field: 'SENDER_BATCH_ID', issue: 'exists' }] }, true, null],
    [
      'another validation error',
      { name: 'VALIDATION_ERROR', details: [{ field: 'items[0].receiver' }] },
      false,
      null,
    ],
    [
      'an item link is not a batch',
      { details: [], links: [{ href: 'https://x/v1/payments/payouts-item/ABC' }] },
      false,
      null,
    ],
    ['not an object', 'Bad Request', false, null],
  ])('%s', (_label, body, duplicate, batchId) => {
    expect(isDuplicateSenderBatchId(body)).toBe(duplicate);
    expect(linkedPayoutBatchId(body)).toBe(batchId);
  });
});
