import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentSendError } from './email-transport';
import { createSmtpTransport } from './smtp-transport';

// A minimal SMTP server on a free local port: enough of RFC 5321 for
// nodemailer, refusing any recipient whose address starts with "unknown".
type Received = { from: string; to: string[]; data: string };
const received: Received[] = [];
let server: net.Server;
let port = 0;

function startServer(): Promise<void> {
  server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test.local ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      while (true) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          reply('250 queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test.local');
        else if (verb === 'MAIL') {
          current.from = line;
          reply('250 ok');
        } else if (verb === 'RCPT') {
          if (/<unknown/i.test(line)) reply('550 5.1.1 user unknown');
          else {
            current.to.push(line);
            reply('250 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      port = (server.address() as net.AddressInfo).port;
      resolve();
    }),
  );
}

beforeAll(startServer);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = {
  id: 42,
  createdAt: new Date('2027-02-12T10:00:00Z'),
  to: 'zoe@example.com',
  subject: 'Confirmez votre adresse e-mail',
  text: 'Bonjour Zoé,\n\nhttps://ristourne.example/verify?token=t',
  html: '<p>Bonjour Zoé,</p>',
};

describe('createSmtpTransport', () => {
  it('sends the text and HTML versions with a Message-ID derived from the outbox row', async () => {
    const transport = createSmtpTransport(
      `smtp://127.0.0.1:${port}`,
      'Ristourne <no-reply@ristourne.example>',
    );
    await transport.send(message);
    transport.close();
    const mail = received.at(-1)!;
    expect(mail.from).toContain('<no-reply@ristourne.example>');
    expect(mail.to).toEqual(['RCPT TO:<zoe@example.com>']);
    expect(mail.data).toContain(`Message-ID: <outbox-42.${message.createdAt.getTime()}@ristourne.example>`);
    expect(mail.data).toContain('multipart/alternative');
    expect(mail.data).toContain('text/plain');
    expect(mail.data).toContain('text/html');
  });

  it('turns a refused recipient into a permanent failure', async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`, 'no-reply@ristourne.example');
    const error = await transport.send({ ...message, to: 'unknown@example.com' }).catch((e: unknown) => e);
    transport.close();
    expect(error).toBeInstanceOf(PermanentSendError);
  });

  it('keeps a connection failure retryable', async () => {
    const closed = net.createServer();
    const closedPort = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => resolve((closed.address() as net.AddressInfo).port)),
    );
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const transport = createSmtpTransport(`smtp://127.0.0.1:${closedPort}`, 'no-reply@ristourne.example');
    const error = await transport.send(message).catch((e: unknown) => e);
    transport.close();
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentSendError);
  });
});
