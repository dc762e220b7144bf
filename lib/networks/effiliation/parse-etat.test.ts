import { describe, expect, it } from 'vitest';
import { effiliationStatus } from './parse-etat';

describe('effiliationStatus (networks.md §1.7: etat is localised)', () => {
  it.each([
    // FR, as documented and as php-oara meets it
    ['Attente', 'pending'],
    ['Valide', 'approved'],
    ['Validé', 'approved'],
    ['Refus', 'declined'],
    ['Refusé', 'declined'],
    ['Refuse', 'declined'],
    ['En attente', 'pending'],
    ['Annulé', 'declined'],
    // EN, as documented and in the brief's words
    ['Pending', 'pending'],
    ['Valid', 'approved'],
    ['Validated', 'approved'],
    ['Refusal', 'declined'],
    ['Refused', 'declined'],
    // DE, ES, IT, PT
    ['Offen', 'pending'],
    ['Bestätigt', 'approved'],
    ['Abgelehnt', 'declined'],
    ['Pendiente', 'pending'],
    ['Válido', 'approved'],
    ['Rechazado', 'declined'],
    ['In attesa', 'pending'],
    ['Validato', 'approved'],
    ['Rifiutato', 'declined'],
    ['Pendente', 'pending'],
    ['Aprovado', 'approved'],
    ['Recusado', 'declined'],
    // case, accents and spaces do not matter
    ['  VALIDÉ ', 'approved'],
    ['en   ATTENTE', 'pending'],
  ])('%s is %s', (etat, status) => {
    expect(effiliationStatus(etat)).toBe(status);
  });

  it.each(['', 'Paid', 'Bizarre', 'Valide!', '1'])('%j is unknown', (etat) => {
    expect(effiliationStatus(etat)).toBeNull();
  });
});
