// A real SMTP server in the test process: keeps what it accepts, and can refuse or slow down messages.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

/** A tiny SMTP server that keeps what it accepts and can be told to refuse or slow down the next messages. */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  rejectNext = 0;
  delayMs = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: the transport would otherwise upgrade to the server's self-signed TLS.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          if (this.rejectNext > 0) {
            this.rejectNext -= 1;
            callback(Object.assign(new Error('Mailbox tijdelijk niet beschikbaar'), { responseCode: 451 }));
            return;
          }
          this.received.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((address) => address.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        }, this.delayMs);
      });
    },
  });

  async start(): Promise<string> {
    // A client that vanishes mid-message (a killed worker) resets its connection; that is no test failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.received.length = 0;
    this.rejectNext = 0;
    this.delayMs = 0;
  }
}
