// Mail delivery against real Postgres and a real SMTP server running in this process.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@app/config';
import { composeAcknowledgement, MailDeliveryService, MailModule, MailTransport } from '@app/mail';
import { buildDataSourceOptions, MailMessageEntity } from '@app/persistence';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { TestSmtpServer } from '../support/test-smtp-server';

function header(raw: string, name: string): string | undefined {
  return new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1]?.trim();
}

const MAIL_FROM = 'Signaalroute <noreply@signaalroute.test>';

describe('MailDeliveryService', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let smtp: TestSmtpServer;
  let smtpUrl: string;
  let transport: MailTransport;
  let service: MailDeliveryService;
  let counter = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(db.url));
    await dataSource.initialize();
    smtp = new TestSmtpServer();
    smtpUrl = await smtp.start();
    transport = new MailTransport({ smtpUrl, from: MAIL_FROM });
    service = new MailDeliveryService(dataSource, transport);
  });

  afterAll(async () => {
    transport?.close();
    await smtp?.stop();
    await dataSource?.destroy();
    await db?.drop();
  });

  beforeEach(() => smtp.reset());

  async function storeMail(locale: 'nl' | 'en' = 'nl'): Promise<MailMessageEntity> {
    counter += 1;
    const reference = `SR-2026-${String(counter).padStart(6, '0')}`;
    const rendered = composeAcknowledgement({
      locale,
      reference,
      title: 'Wachtlijst jeugdhulp <blokkeert> de school',
      trackingUrl: `https://signaalroute.test/volgen/token${counter}`,
    });
    return dataSource.getRepository(MailMessageEntity).save({
      dedupeKey: `acknowledgement:test-${counter}`,
      purpose: 'acknowledgement',
      toAddress: `melder${counter}@example.test`,
      locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      signalId: null,
    });
  }

  function reload(id: string): Promise<MailMessageEntity> {
    return dataSource.getRepository(MailMessageEntity).findOneByOrFail({ id });
  }

  it('sends a stored mail once, to the right recipient, with a Message-ID derived from the mail id', async () => {
    const mail = await storeMail();

    await expect(service.deliver(mail.id)).resolves.toBe('sent');

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.rcptTo).toEqual([mail.toAddress]);
    expect(message!.mailFrom).toBe('noreply@signaalroute.test');
    expect(header(message!.raw, 'Subject')).toBe(mail.subject);
    expect(header(message!.raw, 'Message-ID')).toBe(`<${mail.id}@signaalroute.test>`);
    expect(header(message!.raw, 'Auto-Submitted')).toBe('auto-generated');
    const row = await reload(mail.id);
    expect(row).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('sends nothing when the mail was already sent', async () => {
    const mail = await storeMail();
    await service.deliver(mail.id);
    const sentAt = (await reload(mail.id)).sentAt;

    await expect(service.deliver(mail.id)).resolves.toBe('already_sent');

    expect(smtp.received).toHaveLength(1);
    expect(await reload(mail.id)).toMatchObject({ status: 'sent', attempts: 1, sentAt });
  });

  it('sends once when two runs of the same job deliver at the same time', async () => {
    const mail = await storeMail();
    // The first run is still talking to the server when the second one asks for the row.
    smtp.delayMs = 300;

    const outcomes = await Promise.all([service.deliver(mail.id), service.deliver(mail.id)]);

    expect([...outcomes].sort()).toEqual(['already_sent', 'sent']);
    expect(smtp.received).toHaveLength(1);
    expect(await reload(mail.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('records a refused attempt, keeps the mail pending and rethrows; a later attempt sends it', async () => {
    const mail = await storeMail();
    smtp.rejectNext = 1;

    await expect(service.deliver(mail.id)).rejects.toThrow(/451/);

    const afterFailure = await reload(mail.id);
    expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1, transport: null, sentAt: null });
    expect(afterFailure.lastError).toMatch(/Mailbox tijdelijk niet beschikbaar/);
    expect(smtp.received).toHaveLength(0);

    await expect(service.deliver(mail.id)).resolves.toBe('sent');

    expect(smtp.received).toHaveLength(1);
    expect(await reload(mail.id)).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 2 });
  });

  it('marks the mail failed when the last attempt is refused', async () => {
    const mail = await storeMail();
    smtp.rejectNext = 1;

    await expect(service.deliver(mail.id, { lastAttempt: true })).rejects.toThrow(/451/);

    const row = await reload(mail.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/Mailbox tijdelijk niet beschikbaar/);
  });

  it('marks the mail failed when the server cannot be reached on the last attempt', async () => {
    const mail = await storeMail();
    const unreachable = new MailTransport({ smtpUrl: 'smtp://127.0.0.1:1', from: MAIL_FROM });

    await expect(
      new MailDeliveryService(dataSource, unreachable).deliver(mail.id, { lastAttempt: true }),
    ).rejects.toThrow();

    expect(await reload(mail.id)).toMatchObject({ status: 'failed', attempts: 1 });
    unreachable.close();
  });

  it('in store mode marks the mail sent to the store without any SMTP', async () => {
    const mail = await storeMail('en');
    const storeTransport = new MailTransport({ from: MAIL_FROM });
    expect(storeTransport.mode).toBe('store');

    await expect(new MailDeliveryService(dataSource, storeTransport).deliver(mail.id)).resolves.toBe(
      'stored',
    );

    expect(smtp.received).toHaveLength(0);
    const row = await reload(mail.id);
    expect(row).toMatchObject({ status: 'sent', transport: 'store', attempts: 1 });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('rejects an unknown mail id', async () => {
    await expect(service.deliver('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('is wired by MailModule from AppConfig and the host app’s TypeORM', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, SMTP_URL: smtpUrl, MAIL_FROM });

    @Global()
    @Module({ providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] })
    class TestConfigModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [TestConfigModule, TypeOrmModule.forRoot(buildDataSourceOptions(db.url)), MailModule],
    }).compile();
    try {
      expect(moduleRef.get(MailTransport).mode).toBe('smtp');
      const mail = await storeMail();
      await expect(moduleRef.get(MailDeliveryService).deliver(mail.id)).resolves.toBe('sent');
      expect(smtp.received).toHaveLength(1);
    } finally {
      await moduleRef.close();
    }
  });
});
