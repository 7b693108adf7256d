// Outgoing mail as staff see it: without an SMTP server (a local run) this is where mail "arrives".
import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { MailMessageEntity } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { Roles } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { IntField } from '../common/fields.decorator';
import { carriesAccountLink, redactAccountLinks } from './link-redaction';
import { MailDetailDto, MailSummaryDto } from './mail-view.dto';

class ListMailQuery {
  @IntField({ description: 'How many, newest first (default 50)', min: 1, max: 200, optional: true })
  limit?: number;
}

function toSummary(mail: MailMessageEntity): MailSummaryDto {
  return {
    id: mail.id,
    purpose: mail.purpose,
    toAddress: mail.toAddress,
    subject: mail.subject,
    status: mail.status,
    transport: mail.transport,
    attempts: mail.attempts,
    lastError: mail.lastError,
    signalId: mail.signalId,
    createdAt: mail.createdAt,
    sentAt: mail.sentAt,
  };
}

@ApiTags('mail')
@Controller('mail')
@Roles('adviser', 'admin')
export class MailController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Outgoing e-mail, newest first, with delivery status' })
  @ApiOkResponse({ type: [MailSummaryDto] })
  async list(
    @Query() query: ListMailQuery,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<MailSummaryDto[]> {
    const rows = await this.dataSource.getRepository(MailMessageEntity).find({
      order: { createdAt: 'DESC' },
      take: query.limit ?? 50,
    });
    // The recipients are submitters' contact details: reading them is recorded (AVG).
    if (rows.length > 0) {
      await this.audit.record({
        action: 'contact_details_viewed',
        actorId: user.id,
        subject: { type: 'mail_list', id: String(rows.length) },
        ip: clientIp(request),
        details: { recipients: rows.length },
      });
    }
    return rows.map(toSummary);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One e-mail as it was (or will be) sent',
    description: 'The links in invite, password-reset and sign-in mails are hidden (outside demo mode).',
  })
  @ApiOkResponse({ type: MailDetailDto })
  @ApiNotFoundResponse()
  async detail(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<MailDetailDto> {
    const mail = await this.dataSource.getRepository(MailMessageEntity).findOneBy({ id });
    if (!mail) throw new NotFoundError('Mail', id);
    await this.audit.record({
      action: 'contact_details_viewed',
      actorId: user.id,
      subject: { type: 'mail', id },
      ip: clientIp(request),
    });
    // In a demo (never production) staff read the demo member's sign-in link here: there is no SMTP.
    const hide = carriesAccountLink(mail.purpose) && !this.config.DEMO;
    const shown = (body: string) => (hide ? redactAccountLinks(body) : body);
    return { ...toSummary(mail), textBody: shown(mail.textBody), htmlBody: shown(mail.htmlBody) };
  }
}
