import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { EmailStatus } from '@/db/schema';
import type { Translator } from '@/lib/i18n/translate';

const tones: Record<EmailStatus, BadgeTone> = {
  pending: 'neutral',
  sending: 'neutral',
  sent: 'success',
  failed: 'boost',
  held: 'neutral',
};

export function EmailStatusBadge({ status, t }: { status: EmailStatus; t: Translator }) {
  return <Badge tone={tones[status]}>{t(`mailbox.status.${status}`)}</Badge>;
}
