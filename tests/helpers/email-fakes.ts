import type { EmailTransport, OutgoingEmail } from '@/lib/notifications/email-transport';

export type RecordingTransport = EmailTransport & { sent: OutgoingEmail[]; calls: number };

/**
 * A transport that records what it "sends". `delayMs` widens the window in
 * which concurrent workers could collide; `fail` returns an error to throw
 * for a message (or nothing to accept it).
 */
export function recordingTransport(
  options: { delayMs?: number; fail?: (message: OutgoingEmail) => Error | undefined } = {},
): RecordingTransport {
  const transport: RecordingTransport = {
    sent: [],
    calls: 0,
    async send(message) {
      transport.calls++;
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const error = options.fail?.(message);
      if (error) throw error;
      transport.sent.push(message);
    },
  };
  return transport;
}
