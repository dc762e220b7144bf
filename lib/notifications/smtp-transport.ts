import nodemailer from 'nodemailer';
import { type EmailTransport, type OutgoingEmail, PermanentSendError } from './email-transport';

// SMTP through nodemailer. Timeouts are short so one dead server cannot hold a
// batch past the sender's lease (see send-outbox.ts).

type SmtpError = Error & { responseCode?: number; command?: string };

function isRecipientRejection(error: unknown): error is SmtpError {
  if (!(error instanceof Error)) return false;
  const { responseCode, command } = error as SmtpError;
  // 5xx on RCPT TO: the address is refused for good. Other 5xx (a bad login,
  // a policy block) are our configuration and are retried until fixed.
  return (
    command === 'RCPT TO' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600
  );
}

function messageIdDomain(from: string): string {
  return /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'ristourne.invalid';
}

export function createSmtpTransport(smtpUrl: string, from: string): EmailTransport & { close(): void } {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const domain = messageIdDomain(from);
  return {
    async send(message: OutgoingEmail) {
      try {
        await transporter.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: `<outbox-${message.id}.${message.createdAt.getTime()}@${domain}>`,
        });
      } catch (error) {
        if (isRecipientRejection(error)) throw new PermanentSendError(error.message, { cause: error });
        throw error;
      }
    },
    close: () => transporter.close(),
  };
}
