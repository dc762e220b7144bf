// What the stock upload action hands back to its form: translated text only
// (the other payout options' actions answer with the shared FormState).

/** The stock upload: the file's problems by line, or what was added and skipped. */
export type StockUploadState = {
  error?: string;
  notice?: string;
  /** "Ligne 3 : …", at most STOCK_FILE_ERRORS_SHOWN_MAX of them. */
  problems?: string[];
  more?: string;
  values?: { brandId: string; text: string };
};
