import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MailSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  purpose!: string;

  @ApiProperty()
  toAddress!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty({ enum: ['pending', 'sent', 'failed'] })
  status!: string;

  @ApiPropertyOptional({ enum: ['smtp', 'store'], nullable: true })
  transport!: string | null;

  @ApiProperty()
  attempts!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  lastError!: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  signalId!: string | null;

  @ApiProperty()
  createdAt!: Date;

  @ApiPropertyOptional({ type: Date, nullable: true })
  sentAt!: Date | null;
}

export class MailDetailDto extends MailSummaryDto {
  @ApiProperty()
  textBody!: string;

  @ApiProperty({ description: 'The HTML part as sent; render it only in a sandboxed frame' })
  htmlBody!: string;
}
