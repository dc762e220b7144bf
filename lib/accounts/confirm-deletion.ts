import type { Db } from '@/db/client';
import { validationError } from '@/lib/errors';
import { messagesByLocale } from '@/lib/i18n/messages';
import { requireUser } from './account-user';
import { checkCurrentPassword } from './check-current-password';
import { type AccountsConfig, accountsConfig } from './config';
import type { FieldIssue } from './password-policy';

// deleteAccount trusts its caller to have confirmed the intent: the current
// password (which counts toward the sign-in lock-out, so a stolen session
// cannot guess it freely) or, for an account that signs in by e-mailed link
// only, the confirmation word; plus the "I understand" box. Throws a 422 with
// field messages otherwise.

// The word of either language: a member may switch language mid-form.
const CONFIRMATION_WORDS = Object.values(messagesByLocale).map((m) => m.accountSpace.privacy.delete.word);

export type DeletionConfirmation = {
  userId: string;
  currentPassword: string;
  confirmation: string;
  acknowledge: boolean;
  ip: string | null;
};

export async function confirmDeletion(
  db: Db,
  input: DeletionConfirmation,
  config: Pick<AccountsConfig, 'secret'> = accountsConfig(),
): Promise<void> {
  const account = await requireUser(db, input.userId);
  const issues: FieldIssue[] = [];
  if (!account.passwordHash) {
    if (!CONFIRMATION_WORDS.includes(input.confirmation.trim().toUpperCase())) {
      issues.push({ path: ['confirmation'], message: 'accountSpace.privacy.delete.wordWrong' });
    }
  } else if (input.currentPassword === '') {
    issues.push({ path: ['currentPassword'], message: 'auth.password.required' });
  } else if (
    !(await checkCurrentPassword(
      db,
      { user: account, password: input.currentPassword, ip: input.ip },
      config,
    ))
  ) {
    issues.push({ path: ['currentPassword'], message: 'auth.password.currentWrong' });
  }
  if (!input.acknowledge) {
    issues.push({ path: ['acknowledge'], message: 'accountSpace.privacy.delete.acknowledgeRequired' });
  }
  if (issues.length > 0) throw validationError(issues, 'auth.invalidInput');
}
