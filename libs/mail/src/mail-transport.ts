// How mail leaves the system: over SMTP when SMTP_URL is set, otherwise nowhere (mode 'store': the
// rendered messages stay in mail_messages, where staff read them in the app).
import type { OnModuleDestroy } from '@nestjs/common';
import {
  createTransport,
  type SMTPSentMessageInfo,
  type SMTPTransportOptions,
  type Transporter,
} from 'nodemailer';
import type { AppConfig } from '@app/config';

export type MailTransportMode = 'smtp' | 'store';

export interface MailTransportOptions {
  /** smtp:// or smtps:// URL; without it nothing is sent and mail is only stored. */
  smtpUrl?: string;
  /** The sender, e.g. `Signaalroute <noreply@signaalroute.nl>`. */
  from: string;
}

export interface OutgoingMail {
  /** The mail_messages id; it becomes the Message-ID, so a resend is recognisable as the same message. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

// Bounded, because delivery holds a row lock while it talks to the server.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
/** As many as the mail queue runs at once, so no delivery waits for a connection. */
export const POOL_CONNECTIONS = 8;

export class MailTransport implements OnModuleDestroy {
  readonly mode: MailTransportMode;
  private readonly transporter: Transporter<SMTPSentMessageInfo, SMTPTransportOptions> | null;
  private readonly messageIdDomain: string;

  constructor(private readonly options: MailTransportOptions) {
    this.mode = options.smtpUrl ? 'smtp' : 'store';
    // Pooled: a few connections that each carry many messages, instead of a handshake per mail (a call
    // to thousands of members would otherwise spend most of its time connecting).
    this.transporter = options.smtpUrl
      ? createTransport({ url: options.smtpUrl, pool: true, maxConnections: POOL_CONNECTIONS, ...TIMEOUTS })
      : null;
    this.messageIdDomain = senderDomain(options.from);
  }

  static fromConfig(config: AppConfig): MailTransport {
    return new MailTransport({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  }

  /** Stable per mail: a receiving MTA can drop a second copy sent after a crash between send and commit. */
  messageIdFor(mailId: string): string {
    return `<${mailId}@${this.messageIdDomain}>`;
  }

  /** Hands the message to the SMTP server; throws when it is not accepted. Only for mode 'smtp'. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter)
      throw new Error('MailTransport is in store mode: there is no SMTP server to send to.');
    await this.transporter.sendMail({
      from: this.options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: this.messageIdFor(mail.id),
      // RFC 3834: keeps auto-responders (out-of-office) from answering system mail.
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  close(): void {
    this.transporter?.close();
  }

  onModuleDestroy(): void {
    this.close();
  }
}

/** The domain of the sender address, for Message-IDs; `localhost` if the address has none. */
function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1]?.toLowerCase() ?? 'localhost';
}
