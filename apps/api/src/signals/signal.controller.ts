import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { userActor } from '@app/core';
import { IdempotencyKeyHeader, Public, Roles } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { CurrentUser, OptionalUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { requestLocale } from '../common/locale';
import { RateLimit } from '../common/rate-limit.decorator';
import { CreateSignalDto } from './dto/create-signal.dto';
import { ListSignalsQuery } from './dto/list-signals.query';
import { SignalCreatedDto } from './dto/signal-created.dto';
import { SignalDetailDto, SignalPageDto } from './dto/signal-view.dto';
import { ArchiveSignalDto, LinkSignalDto, OpenCaseDto } from './dto/triage-decision.dto';
import { SignalIntakeService } from './signal-intake.service';
import { SignalQueryService } from './signal-query.service';
import { SignalTriageService } from './signal-triage.service';
import { TriageResultDto } from './dto/triage-result.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('signals')
@Controller('signals')
export class SignalController {
  constructor(
    private readonly intake: SignalIntakeService,
    private readonly queries: SignalQueryService,
    private readonly triage: SignalTriageService,
  ) {}

  @Post()
  @Public()
  @RateLimit('signal_submit', 'caller')
  @IdempotencyKeyHeader()
  @ApiOperation({
    summary: 'Submit a signal (no account needed)',
    description: "A signed-in member's signal is tied to their account (GET /api/me/signals).",
  })
  @ApiCreatedResponse({ type: SignalCreatedDto })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong; `errors` names each field.' })
  @ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used for another submission.' })
  async submit(
    @Body() dto: CreateSignalDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @OptionalUser() caller: RequestUser | undefined,
  ): Promise<SignalCreatedDto> {
    const result = await this.intake.submit(dto, {
      locale: requestLocale(request),
      idempotencyKey,
      // A signed-in member submits as themselves; anyone else, staff included, as the public.
      actor: { id: caller?.role === 'member' ? caller.id : null, role: 'member' },
    });
    if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return result.created;
  }

  @Get()
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'The inbox: signals, newest first, filtered' })
  @ApiOkResponse({ type: SignalPageDto })
  list(@Query() query: ListSignalsQuery): Promise<SignalPageDto> {
    return this.queries.list(query);
  }

  @Get(':id')
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: "One signal with its triage suggestions and history; reading the submitter's e-mail is audited",
  })
  @ApiOkResponse({ type: SignalDetailDto })
  @ApiNotFoundResponse()
  detail(
    @Param('id', uuid) id: string,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<SignalDetailDto> {
    return this.queries.detail(id, { userId: user.id, ip: clientIp(request) });
  }

  @Post(':id/link')
  @HttpCode(200)
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Triage: link the signal to an existing case' })
  @ApiOkResponse({ type: TriageResultDto })
  @ApiConflictResponse({ description: 'The signal changed meanwhile, or is not in a step that allows this.' })
  async link(
    @Param('id', uuid) id: string,
    @Body() dto: LinkSignalDto,
    @CurrentUser() user: RequestUser,
  ): Promise<TriageResultDto> {
    const signal = await this.triage.link(id, dto, userActor(user));
    return { signalId: signal.id, step: signal.step, version: signal.version, caseId: signal.caseId };
  }

  @Post(':id/open-case')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Triage: open a new case for the signal' })
  @ApiCreatedResponse({ type: TriageResultDto })
  @ApiConflictResponse({ description: 'The signal changed meanwhile, or is not in a step that allows this.' })
  async openCase(
    @Param('id', uuid) id: string,
    @Body() dto: OpenCaseDto,
    @CurrentUser() user: RequestUser,
  ): Promise<TriageResultDto> {
    const result = await this.triage.openCase(id, dto, userActor(user));
    return {
      signalId: result.signal.id,
      step: result.signal.step,
      version: result.signal.version,
      caseId: result.case.id,
    };
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Triage: archive the signal with a reason' })
  @ApiOkResponse({ type: TriageResultDto })
  @ApiConflictResponse({ description: 'The signal changed meanwhile, or is not in a step that allows this.' })
  async archive(
    @Param('id', uuid) id: string,
    @Body() dto: ArchiveSignalDto,
    @CurrentUser() user: RequestUser,
  ): Promise<TriageResultDto> {
    const signal = await this.triage.archive(id, dto, userActor(user));
    return { signalId: signal.id, step: signal.step, version: signal.version, caseId: signal.caseId };
  }
}
