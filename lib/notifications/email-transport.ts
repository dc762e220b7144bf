// What the sender needs from a mail transport. SMTP in production
// (smtp-transport.ts); tests pass a fake that records.

export type OutgoingEmail = {
  /** The outbox id: a stable Message-ID, so a resend after a crash can be recognised. */
  id: number;
  createdAt: Date;
  to: string;
  subject: string;
  text: string;
  html: string;
};

export interface EmailTransport {
  /** Resolves once the server accepted the message; throws otherwise. */
  send(message: OutgoingEmail): Promise<void>;
}

/** A failure retrying cannot fix (the recipient does not exist): the e-mail fails at once. */
export class PermanentSendError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'PermanentSendError';
  }
}
