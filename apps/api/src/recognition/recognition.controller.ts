import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { RecognitionConversationDto, RecognitionPanelDto } from './dto/recognition-panel.dto';
import { RecordConversationDto } from './dto/record-conversation.dto';
import { RecognitionService } from './recognition.service';

const uuid = new ParseUUIDPipe();

@ApiTags('cases')
@Controller('cases/:id/recognition')
@Roles('adviser', 'admin')
export class RecognitionController {
  constructor(private readonly recognition: RecognitionService) {}

  @Get()
  @ApiOperation({ summary: 'The recognition check of a case: calls, answers, tallies, conversations' })
  @ApiOkResponse({ type: RecognitionPanelDto })
  @ApiNotFoundResponse()
  panel(@Param('id', uuid) id: string, @CurrentUser() user: RequestUser): Promise<RecognitionPanelDto> {
    return this.recognition.panel(id, user);
  }

  @Post('conversations')
  @ApiOperation({ summary: 'Record a recognition check held by conversation with network partners' })
  @ApiCreatedResponse({ type: [RecognitionConversationDto] })
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({
    description: 'The case is not in recognition, or the date is in the future.',
  })
  record(
    @Param('id', uuid) id: string,
    @Body() dto: RecordConversationDto,
    @CurrentUser() user: RequestUser,
  ): Promise<RecognitionConversationDto[]> {
    return this.recognition.recordConversation(id, dto, user);
  }
}
