import { ApiProperty } from '@nestjs/swagger';

/** A theme (opgave) a national route works on; cases are grouped under it, one theme per case. */
export class ThemeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Sociaal netwerk versterkend werken' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ description: 'The national route that works on it, e.g. the Verbindingsroute' })
  nationalRoute!: string;

  @ApiProperty({ description: 'An inactive theme keeps its cases but takes no new ones' })
  active!: boolean;

  @ApiProperty({ description: 'Cases under this theme' })
  caseCount!: number;

  @ApiProperty()
  createdAt!: Date;
}
