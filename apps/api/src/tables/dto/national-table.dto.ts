import { ApiProperty } from '@nestjs/swagger';
import { TABLE_KINDS, type TableKind } from '@app/workflow';

/** A liaison of a table, as staff see them: who, never how to reach them. */
export class TableLiaisonDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;
}

/** A national table or body in the register (step 6). */
export class NationalTableDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Onderwijs-Zorg-Kinderopvang-tafel' })
  name!: string;

  @ApiProperty({ enum: TABLE_KINDS })
  kind!: TableKind;

  @ApiProperty({ description: "The table's own role, so a brief can say what is asked of it" })
  description!: string;

  @ApiProperty({ description: 'An inactive table keeps its history but gets no new agenda items' })
  active!: boolean;

  @ApiProperty({ type: [TableLiaisonDto] })
  liaisons!: TableLiaisonDto[];

  @ApiProperty({ description: 'Agenda items at this table without an outcome yet' })
  openItems!: number;

  @ApiProperty()
  createdAt!: Date;
}
