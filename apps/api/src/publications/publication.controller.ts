import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { CreatePublicationDto } from './dto/create-publication.dto';
import { ListPublicationsQuery } from './dto/list-publications.query';
import { AcceptFindingDto, PublicationActionDto } from './dto/publication-action.dto';
import { PublicationDetailDto, PublicationPageDto } from './dto/publication-view.dto';
import { UpdatePublicationDto } from './dto/update-publication.dto';
import { PublicationService } from './publication.service';

const uuid = new ParseUUIDPipe();

/** Step 5 (Delen): advisers write what the network shares about cases, checked for personal data. */
@ApiTags('publications')
@Controller('publications')
@Roles('adviser', 'admin')
export class PublicationController {
  constructor(private readonly publications: PublicationService) {}

  @Post()
  @ApiOperation({
    summary: 'Write a publication (a draft) about one or more cases in sharing or later',
    description: 'The personal-data check runs on it as a job; its findings show on the publication.',
  })
  @ApiCreatedResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse({ description: 'A case does not exist.' })
  @ApiUnprocessableEntityResponse({
    description: 'A case is not in sharing yet, or the kind misses a field.',
  })
  create(@Body() dto: CreatePublicationDto, @CurrentUser() user: RequestUser): Promise<PublicationDetailDto> {
    return this.publications.create(dto, user);
  }

  @Get()
  @ApiOperation({ summary: 'Publications, newest first, a page at a time' })
  @ApiOkResponse({ type: PublicationPageDto })
  list(@Query() query: ListPublicationsQuery): Promise<PublicationPageDto> {
    return this.publications.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One publication with its cases and the findings of the check' })
  @ApiOkResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse()
  get(@Param('id', uuid) id: string): Promise<PublicationDetailDto> {
    return this.publications.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a draft or a publication in review',
    description: 'Every edit adds a version, and the check runs again on it.',
  })
  @ApiOkResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Changed by someone else (the current version is in details), or published.',
  })
  @ApiUnprocessableEntityResponse({
    description: 'A case is not in sharing yet, or the kind misses a field.',
  })
  update(@Param('id', uuid) id: string, @Body() dto: UpdatePublicationDto): Promise<PublicationDetailDto> {
    return this.publications.update(id, dto);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft for review' })
  @ApiOkResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Changed by someone else, or not a draft.' })
  review(@Param('id', uuid) id: string, @Body() dto: PublicationActionDto): Promise<PublicationDetailDto> {
    return this.publications.review(id, dto.expectedVersion);
  }

  @Post(':id/draft')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a publication in review back to draft' })
  @ApiOkResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Changed by someone else, or not in review.' })
  backToDraft(
    @Param('id', uuid) id: string,
    @Body() dto: PublicationActionDto,
  ): Promise<PublicationDetailDto> {
    return this.publications.backToDraft(id, dto.expectedVersion);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a publication in review',
    description:
      'Only when the last check looked at this version and no finding is open (each fixed or accepted with a reason), and every case is in sharing or later.',
  })
  @ApiOkResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Changed by someone else, or not in review.' })
  @ApiUnprocessableEntityResponse({
    description: 'The check is pending, findings are open, or a case is not in sharing.',
  })
  publish(
    @Param('id', uuid) id: string,
    @Body() dto: PublicationActionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<PublicationDetailDto> {
    return this.publications.publish(id, dto.expectedVersion, user);
  }

  @Post(':id/findings/:findingId/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an open finding with a reason',
    description: 'The finding stays accepted while the same text is found again; recorded in the audit log.',
  })
  @ApiOkResponse({ type: PublicationDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The finding is fixed or accepted already.' })
  acceptFinding(
    @Param('id', uuid) id: string,
    @Param('findingId', uuid) findingId: string,
    @Body() dto: AcceptFindingDto,
    @CurrentUser() user: RequestUser,
  ): Promise<PublicationDetailDto> {
    return this.publications.acceptFinding(id, findingId, dto.reason, user);
  }

  @Get(':id/newsletter.html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'A published item as an HTML fragment for the mailing tool (all text escaped)' })
  @ApiOkResponse({ description: 'An <article> fragment.', schema: { type: 'string' } })
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({ description: 'Not published (so not checked) yet.' })
  newsletterHtml(@Param('id', uuid) id: string): Promise<string> {
    return this.publications.newsletterHtml(id);
  }
}
