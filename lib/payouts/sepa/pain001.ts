import { AppError } from '@/lib/errors';
import { assertMinor, toDecimalString } from '@/lib/money';
import { ibanProblem, isBicRequired, isValidBic, normaliseBic, normaliseIban } from '../iban';
import { sepaEndToEndId, sepaMessageId, sepaPaymentInfoId } from './sepa-ids';
import { escapeXml, SEPA_NAME_MAX_LENGTH, SEPA_REMITTANCE_MAX_LENGTH, toSepaText } from './sepa-text';

// An ISO 20022 pain.001.001.03 customer credit transfer initiation, as the
// EPC SEPA Credit Transfer guidelines profile it: one group header, one
// payment information block debiting our account (batch booking, service
// level SEPA, charges shared "SLEV"), one CdtTrfTxInf per withdrawal.
//
// The group header carries the number of transactions and their sum, and it
// comes first in the file. `streamPain001` therefore takes both up front (a
// COUNT and SUM from the database), writes the transactions as they arrive
// without holding them, and fails at the end if what it wrote disagrees, so
// a file whose header lies is never finished. `buildPain001` is the in-memory
// form for small batches and tests.
//
// Amounts go from integer cents to "1234.56" by string manipulation
// (toDecimalString); no floating point touches them.

export type SepaDebtor = {
  /** Our company name as the bank knows it. */
  name: string;
  iban: string;
  /** Optional: without it the file says NOTPROVIDED, which EEA banks accept. */
  bic: string | null;
};

export type SepaPayment = {
  withdrawalId: string | number;
  amountMinor: number;
  currency: string;
  creditorName: string;
  creditorIban: string;
  /** Needed only outside the EEA (see isBicRequired). */
  creditorBic?: string | null;
  /** Free text the member sees on their statement; transliterated and cut to 140 characters. */
  remittanceInformation: string;
};

export type Pain001Header = {
  /** The batch's deterministic key; the message id is derived from it. */
  batchId: string;
  createdAt: Date;
  /** YYYY-MM-DD: the day the bank should debit us. */
  requestedExecutionDate: string;
  debtor: SepaDebtor;
  numberOfTransactions: number;
  controlSumMinor: number;
};

export type SepaCreditTransferBatch = Omit<Pain001Header, 'numberOfTransactions' | 'controlSumMinor'> & {
  payments: readonly SepaPayment[];
};

export const SEPA_CURRENCY = 'EUR';
/** The EPC's ceiling for one SEPA credit transfer: 999 999 999.99 €. */
export const SEPA_MAX_AMOUNT_MINOR = 99_999_999_999;
const NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';
/** Streamed output is handed over in pieces of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

const invalid = (message: string) => new AppError('unprocessable', message);

/** The whole file, for a batch held in memory. */
export function buildPain001(batch: SepaCreditTransferBatch): string {
  const rendered = batch.payments.map(renderTransaction);
  assertUniqueEndToEndIds(rendered.map((tx) => tx.endToEndId));
  let controlSumMinor = 0;
  for (const tx of rendered) controlSumMinor = assertMinor(controlSumMinor + tx.amountMinor);
  const head = renderHead({ ...batch, numberOfTransactions: rendered.length, controlSumMinor });
  return head + rendered.map((tx) => tx.xml).join('') + TAIL;
}

/**
 * The file in pieces, for batches too big to hold: header totals are taken on
 * trust and checked once the last payment is written.
 */
export async function* streamPain001(
  header: Pain001Header,
  payments: AsyncIterable<SepaPayment> | Iterable<SepaPayment>,
): AsyncGenerator<string> {
  let buffer = renderHead(header);
  const endToEndIds = new Set<string>();
  let count = 0;
  let sumMinor = 0;
  for await (const payment of payments) {
    const tx = renderTransaction(payment);
    if (endToEndIds.has(tx.endToEndId)) throw duplicateEndToEndId(tx.endToEndId);
    endToEndIds.add(tx.endToEndId);
    count += 1;
    sumMinor = assertMinor(sumMinor + tx.amountMinor);
    buffer += tx.xml;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (count !== header.numberOfTransactions || sumMinor !== header.controlSumMinor) {
    throw new AppError(
      'conflict',
      `The batch changed while its file was written: the header says ${header.numberOfTransactions} payments ` +
        `for ${formatAmount(header.controlSumMinor)} EUR, the file holds ${count} for ${formatAmount(sumMinor)} EUR`,
    );
  }
  yield buffer + TAIL;
}

// ---------------------------------------------------------------- rendering

const TAIL = '    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n';

function renderHead(header: Pain001Header): string {
  const { debtor } = header;
  if (!Number.isSafeInteger(header.numberOfTransactions) || header.numberOfTransactions < 1) {
    throw invalid('A SEPA file needs at least one payment');
  }
  if (!Number.isSafeInteger(header.controlSumMinor) || header.controlSumMinor < 1) {
    throw invalid('A SEPA file needs a positive control sum');
  }
  const debtorName = toSepaText(debtor.name, SEPA_NAME_MAX_LENGTH);
  if (!debtorName) throw invalid('The debtor name has no character of the SEPA set');
  const debtorIban = normaliseIban(debtor.iban);
  const ibanIssue = ibanProblem(debtorIban);
  if (ibanIssue) throw invalid(`The debtor IBAN is not valid (${ibanIssue})`);
  const debtorBic = debtor.bic ? normaliseBic(debtor.bic) : null;
  if (debtorBic !== null && !isValidBic(debtorBic))
    throw invalid(`The debtor BIC "${debtor.bic}" is not valid`);
  const batchId = header.batchId.trim();
  if (!batchId) throw invalid('A SEPA file needs a batch id');

  const count = String(header.numberOfTransactions);
  const ctrlSum = formatAmount(header.controlSumMinor);
  const debtorAgent = debtorBic
    ? `<BIC>${debtorBic}</BIC>`
    : // EPC guidelines: "NOTPROVIDED" when the debtor leaves the BIC out.
      '<Othr><Id>NOTPROVIDED</Id></Othr>';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    '  <CstmrCdtTrfInitn>',
    '    <GrpHdr>',
    `      <MsgId>${escapeXml(sepaMessageId(batchId))}</MsgId>`,
    `      <CreDtTm>${formatDateTime(header.createdAt)}</CreDtTm>`,
    `      <NbOfTxs>${count}</NbOfTxs>`,
    `      <CtrlSum>${ctrlSum}</CtrlSum>`,
    `      <InitgPty><Nm>${escapeXml(debtorName)}</Nm></InitgPty>`,
    '    </GrpHdr>',
    '    <PmtInf>',
    `      <PmtInfId>${escapeXml(sepaPaymentInfoId(batchId))}</PmtInfId>`,
    '      <PmtMtd>TRF</PmtMtd>',
    '      <BtchBookg>true</BtchBookg>',
    `      <NbOfTxs>${count}</NbOfTxs>`,
    `      <CtrlSum>${ctrlSum}</CtrlSum>`,
    '      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>',
    `      <ReqdExctnDt>${formatDate(header.requestedExecutionDate)}</ReqdExctnDt>`,
    `      <Dbtr><Nm>${escapeXml(debtorName)}</Nm></Dbtr>`,
    `      <DbtrAcct><Id><IBAN>${debtorIban}</IBAN></Id></DbtrAcct>`,
    `      <DbtrAgt><FinInstnId>${debtorAgent}</FinInstnId></DbtrAgt>`,
    '      <ChrgBr>SLEV</ChrgBr>',
    '',
  ].join('\n');
}

type RenderedTransaction = { endToEndId: string; amountMinor: number; xml: string };

function renderTransaction(payment: SepaPayment): RenderedTransaction {
  const who = `Withdrawal ${payment.withdrawalId}`;
  if (payment.currency.trim().toUpperCase() !== SEPA_CURRENCY) {
    throw invalid(`${who}: SEPA credit transfers are in EUR only, not ${payment.currency}`);
  }
  const { amountMinor } = payment;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1 || amountMinor > SEPA_MAX_AMOUNT_MINOR) {
    throw invalid(`${who}: the amount must be between 0.01 and 999999999.99 EUR (got ${amountMinor} cents)`);
  }
  const iban = normaliseIban(payment.creditorIban);
  const problem = ibanProblem(iban);
  if (problem) throw invalid(`${who}: the creditor IBAN is not valid (${problem})`);
  const bic = payment.creditorBic ? normaliseBic(payment.creditorBic) : null;
  if (bic !== null && !isValidBic(bic))
    throw invalid(`${who}: the creditor BIC "${payment.creditorBic}" is not valid`);
  if (bic === null && isBicRequired(iban.slice(0, 2))) {
    throw invalid(`${who}: a transfer to ${iban.slice(0, 2)} needs the creditor's BIC`);
  }
  const name = toSepaText(payment.creditorName, SEPA_NAME_MAX_LENGTH);
  if (!name) throw invalid(`${who}: the creditor name has no character of the SEPA set`);
  const remittance = toSepaText(payment.remittanceInformation, SEPA_REMITTANCE_MAX_LENGTH);
  const endToEndId = sepaEndToEndId(payment.withdrawalId);

  const lines = [
    '      <CdtTrfTxInf>',
    `        <PmtId><EndToEndId>${escapeXml(endToEndId)}</EndToEndId></PmtId>`,
    `        <Amt><InstdAmt Ccy="${SEPA_CURRENCY}">${formatAmount(amountMinor)}</InstdAmt></Amt>`,
  ];
  if (bic) lines.push(`        <CdtrAgt><FinInstnId><BIC>${bic}</BIC></FinInstnId></CdtrAgt>`);
  lines.push(
    `        <Cdtr><Nm>${escapeXml(name)}</Nm></Cdtr>`,
    `        <CdtrAcct><Id><IBAN>${iban}</IBAN></Id></CdtrAcct>`,
  );
  if (remittance) lines.push(`        <RmtInf><Ustrd>${escapeXml(remittance)}</Ustrd></RmtInf>`);
  lines.push('      </CdtTrfTxInf>', '');
  return { endToEndId, amountMinor, xml: lines.join('\n') };
}

function assertUniqueEndToEndIds(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw duplicateEndToEndId(id);
    seen.add(id);
  }
}

function duplicateEndToEndId(id: string): AppError {
  return invalid(`Two payments of the batch share the end-to-end id ${id}: a withdrawal is in it twice`);
}

/** Integer cents → "1234.56". */
function formatAmount(amountMinor: number): string {
  return toDecimalString(amountMinor, 2);
}

/** ISODateTime in UTC without a zone suffix, the form French banks' guides show. */
function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw invalid('The file creation time is not a valid date');
  return date.toISOString().slice(0, 19);
}

function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw invalid(`The requested execution date "${date}" is not a YYYY-MM-DD date`);
  }
  return date;
}
