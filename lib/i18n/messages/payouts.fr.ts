// French messages of payouts: the payout method forms (field errors are keys
// set by the zod schemas in lib/payouts/payout-method-form.ts).

export const payoutsFr = {
  method: {
    invalidInput: 'Vérifiez les champs signalés.',
    holderName: {
      required: 'Indiquez le nom du titulaire du compte.',
      tooLong: 'Le nom du titulaire doit contenir au plus 70 caractères.',
      invalid: 'Écrivez le nom du titulaire en lettres latines, comme sur votre relevé d’identité bancaire.',
    },
    iban: {
      required: 'Indiquez votre IBAN.',
      country:
        'Un IBAN commence par le code de son pays (FR, DE, BE…) : vérifiez les deux premières lettres.',
      length:
        'Cet IBAN n’a pas le bon nombre de caractères pour son pays : un caractère manque ou est en trop.',
      format: 'Cet IBAN contient des caractères inattendus pour son pays : recopiez-le depuis votre RIB.',
      checksum:
        'Cet IBAN contient une faute de frappe (sa clé de contrôle ne correspond pas) : recopiez-le depuis votre RIB.',
      notSepa: 'Les virements ne sont possibles que vers un compte de la zone SEPA.',
    },
    bic: {
      invalid: 'Ce BIC n’est pas valide : 8 ou 11 lettres et chiffres, par exemple BNPAFRPP.',
      required: 'Le BIC de votre banque est nécessaire pour un virement vers ce pays.',
    },
  },
};
