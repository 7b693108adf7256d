// Outgoing mail as staff see it: without an SMTP server (a local run) this is where mail "arrives".
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { MailMessageEntity } from '@app/persistence';
import { Roles } from '../auth/access.decorator';
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
  ) {}

  @Get()
  @ApiOperation({ summary: 'Outgoing e-mail, newest first, with delivery status' })
  @ApiOkResponse({ type: [MailSummaryDto] })
  async list(@Query() query: ListMailQuery): Promise<MailSummaryDto[]> {
    const rows = await this.dataSource.getRepository(MailMessageEntity).find({
      order: { createdAt: 'DESC' },
      take: query.limit ?? 50,
    });
    return rows.map(toSummary);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One e-mail as it was (or will be) sent',
    description: 'The links in invite, password-reset and sign-in mails are hidden (outside demo mode).',
  })
  @ApiOkResponse({ type: MailDetailDto })
  @ApiNotFoundResponse()
  async detail(@Param('id', ParseUUIDPipe) id: string): Promise<MailDetailDto> {
    const mail = await this.dataSource.getRepository(MailMessageEntity).findOneBy({ id });
    if (!mail) throw new NotFoundError('Mail', id);
    // In a demo (never production) staff read the demo member's sign-in link here: there is no SMTP.
    const hide = carriesAccountLink(mail.purpose) && !this.config.DEMO;
    const shown = (body: string) => (hide ? redactAccountLinks(body) : body);
    return { ...toSummary(mail), textBody: shown(mail.textBody), htmlBody: shown(mail.htmlBody) };
  }
}
