import { Module } from '@nestjs/common';
import { SettingsService } from './settings.service';
import { StepChangeService } from './step-change.service';

/** Domain services both apps need; the host app provides TypeORM. */
@Module({
  providers: [StepChangeService, SettingsService],
  exports: [StepChangeService, SettingsService],
})
export class CoreModule {}
