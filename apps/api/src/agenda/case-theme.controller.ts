import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { CaseThemeDto } from './dto/case-theme.dto';
import { SetCaseThemeDto } from './dto/set-case-theme.dto';
import { ThemeService } from './theme.service';

@ApiTags('cases')
@Controller('cases/:id/theme')
export class CaseThemeController {
  constructor(private readonly themes: ThemeService) {}

  @Put()
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: 'Put the case under a theme (opgave), or under none with null',
    description:
      'A case belongs to one theme at a time: this replaces any earlier one. Bumps the case version.',
  })
  @ApiOkResponse({ type: CaseThemeDto })
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({ description: 'The theme does not exist or is inactive.' })
  set(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SetCaseThemeDto,
    @CurrentUser() user: RequestUser,
  ): Promise<CaseThemeDto> {
    return this.themes.setCaseTheme(id, dto.themeId, user);
  }
}
