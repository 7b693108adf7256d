import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/access.decorator';
import { requestLocale } from '../common/locale';
import { FeedbackAttentionDto } from './dto/feedback-view.dto';
import { readFeedbackAttention } from './feedback-attention.reader';

@ApiTags('feedback')
@Controller('feedback')
export class FeedbackAttentionController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('attention')
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: 'Cases whose feedback someone said did not help, latest first',
    description:
      'Cases in feedback or closed; a closed one can be reopened with the existing closed → recognition transition.',
  })
  @ApiOkResponse({ type: [FeedbackAttentionDto] })
  attention(@Req() request: Request): Promise<FeedbackAttentionDto[]> {
    return readFeedbackAttention(this.dataSource.manager, requestLocale(request));
  }
}
