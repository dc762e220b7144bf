import type { SessionSummary } from '@/lib/accounts/sessions';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';
import { SessionList, type SessionRow } from './session-list';
import { summariseUserAgent } from './user-agent';

/** "Signed-in devices": each live session, this one marked, the others with a sign-out button. */
export function SessionsSection({
  t,
  locale,
  sessions,
  currentId,
  action,
}: {
  t: Translator;
  locale: Locale;
  sessions: SessionSummary[];
  currentId: string | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  // This device first, then the others by last use (listSessions' order).
  const ordered = [...sessions].sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
  const rows = ordered.map((session): SessionRow => {
    const agent = summariseUserAgent(session.userAgent);
    const device = t('accountSpace.security.sessions.device', {
      browser: agent.browser ?? t('accountSpace.security.sessions.unknownBrowser'),
      os: agent.os ?? t('accountSpace.security.sessions.unknownOs'),
    });
    const lastSeen = formatDateTime(session.lastSeenAt, locale);
    return {
      id: session.id,
      device,
      current: session.id === currentId,
      details: [
        `${t(`accountSpace.security.sessions.kind.${agent.kind}`)} · ${
          session.rememberMe
            ? t('accountSpace.security.sessions.remembered')
            : t('accountSpace.security.sessions.notRemembered')
        }`,
        t('accountSpace.security.sessions.signedInAt', { date: formatDateTime(session.createdAt, locale) }),
        t('accountSpace.security.sessions.lastSeenAt', { date: lastSeen }),
      ],
      signOutLabel: t('accountSpace.security.sessions.signOutLabel', { device, date: lastSeen }),
    };
  });
  return (
    <AccountSection
      id="sessions"
      title={t('accountSpace.security.sessions.title')}
      intro={t('accountSpace.security.sessions.intro')}
    >
      <SessionList
        rows={rows}
        action={action}
        labels={{
          list: t('accountSpace.security.sessions.listLabel'),
          thisDevice: t('accountSpace.security.sessions.thisDevice'),
          signOut: t('accountSpace.security.sessions.signOut'),
          signOutOthers: t('accountSpace.security.sessions.signOutOthers'),
          onlyThisOne: t('accountSpace.security.sessions.onlyThisOne'),
        }}
      />
    </AccountSection>
  );
}
