import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { fr } from '@/lib/i18n/messages/fr';
import { createTranslator } from '@/lib/i18n/translate';
import { auditSummary } from './audit-summary';

const tFr = createTranslator('fr', fr);
const tEn = createTranslator('en', en);

describe('auditSummary', () => {
  it.each([
    [
      'a role granted',
      'role.granted',
      { from: 'member', to: 'ops' },
      'Rôle « Opérations » accordé (auparavant « Membre »)',
      [],
    ],
    [
      'a role revoked',
      'role.revoked',
      { from: 'admin', to: 'member' },
      'Rôle « Administrateur » retiré : redevient « Membre »',
      [],
    ],
    [
      'a role change with an odd value',
      'role.granted',
      { from: 'member', to: 'owner' },
      'Rôle « owner » accordé (auparavant « Membre »)',
      [],
    ],
    ['a plain action', 'account.created', {}, 'Compte créé', []],
    [
      'sessions closed with a password change',
      'password.changed',
      { sessionsRevoked: 2 },
      'Mot de passe modifié',
      ['2 autres sessions fermées'],
    ],
    [
      'no other session',
      'password.reset',
      { sessionsRevoked: 0 },
      'Mot de passe réinitialisé',
      ['Aucune autre session n’était ouverte'],
    ],
    [
      'an unknown action keeps its code and details',
      'payout.approved',
      { batch: 'B-12', amountMinor: 1200 },
      'payout.approved',
      ['batch: B-12', 'amountMinor: 1200'],
    ],
  ] as const)('%s', (_label, action, details, title, rest) => {
    expect(auditSummary({ action, details }, tFr)).toEqual({ title, details: rest });
  });

  it('speaks English too', () => {
    expect(auditSummary({ action: 'role.granted', details: { from: 'member', to: 'ops' } }, tEn).title).toBe(
      'Granted the “Ops” role (was “Member”)',
    );
  });
});
