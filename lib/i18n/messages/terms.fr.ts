// French: the terms of use (conditions générales d'utilisation), /terms.

export const termsFr = {
  metaTitle: 'Conditions générales d’utilisation',
};
