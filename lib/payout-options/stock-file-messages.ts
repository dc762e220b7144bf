import type { MessageKey, Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { GIFT_CARD_VALUE_MINOR_MAX, STOCK_FILE_CARDS_MAX, type StockFileError } from './gift-card-stock-file';

// A refused stock file's problems as sentences ops read: "Ligne 3 : la valeur
// n'est pas un montant". Problems about the whole file have no line.

export function stockFileProblemLines(
  errors: readonly StockFileError[],
  currency: string,
  intlLocale: string,
  t: Translator,
): string[] {
  const valueMax = formatMoney({ amountMinor: GIFT_CARD_VALUE_MINOR_MAX, currency }, intlLocale);
  const cardsMax = new Intl.NumberFormat(intlLocale).format(STOCK_FILE_CARDS_MAX);
  return errors.map((error) => {
    const problem = t(`payoutOptions.upload.problems.${error.problem}` as MessageKey, {
      first: error.detail ?? '',
      expected: error.detail ?? '',
      max: error.problem === 'tooManyCards' ? cardsMax : valueMax,
    });
    return error.line === 0 ? problem : t('payoutOptions.upload.line', { line: error.line, problem });
  });
}
