import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { UserEntity } from '@app/persistence';
import { Roles } from '../auth/access.decorator';

export class ExpertDirectoryEntryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}

/** The staff experts an adviser can assign to a case: names only, the user list stays the admin's. */
@ApiTags('cases')
@Controller('experts')
@Roles('adviser', 'admin')
export class ExpertDirectoryController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Active staff experts, by name' })
  @ApiOkResponse({ type: [ExpertDirectoryEntryDto] })
  async list(): Promise<ExpertDirectoryEntryDto[]> {
    const experts = await this.dataSource.getRepository(UserEntity).find({
      where: { role: 'expert', active: true },
      select: { id: true, displayName: true },
      order: { displayName: 'ASC' },
    });
    return experts.map(({ id, displayName }) => ({ id, displayName }));
  }
}
