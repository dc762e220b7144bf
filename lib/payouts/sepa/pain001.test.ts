import { describe, expect, it } from 'vitest';
import { parseScaled } from '@/lib/money';
import { buildPain001, type SepaCreditTransferBatch, type SepaPayment, streamPain001 } from './pain001';
import { validatePain001 } from './testing/validate-pain001';

const DEBTOR = { name: 'Ristourne SAS', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP' };

function payment(overrides: Partial<SepaPayment> & { withdrawalId: string | number }): SepaPayment {
  return {
    amountMinor: 1000,
    currency: 'EUR',
    creditorName: 'Jeanne Martin',
    creditorIban: 'DE89370400440532013000',
    remittanceInformation: 'Ristourne cashback',
    ...overrides,
  };
}

function batch(
  payments: SepaPayment[],
  overrides: Partial<SepaCreditTransferBatch> = {},
): SepaCreditTransferBatch {
  return {
    batchId: 'sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G',
    createdAt: new Date('2026-03-02T09:30:15.123Z'),
    requestedExecutionDate: '2026-03-03',
    debtor: DEBTOR,
    payments,
    ...overrides,
  };
}

const all = (xml: string, tag: string) =>
  Array.from(xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g')), (m) => m[1]!);

async function expectSchemaValid(xml: string) {
  const result = await validatePain001(xml);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('buildPain001 control sums', () => {
  it.each([
    ['one cent', [1], '1', '0.01'],
    ['1 234 567,89 €', [123_456_789], '1', '1234567.89'],
    ['the SEPA ceiling', [99_999_999_999], '1', '999999999.99'],
    ['cents that carry', [1, 99, 100], '3', '2.00'],
    ['odd amounts', [5, 10, 1999, 250_001], '4', '2520.15'],
    ['250 payments of 1..250 cents', Array.from({ length: 250 }, (_, i) => i + 1), '250', '313.75'],
  ])('%s', async (_label, amounts, count, ctrlSum) => {
    const xml = buildPain001(
      batch(amounts.map((amountMinor, i) => payment({ withdrawalId: i + 1, amountMinor }))),
    );
    expect(all(xml, 'NbOfTxs')).toEqual([count, count]);
    expect(all(xml, 'CtrlSum')).toEqual([ctrlSum, ctrlSum]);
    // Round trip: every amount read back from the file is the exact integer we wrote.
    const back = all(xml, 'InstdAmt').map((value) => parseScaled(value, 2));
    expect(back).toEqual(amounts);
    expect(parseScaled(ctrlSum, 2)).toBe(amounts.reduce((a, b) => a + b, 0));
    await expectSchemaValid(xml);
  });
});

describe('buildPain001 content', () => {
  it('writes the header, debtor and one transaction as the EPC profile wants', async () => {
    const xml = buildPain001(batch([payment({ withdrawalId: 7, amountMinor: 1234 })]));
    expect(all(xml, 'MsgId')).toEqual(['sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G']);
    expect(all(xml, 'PmtInfId')).toEqual(['sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G-P1']);
    expect(all(xml, 'CreDtTm')).toEqual(['2026-03-02T09:30:15']);
    expect(all(xml, 'ReqdExctnDt')).toEqual(['2026-03-03']);
    expect(all(xml, 'IBAN')).toEqual(['FR7630006000011234567890189', 'DE89370400440532013000']);
    expect(all(xml, 'BIC')).toEqual(['AGRIFRPP']);
    expect(all(xml, 'EndToEndId')).toEqual(['W7']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">12.34</InstdAmt>');
    expect(xml).toContain('<SvcLvl><Cd>SEPA</Cd></SvcLvl>');
    expect(xml).toContain('<ChrgBr>SLEV</ChrgBr>');
    expect(xml).not.toContain('<CdtrAgt>');
    await expectSchemaValid(xml);
  });

  it('transliterates accented and long names and escapes what XML needs', async () => {
    const longName = 'Marie-Hélène Dupont-Lefèvre de la Tour d’Auvergne & Fils, Société Générale Œnologique';
    const xml = buildPain001(
      batch([
        payment({
          withdrawalId: 1,
          creditorName: longName,
          remittanceInformation: `Retrait n°1 – merci ! ${'é'.repeat(200)}`,
        }),
        payment({ withdrawalId: 2, creditorName: 'Jürgen Groß', creditorIban: 'AT611904300234573201' }),
      ]),
    );
    const names = all(xml, 'Nm');
    expect(names[2]).toBe('Marie-Helene Dupont-Lefevre de la Tour d&apos;Auvergne + Fils, Societe Gene');
    expect(names[2]!.replace('&apos;', "'")).toHaveLength(70);
    expect(names[3]).toBe('Jurgen Gross');
    const remittance = all(xml, 'Ustrd')[0]!;
    expect(remittance.startsWith('Retrait no1 - merci . eeee')).toBe(true);
    expect(remittance).toHaveLength(140);
    await expectSchemaValid(xml);
  });

  it('adds the creditor BIC when given, and requires it outside the EEA', async () => {
    const xml = buildPain001(
      batch([
        payment({ withdrawalId: 1, creditorIban: 'CH9300762011623852957', creditorBic: 'ubsw chzh 80a' }),
        payment({ withdrawalId: 2, creditorBic: 'DEUTDEFF' }),
      ]),
    );
    expect(all(xml, 'BIC')).toEqual(['AGRIFRPP', 'UBSWCHZH80A', 'DEUTDEFF']);
    await expectSchemaValid(xml);
  });

  it('says NOTPROVIDED for a debtor without a BIC', async () => {
    const xml = buildPain001(batch([payment({ withdrawalId: 1 })], { debtor: { ...DEBTOR, bic: null } }));
    expect(xml).toContain('<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>');
    await expectSchemaValid(xml);
  });

  it('omits the remittance block when nothing of it survives transliteration', async () => {
    const xml = buildPain001(batch([payment({ withdrawalId: 1, remittanceInformation: '🎉' })]));
    expect(xml).not.toContain('<RmtInf>');
    await expectSchemaValid(xml);
  });

  it('is deterministic: the same batch gives the same bytes', () => {
    const payments = [payment({ withdrawalId: 'b' }), payment({ withdrawalId: 'a', amountMinor: 5 })];
    expect(buildPain001(batch(payments))).toBe(buildPain001(batch(payments)));
  });
});

describe('buildPain001 refuses', () => {
  it.each([
    [
      'a non-EUR payment',
      [payment({ withdrawalId: 9, currency: 'USD' })],
      /Withdrawal 9: SEPA credit transfers are in EUR only, not USD/,
    ],
    ['a zero amount', [payment({ withdrawalId: 1, amountMinor: 0 })], /between 0.01 and 999999999.99 EUR/],
    ['a negative amount', [payment({ withdrawalId: 1, amountMinor: -100 })], /between 0.01/],
    ['a fractional amount', [payment({ withdrawalId: 1, amountMinor: 10.5 })], /between 0.01/],
    [
      'an amount above the SEPA ceiling',
      [payment({ withdrawalId: 1, amountMinor: 100_000_000_000 })],
      /between 0.01/,
    ],
    [
      'an IBAN with a typo',
      [payment({ withdrawalId: 1, creditorIban: 'FR7630006000011234567890188' })],
      /creditor IBAN is not valid \(checksum\)/,
    ],
    [
      'an IBAN outside SEPA',
      [payment({ withdrawalId: 1, creditorIban: 'PK36SCBL0000001123456702' })],
      /\(notSepa\)/,
    ],
    [
      'a Swiss IBAN without BIC',
      [payment({ withdrawalId: 1, creditorIban: 'CH9300762011623852957' })],
      /transfer to CH needs the creditor's BIC/,
    ],
    [
      'a malformed BIC',
      [payment({ withdrawalId: 1, creditorBic: 'BNPAFR' })],
      /creditor BIC "BNPAFR" is not valid/,
    ],
    [
      'a name with no Latin letter',
      [payment({ withdrawalId: 1, creditorName: 'Иван' })],
      /creditor name has no character of the SEPA set/,
    ],
    [
      'a withdrawal twice',
      [payment({ withdrawalId: 1 }), payment({ withdrawalId: '1' })],
      /share the end-to-end id W1/,
    ],
    ['an empty batch', [], /at least one payment/],
  ])('%s', (_label, payments, message) => {
    expect(() => buildPain001(batch(payments))).toThrow(message);
  });

  it.each([
    [
      'a debtor IBAN with a typo',
      { debtor: { ...DEBTOR, iban: 'FR7630006000011234567890188' } },
      /debtor IBAN/,
    ],
    ['a bad debtor BIC', { debtor: { ...DEBTOR, bic: 'XX' } }, /debtor BIC/],
    ['an impossible execution date', { requestedExecutionDate: '2026-02-30' }, /not a YYYY-MM-DD date/],
    [
      'an execution date with a time',
      { requestedExecutionDate: '2026-03-03T00:00' },
      /not a YYYY-MM-DD date/,
    ],
    ['an invalid creation time', { createdAt: new Date(Number.NaN) }, /creation time/],
    ['a blank batch id', { batchId: '  ' }, /batch id/],
  ])('%s', (_label, overrides, message) => {
    expect(() => buildPain001(batch([payment({ withdrawalId: 1 })], overrides))).toThrow(message);
  });
});

describe('the schema check itself', () => {
  const good = () => buildPain001(batch([payment({ withdrawalId: 1 }), payment({ withdrawalId: 2 })]));

  it('passes the document each case below breaks', async () => {
    await expectSchemaValid(good());
  });

  it.each([
    ['a required element removed', (xml: string) => xml.replace('<PmtMtd>TRF</PmtMtd>', '')],
    ['a negative amount', (xml: string) => xml.replace('>10.00</InstdAmt>', '>-10.00</InstdAmt>')],
    ['a lower-case BIC', (xml: string) => xml.replace('<BIC>AGRIFRPP</BIC>', '<BIC>agrifrpp</BIC>')],
    [
      'a 36-character message id',
      (xml: string) => xml.replace(/<MsgId>[^<]*<\/MsgId>/, `<MsgId>${'M'.repeat(36)}</MsgId>`),
    ],
    [
      'a 141-character name',
      (xml: string) => xml.replace('<Nm>Jeanne Martin</Nm>', `<Nm>${'n'.repeat(141)}</Nm>`),
    ],
    [
      'elements out of order',
      (xml: string) =>
        xml
          .replace('<ChrgBr>SLEV</ChrgBr>', '')
          .replace('<PmtMtd>TRF</PmtMtd>', '<PmtMtd>TRF</PmtMtd><ChrgBr>SLEV</ChrgBr>'),
    ],
    ['not well-formed', (xml: string) => xml.replace('</Document>', '')],
  ])('fails on %s', async (_label, breakIt) => {
    const xml = good();
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    const result = await validatePain001(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('streamPain001', () => {
  async function collect(chunks: AsyncIterable<string>): Promise<{ text: string; pieces: number }> {
    let text = '';
    let pieces = 0;
    for await (const chunk of chunks) {
      text += chunk;
      pieces += 1;
    }
    return { text, pieces };
  }

  async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
    for (const item of items) yield item;
  }

  const many = Array.from({ length: 2000 }, (_, i) =>
    payment({ withdrawalId: i + 1, amountMinor: (i % 97) + 1, creditorName: `Zoé Nº${i}` }),
  );
  const header = {
    ...batch([]),
    numberOfTransactions: many.length,
    controlSumMinor: many.reduce((sum, p) => sum + p.amountMinor, 0),
  };

  it('writes exactly what buildPain001 writes, in pieces', async () => {
    const { text, pieces } = await collect(streamPain001(header, slowly(many)));
    expect(text).toBe(buildPain001(batch(many)));
    expect(pieces).toBeGreaterThan(5);
    await expectSchemaValid(text);
  });

  it.each([
    ['one payment fewer than announced', { numberOfTransactions: many.length + 1 }],
    ['a sum one cent off', { controlSumMinor: header.controlSumMinor - 1 }],
  ])('fails before the file is finished when %s', async (_label, lie) => {
    await expect(collect(streamPain001({ ...header, ...lie }, many))).rejects.toThrow(
      /The batch changed while its file was written/,
    );
  });

  it('refuses a withdrawal that comes twice', async () => {
    const twice = [payment({ withdrawalId: 1 }), payment({ withdrawalId: 1 })];
    await expect(
      collect(streamPain001({ ...header, numberOfTransactions: 2, controlSumMinor: 2000 }, twice)),
    ).rejects.toThrow(/share the end-to-end id W1/);
  });
});
