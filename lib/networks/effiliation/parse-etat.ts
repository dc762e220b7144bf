import type { ConversionStatus } from '../conversion-event';

// Effiliation's `etat` is localised (networks.md §1.7): FR Attente / Valide /
// Refus, EN Pending / Valid / Refusal, and DE, ES, IT, PT variants; php-oara
// also meets "Refusé" / "Refuse". Words are compared without case, accents or
// extra spaces. The words beyond those named in §1.7 are the usual back-office
// terms of each language [G: the documentation names the languages, not the
// words]; an unknown word is an issue, never a guess (php-oara throws too).

type Words = { pending: string[]; approved: string[]; declined: string[] };

const WORDS_BY_LANGUAGE: Readonly<Record<string, Words>> = {
  fr: {
    pending: ['attente', 'en attente'],
    approved: ['valide', 'validee'],
    declined: ['refus', 'refuse', 'refusee', 'annule', 'annulee'],
  },
  en: {
    pending: ['pending', 'waiting'],
    approved: ['valid', 'validated', 'approved', 'accepted'],
    declined: ['refusal', 'refused', 'rejected', 'declined', 'cancelled', 'canceled'],
  },
  de: {
    pending: ['offen', 'ausstehend', 'wartend'],
    approved: ['gultig', 'bestatigt', 'freigegeben', 'akzeptiert'],
    declined: ['abgelehnt', 'storniert'],
  },
  es: {
    pending: ['pendiente', 'en espera'],
    approved: ['valido', 'validado', 'aprobado', 'aceptado'],
    declined: ['rechazado', 'rehusado', 'anulado'],
  },
  it: {
    pending: ['in attesa', 'attesa'],
    approved: ['valido', 'validato', 'convalidato', 'approvato', 'accettato'],
    declined: ['rifiutato', 'respinto', 'annullato'],
  },
  pt: {
    pending: ['pendente', 'em espera', 'aguardando'],
    approved: ['valido', 'validado', 'aprovado', 'aceito'],
    declined: ['recusado', 'rejeitado', 'anulado'],
  },
};

const BY_WORD = new Map<string, ConversionStatus>();
for (const words of Object.values(WORDS_BY_LANGUAGE)) {
  for (const status of ['pending', 'approved', 'declined'] as const) {
    for (const word of words[status]) BY_WORD.set(word, status);
  }
}

/** "Validé", "VALIDE ", "Refused" → approved, approved, declined; an unknown word → null. */
export function effiliationStatus(etat: string): ConversionStatus | null {
  return BY_WORD.get(foldWord(etat)) ?? null;
}

function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
