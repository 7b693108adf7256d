import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class PublishCallDto {
  @ApiProperty({ description: 'The version you last saw; another version is a conflict (409)' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
