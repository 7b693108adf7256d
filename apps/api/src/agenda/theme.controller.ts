import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CreateThemeDto } from './dto/create-theme.dto';
import { ThemeDto } from './dto/theme.dto';
import { UpdateThemeDto } from './dto/update-theme.dto';
import { ThemeService } from './theme.service';

/** Themes (opgaven) national routes work on; admins keep them, every staff member reads them. */
@ApiTags('themes')
@Controller('themes')
export class ThemeController {
  constructor(private readonly themes: ThemeService) {}

  @Get()
  @Roles('adviser', 'expert', 'liaison', 'admin')
  @ApiOperation({ summary: 'The themes (opgaven), with how many cases each has' })
  @ApiOkResponse({ type: [ThemeDto] })
  list(): Promise<ThemeDto[]> {
    return this.themes.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a theme' })
  @ApiCreatedResponse({ type: ThemeDto })
  @ApiConflictResponse({ description: 'A theme with this name exists already.' })
  create(@Body() dto: CreateThemeDto): Promise<ThemeDto> {
    return this.themes.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Change a theme's name, description, national route or whether it is active" })
  @ApiOkResponse({ type: ThemeDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'A theme with this name exists already.' })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateThemeDto): Promise<ThemeDto> {
    return this.themes.update(id, dto);
  }
}
