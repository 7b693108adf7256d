import { ApiProperty } from '@nestjs/swagger';

export class SignalCreatedDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'SR-2026-000123', description: 'A readable reference to quote' })
  reference!: string;

  @ApiProperty({ description: 'Private link to follow the signal; keep it to yourself' })
  trackingUrl!: string;
}
