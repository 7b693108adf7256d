import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { RateLimit } from '../common/rate-limit.decorator';
import { CallInvitationService } from './call-invitation.service';
import { AnswerOutcomeDto, CallAnswerDto } from './dto/call-answer.dto';
import { InvitationViewDto } from './dto/invitation-view.dto';

/** The personal answer link from a targeted call's mail: the token in the path is the only key. */
@ApiTags('calls')
@Controller('call-invitations')
@Public()
export class CallInvitationController {
  constructor(private readonly invitations: CallInvitationService) {}

  @Get(':token')
  @RateLimit('token_lookup_ip')
  @ApiOperation({ summary: 'The call, your answer so far and your profile, through your personal link' })
  @ApiOkResponse({ type: InvitationViewDto })
  @ApiNotFoundResponse({ description: 'Unknown or malformed link (the same answer for both).' })
  view(@Param('token') token: string): Promise<InvitationViewDto> {
    return this.invitations.view(token);
  }

  @Put(':token/answer')
  @RateLimit('token_answer_ip')
  @ApiOperation({ summary: 'Give or change your answer (one per member per call)' })
  @ApiOkResponse({ type: AnswerOutcomeDto })
  @ApiNotFoundResponse({ description: 'Unknown or malformed link.' })
  @ApiConflictResponse({ description: 'The call is not open for answers.' })
  answer(@Param('token') token: string, @Body() dto: CallAnswerDto): Promise<AnswerOutcomeDto> {
    return this.invitations.answer(token, dto);
  }
}
